/** Canvas sizes offered in one click (the short edge sets the render quality and its credits). */
export const canvasPresets = [
  { id: '16:9-1080p', label: '16:9 · 1080p', width: 1920, height: 1080 },
  { id: '16:9-720p', label: '16:9 · 720p', width: 1280, height: 720 },
  { id: '9:16', label: '9:16 · Story', width: 1080, height: 1920 },
  { id: '1:1', label: '1:1 · Square', width: 1080, height: 1080 },
  { id: '4:5', label: '4:5 · Portrait', width: 1080, height: 1350 },
] as const;
