import type { selectComposition } from '@remotion/renderer';
import { compositionGeometry } from './composition-geometry';
import { CUTROOM_COMPOSITION_ID } from './composition-id';
import { newVideoConfig, type VideoConfig } from '../video';

type RemotionComposition = Awaited<ReturnType<typeof selectComposition>>;

/**
 * The composition `selectComposition` would return for `config`, computed here instead of in a browser
 * page: the root's calculateMetadata is `compositionGeometry(props.config)` (lib/composition/root.tsx),
 * so size, fps and length follow from the config alone. Spares each render (and each test still) a page load of the bundle
 * (≈ 0.8–1.8 s, measured in bench/frame-plan.ts and bench/render.ts). Checked against selectComposition
 * in held-render.render.test.ts.
 */
export function cutroomComposition(config: VideoConfig): RemotionComposition {
  return {
    id: CUTROOM_COMPOSITION_ID,
    ...compositionGeometry(config),
    defaultProps: { config: newVideoConfig() },
    props: { config },
    defaultCodec: null,
    defaultOutName: null,
    defaultVideoImageFormat: null,
    defaultPixelFormat: null,
    defaultProResProfile: null,
    defaultSampleRate: null,
  };
}
