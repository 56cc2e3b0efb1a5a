// Test-only: the example configs of RenderingVideo's per-element documentation pages, copied as
// published (renderingvideo.com/docs/elements/three; the svg page's example is e2e/fixtures/configs/clip-svg).
// Clip-only examples are wrapped in a minimal document. Validation-only: they name remote media.
export const docExamples: [string, unknown][] = [
  [
    'three: basic structure (hero-cube)',
    {
      type: 'three',
      start: 0,
      duration: 5,
      transform: { x: '50%', y: '50%', width: 1280, height: 720 },
      renderer: { clearAlpha: 0, shadows: true },
      camera: { fov: 45, position: [0, 0, 5], lookAt: [0, 0, 0] },
      lights: [
        { type: 'ambient', intensity: 0.45 },
        { type: 'directional', intensity: 1, position: [3, 4, 5] },
      ],
      objects: [
        {
          id: 'hero-cube',
          shape: 'box',
          geometry: { width: 1.5, height: 1.5, depth: 1.5 },
          material: { type: 'standard', color: '#38bdf8', roughness: 0.35, metalness: 0.25 },
          animations: [{ property: 'rotation.y', from: 0, to: 360, duration: 4, loop: true, easing: 'linear' }],
        },
      ],
    },
  ],
  [
    'three: GLTF/GLB model from assets.models (whole document as published, without meta)',
    {
      assets: {
        models: [{ id: 'duck', src: 'https://raw.githubusercontent.com/KhronosGroup/glTF-Sample-Models/master/2.0/Duck/glTF-Binary/Duck.glb' }],
      },
      tracks: [{ clips: [{ type: 'three', start: 0, duration: 4, objects: [{ id: 'duck-model', model: { $ref: 'duck' }, autoScale: 1.8 }] }] }],
    },
  ],
  [
    'svg: inline markup from assets.svgs with a looping rotate',
    {
      assets: { svgs: [{ id: 'logo', svg: '<svg viewBox="0 0 100 100">...</svg>' }] },
      tracks: [
        {
          clips: [
            {
              type: 'svg',
              start: 0,
              duration: 4,
              svg: { $ref: 'logo' },
              transform: { x: '50%', y: '50%', width: 320, height: 320 },
              animations: [{ type: 'rotate', from: -8, to: 8, duration: 1.6, loop: true }],
            },
          ],
        },
      ],
    },
  ],
];

/** A published example as a whole config: clip-only examples go on one track; `meta` is the minimal one. */
export function asDocument(example: unknown): Record<string, unknown> {
  const meta = { version: '2.0.0' };
  if (example !== null && typeof example === 'object' && 'tracks' in example) return { meta, ...(example as Record<string, unknown>) };
  return { meta, tracks: [{ clips: [example] }] };
}
