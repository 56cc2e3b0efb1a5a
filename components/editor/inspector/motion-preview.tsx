'use client';

import { useEffect, useRef, useState } from 'react';
import { PlacedBox } from '@/lib/composition/placed-box';
import { clipStateAt, type Animation, type RectClip, type Transition } from '@/lib/video';

const STAGE = { width: 160, height: 90 };
/** Still time before the motion repeats. */
const HOLD = 0.6;

/**
 * A tiny looping stage playing one animation or transition on a placeholder box, with the same
 * motion maths (lib/video/motion.ts) and box (lib/composition) as the video. Distances are scaled
 * from the canvas so a 200 px slide looks the same share of the stage as of the video.
 */
export function MotionPreview({ animation, transition, canvasWidth, label }: { animation?: Animation; transition?: Transition; canvasWidth: number; label: string }) {
  const [t, setT] = useState(0);
  const start = useRef<number | null>(null);
  const k = STAGE.width / Math.max(1, canvasWidth);
  // The motion starts at 0 on the stage whatever its delay in the clip.
  const shown = animation ? ({ ...animation, delay: undefined, loop: undefined, ...scaled(animation, k) } as Animation) : undefined;
  const motionLength = shown?.duration ?? (transition ? transition.duration * (transition.mode === 'both' || !transition.mode ? 2 : 1) : 1);
  const window = Math.max(0.05, motionLength + HOLD);

  useEffect(() => {
    let frame = 0;
    const tick = (now: number) => {
      if (start.current === null) start.current = now;
      setT(((now - start.current) / 1000) % window);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [window]);

  const clip: RectClip = {
    type: 'rect',
    start: 0,
    duration: window,
    transform: { x: '50%', y: '50%', width: 44, height: 28 },
    ...(shown ? { animations: [shown] } : {}),
    ...(transition ? { transition: { ...transition, mode: transition.mode ?? 'both' } } : {}),
  };
  const state = clipStateAt(clip, t, { canvas: STAGE, parent: STAGE, windowDuration: window });
  return (
    <div role="img" aria-label={label} className="relative h-[45px] w-20 shrink-0 overflow-hidden rounded border border-zinc-800 bg-zinc-950">
      <div style={{ width: STAGE.width, height: STAGE.height, transform: 'scale(0.5)', transformOrigin: 'top left', position: 'relative' }}>
        <PlacedBox state={state}>
          <div style={{ width: '100%', height: '100%', borderRadius: 4, background: 'linear-gradient(135deg,#818cf8,#6366f1)' }} />
        </PlacedBox>
      </div>
    </div>
  );
}

function scaled(a: Animation, k: number): Partial<Animation> {
  if ((a.type === 'slideIn' || a.type === 'slideOut')) return { distance: (a.distance ?? 200) * k } as Partial<Animation>;
  if (a.type === 'move') {
    const p = (v?: { x?: number | string; y?: number | string }) => v && { x: typeof v.x === 'number' ? v.x * k : v.x, y: typeof v.y === 'number' ? v.y * k : v.y };
    return { from: p(a.from), to: p(a.to) } as Partial<Animation>;
  }
  return {};
}
