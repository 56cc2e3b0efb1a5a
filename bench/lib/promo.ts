/**
 * The frame-plan benchmark's promo (bench/frame-plan.ts): six texts (entry + exit animations), three
 * images (fade in/out), gradient, music. Also rendered small by lib/render/sound-mix.render.test.ts.
 * Media at `${base}/image-<i>.png` and `${base}/music.wav`.
 */
export function promoConfig(base: string, seconds: number, width = 1920, height = 1080) {
  const slot = seconds / 6;
  const entries = ['fadeIn', 'slideIn', 'zoomIn', 'fadeIn', 'slideIn', 'zoomIn'] as const;
  const exits = ['fadeOut', 'slideOut', 'zoomOut', 'fadeOut', 'slideOut', 'zoomOut'] as const;
  const texts = entries.map((entry, i) => ({
    type: 'text',
    text: ['Meet Cutroom', 'Edit in the browser', 'Render real MP4s', 'Your own media', 'Open source', 'Try it today'][i],
    start: i * slot,
    duration: slot,
    transform: { x: '50%', y: '78%', anchor: 'center' },
    style: { fill: '#ffffff', fontSize: Math.round(height / 12), fontWeight: 700 },
    animations: [
      { type: entry, duration: 0.6, easing: 'easeOutCubic' },
      { type: exits[i], duration: 0.5, delay: slot - 0.5, easing: 'easeInCubic' },
    ],
  }));
  const images = [0, 1, 2].map((i) => ({
    type: 'image',
    src: `${base}/image-${i}.png`,
    start: i * (seconds / 3),
    duration: seconds / 3,
    transform: { x: '50%', y: '38%', anchor: 'center', width: Math.round(width * 0.45), height: Math.round(height * 0.45) },
    animations: [
      { type: 'fadeIn', duration: 0.5 },
      { type: 'fadeOut', duration: 0.5, delay: seconds / 3 - 0.5 },
    ],
  }));
  return {
    meta: {
      version: '2.0.0',
      width,
      height,
      fps: 30,
      background: { type: 'linear', angle: 135, stops: [{ color: '#1e3a8a', offset: 0 }, { color: '#9d174d', offset: 1 }] },
    },
    tracks: [{ clips: images }, { clips: texts }, { clips: [{ type: 'audio', src: `${base}/music.wav`, start: 0, duration: seconds, volume: 0.6, fadeIn: 1, fadeOut: 2 }] }],
  };
}
