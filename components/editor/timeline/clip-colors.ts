import type { ClipType } from '@/lib/video';

/** Per-type colours for clip boxes (border, background, selected ring). */
const palette: Partial<Record<ClipType, string>> = {
  text: 'border-violet-400/60 bg-violet-500/25 text-violet-50',
  rect: 'border-sky-400/60 bg-sky-500/25 text-sky-50',
  circle: 'border-sky-400/60 bg-sky-500/25 text-sky-50',
  polygon: 'border-sky-400/60 bg-sky-500/25 text-sky-50',
  image: 'border-emerald-400/60 bg-emerald-500/25 text-emerald-50',
  video: 'border-blue-400/60 bg-blue-500/30 text-blue-50',
  audio: 'border-amber-400/60 bg-amber-500/25 text-amber-50',
  subtitle: 'border-pink-400/60 bg-pink-500/25 text-pink-50',
  template: 'border-fuchsia-400/60 bg-fuchsia-500/25 text-fuchsia-50',
};

export function clipColorClass(type: ClipType): string {
  return palette[type] ?? 'border-zinc-400/60 bg-zinc-500/25 text-zinc-50';
}
