import { withApi } from '@/lib/api/with-api';
import { readBoundedText } from '@/lib/api/read-body';
import { getSettings } from '@/lib/config';
import { clientAddress } from '@/lib/server/net/client-address';
import { assertPublicPreviewsOn, createPublicPreview } from '@/lib/server/previews';

// POST /api/preview – key-less preview (PUBLIC_PREVIEWS=1; RenderingVideo's public generator posts here)
export const POST = withApi(
  async ({ req }) => {
    assertPublicPreviewsOn();
    const bodyText = await readBoundedText(req, getSettings().publicPreviewMaxBytes);
    return createPublicPreview({ bodyText, ip: clientAddress(req.headers) });
  },
  { auth: 'none' },
);
