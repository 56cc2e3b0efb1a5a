import { withApi } from '@/lib/api/with-api';
import { readBoundedText } from '@/lib/api/read-body';
import { getSettings } from '@/lib/config';
import { clientIp } from '@/lib/server/accounts/login-throttle';
import { assertPublicPreviewsOn, createPublicPreview } from '@/lib/server/previews';

// POST /api/preview – key-less preview (PUBLIC_PREVIEWS=1; RenderingVideo's public generator posts here)
export const POST = withApi(
  async ({ req }) => {
    assertPublicPreviewsOn();
    const bodyText = await readBoundedText(req, getSettings().publicPreviewMaxBytes);
    return createPublicPreview({ bodyText, ip: clientIp(req.headers) });
  },
  { auth: 'none' },
);
