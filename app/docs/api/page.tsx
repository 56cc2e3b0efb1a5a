import { ApiReference } from '@/components/docs/api-reference';
import { openApiDocument } from '@/lib/server/openapi';
import { getSettings } from '@/lib/config';

export const metadata = { title: 'API reference' };
// Examples and the base URL come from APP_URL at request time, not at build time.
export const dynamic = 'force-dynamic';

// /docs/api – the API reference, rendered from the OpenAPI document (public)
export default function ApiDocsPage() {
  return <ApiReference doc={openApiDocument(getSettings().appUrl)} />;
}
