import { createApiKeyAction, revokeApiKeyAction } from '@/app/actions/settings';
import { ApiKeysPanel, type ApiKeyRow } from '@/components/settings/api-keys-panel';
import { formatDateTime } from '@/components/settings/format';
import { requireUser } from '@/lib/api/session';
import { listApiKeys } from '@/lib/server/accounts';

export const metadata = { title: 'API keys' };

// /settings/api-keys – create, list and revoke API keys
export default async function ApiKeysPage() {
  const user = await requireUser();
  const keys: ApiKeyRow[] = (await listApiKeys(user.id)).map((k) => ({
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    created: formatDateTime(k.createdAt),
    lastUsed: k.lastUsedAt ? formatDateTime(k.lastUsedAt) : null,
    isRevoked: k.revokedAt !== null,
    revoked: k.revokedAt ? formatDateTime(k.revokedAt) : null,
  }));
  return <ApiKeysPanel keys={keys} createAction={createApiKeyAction} revokeAction={revokeApiKeyAction} />;
}
