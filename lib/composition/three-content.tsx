import { lazyPart, useLazyPart } from './lazy-part';
import type { ThreeLike } from './three-view';

/** three.js (≈ 2 MB of source) is loaded only when a config has a `three` clip. */
const threeView = lazyPart(() => import('./three-view'), 'Loading the 3D renderer (three.js)');

/**
 * A `three` clip (lib/composition/three-view.tsx draws it). The frame is held until three.js has
 * loaded and drawn, so the first captured frame already shows the scene.
 */
export function ThreeContent({ clip }: { clip: ThreeLike }) {
  const view = useLazyPart(threeView);
  if (view === undefined) return null;
  const ThreeView = view.default;
  return <ThreeView clip={clip} />;
}
