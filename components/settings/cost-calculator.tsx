'use client';

import { useId, useState } from 'react';
import { creditCost, qualityFor } from '@/lib/video/quality';
import { input } from './styles';

const presets = [
  { label: '720p (1280×720)', width: 1280, height: 720 },
  { label: '1080p (1920×1080)', width: 1920, height: 1080 },
  { label: 'Vertical 1080p (1080×1920)', width: 1080, height: 1920 },
  { label: 'Square (1080×1080)', width: 1080, height: 1080 },
  { label: '2K (2560×1440)', width: 2560, height: 1440 },
  { label: '4K (3840×2160)', width: 3840, height: 2160 },
] as const;

const toNumber = (text: string) => (text.trim() === '' ? NaN : Number(text));

/** What a render costs: duration × the quality multiplier of the canvas, as the server charges it. */
export function CostCalculator({ balance }: { balance: number }) {
  const id = useId();
  const [duration, setDuration] = useState('30');
  const [width, setWidth] = useState('1920');
  const [height, setHeight] = useState('1080');

  const seconds = toNumber(duration);
  const w = toNumber(width);
  const h = toNumber(height);
  const isValid = seconds > 0 && w > 0 && h > 0;
  const quality = isValid ? qualityFor(w, h) : null;
  const cost = isValid ? creditCost(seconds, w, h) : null;
  const presetValue = presets.find((p) => String(p.width) === width && String(p.height) === height)?.label ?? 'custom';

  return (
    <div className="grid gap-6 md:grid-cols-[1fr_14rem]">
      <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <label className="col-span-2 flex flex-col gap-1 text-sm">
          Canvas
          <select value={presetValue} className={input} aria-label="Canvas"
            onChange={(e) => {
              const preset = presets.find((p) => p.label === e.target.value);
              if (preset) {
                setWidth(String(preset.width));
                setHeight(String(preset.height));
              }
            }}>
            {presets.map((p) => <option key={p.label} value={p.label}>{p.label}</option>)}
            <option value="custom" disabled>Custom</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Width
          <input id={`${id}-w`} type="number" min={1} inputMode="numeric" value={width} onChange={(e) => setWidth(e.target.value)} className={input} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          Height
          <input id={`${id}-h`} type="number" min={1} inputMode="numeric" value={height} onChange={(e) => setHeight(e.target.value)} className={input} />
        </label>
        <label className="col-span-2 flex flex-col gap-1 text-sm">
          Duration (seconds)
          <input type="number" min={0.1} step="any" inputMode="decimal" value={duration} onChange={(e) => setDuration(e.target.value)} className={input} />
        </label>
      </div>
      <div className="flex flex-col justify-center rounded-lg border border-zinc-800 bg-zinc-950 p-4" aria-live="polite">
        {cost !== null && quality ? (
          <>
            <span className="text-xs text-zinc-400 uppercase">Cost</span>
            <span data-testid="calculated-cost" className="text-3xl font-semibold text-violet-300">
              {cost} {cost === 1 ? 'credit' : 'credits'}
            </span>
            <span className="mt-1 text-sm text-zinc-400">
              {quality.quality} × {quality.multiplier} per second
            </span>
            <span className={`mt-2 text-xs ${cost > balance ? 'text-amber-300' : 'text-zinc-500'}`}>
              {cost > balance ? `More than your balance (${balance}).` : `Your balance covers it.`}
            </span>
          </>
        ) : (
          <span className="text-sm text-zinc-400">Enter a duration, width and height above zero.</span>
        )}
      </div>
    </div>
  );
}
