'use client';

import { useRef, useState } from 'react';
import { scaleCanvas, selectDocIssues } from '@/lib/editor';
import type { Gradient, Meta } from '@/lib/video';
import { ColorField, NumberField, SelectField } from '@/components/ui/fields';
import { cn } from '@/components/ui/cn';
import { useEditor, useEditorActions, useEditorContext } from '../editor-context';
import { canvasPresets } from './canvas-presets';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Section } from './section';
import { refusalMessage } from './use-clip-fields';

type Size = { width: number; height: number };
interface SizeChange {
  from: Size;
  to: Size;
  /** The size is already applied (typed fields): cancelling keeps it, only scaling is offered. */
  isApplied: boolean;
}
const backgroundKinds = [
  { value: 'solid', label: 'Solid colour' },
  { value: 'linear', label: 'Linear gradient' },
  { value: 'radial', label: 'Radial gradient' },
] as const;

/** Nothing selected: the canvas — size presets (offering to scale the content), fps, background, title. */
export function CanvasInspector() {
  const actions = useEditorActions();
  const { store } = useEditorContext();
  const meta = useEditor((s) => s.doc.meta);
  const issues = useEditor(selectDocIssues);
  const hasClips = useEditor((s) => s.doc.tracks.some((t) => t.clips.length > 0));
  const [change, setChange] = useState<SizeChange | null>(null);
  const sizeAtFocus = useRef<Size | null>(null);
  const issue = (path: string) => issues.find((i) => i.path === path)?.message;
  const update = (field: keyof Meta | string, patch: Partial<Meta>) => refusalMessage(actions.updateMeta(patch, { mergeKey: `meta:${field}` }));
  const seal = () => actions.sealHistory();

  const preset = canvasPresets.find((p) => p.width === meta.width && p.height === meta.height);

  const choosePreset = (to: Size) => {
    if (to.width === meta.width && to.height === meta.height) return;
    if (hasClips) setChange({ from: { width: meta.width, height: meta.height }, to, isApplied: false });
    else actions.scaleCanvas({ ...to, scaleContent: false });
  };

  // Typed sizes apply as you type; when the field is left with a new size, scaling is offered.
  const rememberSize = () => {
    sizeAtFocus.current ??= { width: meta.width, height: meta.height };
  };
  const offerScaling = () => {
    seal();
    const from = sizeAtFocus.current;
    sizeAtFocus.current = null;
    const now = store.getState().doc.meta;
    if (from && hasClips && (from.width !== now.width || from.height !== now.height)) {
      setChange({ from, to: { width: now.width, height: now.height }, isApplied: true });
    }
  };

  const applyScale = () => {
    if (!change) return;
    const { from, to } = change;
    // From the content as it was at the old size (typed sizes already changed the canvas only).
    actions.apply((doc) => scaleCanvas({ ...doc, meta: { ...doc.meta, ...from } }, { ...to, scaleContent: true }));
    setChange(null);
  };
  const keep = () => {
    if (change && !change.isApplied) actions.scaleCanvas({ ...change.to, scaleContent: false });
    setChange(null);
  };

  return (
    <div>
      <div className="border-b border-zinc-800 px-3 py-2.5">
        <div className="text-[11px] tracking-wider text-zinc-500 uppercase">Canvas</div>
        <div className="text-sm font-medium text-zinc-100">Video settings</div>
        <p className="mt-1 text-[11px] leading-snug text-zinc-500">Select a clip on the timeline to edit it.</p>
      </div>
      <Section title="Size">
        <div role="radiogroup" aria-label="Canvas size" className="col-span-2 grid grid-cols-2 gap-1.5">
          {canvasPresets.map((p) => (
            <button key={p.id} type="button" role="radio" aria-checked={preset?.id === p.id} onClick={() => choosePreset(p)}
              className={cn(
                'flex items-center justify-between gap-1 rounded-md border px-2 py-1.5 text-left text-[11px]',
                preset?.id === p.id ? 'border-indigo-400/70 bg-indigo-500/15 text-indigo-100' : 'border-zinc-800 bg-zinc-900 text-zinc-300 hover:border-zinc-600 hover:text-zinc-100',
              )}>
              <span>{p.label}</span>
              <span className="font-mono text-[10px] text-zinc-500">{p.width}×{p.height}</span>
            </button>
          ))}
          <span role="radio" aria-checked={!preset} aria-label="Custom size"
            className={cn('flex items-center rounded-md border px-2 py-1.5 text-[11px]', preset ? 'border-zinc-800 text-zinc-500' : 'border-indigo-400/70 bg-indigo-500/15 text-indigo-100')}>
            Custom
          </span>
        </div>
        <div onFocusCapture={rememberSize} className="contents">
          <NumberField label="Width" value={meta.width} suffix="px" min={16} max={7680} precision={0}
            onChange={(width) => (Number.isInteger(width) ? update('width', { width }) : 'Must be a whole number of pixels')}
            onCommit={offerScaling} error={issue('meta.width')} />
          <NumberField label="Height" value={meta.height} suffix="px" min={16} max={7680} precision={0}
            onChange={(height) => (Number.isInteger(height) ? update('height', { height }) : 'Must be a whole number of pixels')}
            onCommit={offerScaling} error={issue('meta.height')} />
        </div>
        <NumberField label="FPS" value={meta.fps} min={1} max={120} precision={0}
          onChange={(fps) => (Number.isInteger(fps) ? update('fps', { fps }) : 'Must be a whole number')} onCommit={seal} error={issue('meta.fps')}
          hint="24, 25, 30 or 60 are usual" />
      </Section>
      <BackgroundSection meta={meta} update={update} seal={seal} issue={issue} />
      <Section title="Details">
        <TitleField value={meta.title ?? ''} onChange={(title) => update('title', { title: title === '' ? undefined : title })} onCommit={seal} />
      </Section>
      <ConfirmDialog
        isOpen={change !== null}
        title="Scale the content too?"
        confirmLabel="Scale content"
        accent="indigo"
        onConfirm={applyScale}
        onCancel={() => setChange(null)}
        cancelLabel={change?.isApplied ? null : 'Cancel'}
        secondary={{ label: change?.isApplied ? 'Keep content as is' : 'Resize only', onClick: keep }}
      >
        {change ? (
          <p>
            The canvas goes from {change.from.width}×{change.from.height} to {change.to.width}×{change.to.height}. Scaling moves and
            resizes every clip so it keeps its place and proportions; sizes in % already follow the canvas.
          </p>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}

function BackgroundSection({ meta, update, seal, issue }: {
  meta: Meta;
  update: (field: string, patch: Partial<Meta>) => string | undefined;
  seal: () => void;
  issue: (path: string) => string | undefined;
}) {
  const bg = meta.background;
  const gradient = typeof bg === 'object' ? bg : undefined;
  const kind = gradient ? (gradient.type === 'radial' ? 'radial' : 'linear') : 'solid';
  const first = gradient?.stops[0]?.color ?? (typeof bg === 'string' ? bg : '#000000');
  const last = gradient?.stops[gradient.stops.length - 1]?.color ?? '#4f46e5';
  const setGradient = (patch: Partial<Gradient>, field: string) => {
    const base: Gradient = gradient ?? { type: 'linear', angle: 135, stops: [{ offset: 0, color: first }, { offset: 1, color: last }] };
    return update(`background:${field}`, { background: { ...base, ...patch } });
  };
  const setStop = (index: 0 | 1, color: string) => {
    const stops = gradient ? gradient.stops.slice() : [{ offset: 0, color: first }, { offset: 1, color: last }];
    const at = index === 0 ? 0 : stops.length - 1;
    const stop = stops[at];
    if (stop) stops[at] = { ...stop, color };
    return setGradient({ stops }, `stop${index}`);
  };

  return (
    <Section title="Background">
      <SelectField label="Background" value={kind} options={backgroundKinds} wide
        onChange={(next) => (next === 'solid' ? update('background', { background: first }) : setGradient({ type: next }, 'type'))} />
      {gradient ? (
        <>
          <ColorField label="From colour" value={first} onChange={(c) => setStop(0, c)} onCommit={seal} error={issue('meta.background')} />
          <ColorField label="To colour" value={last} onChange={(c) => setStop(1, c)} onCommit={seal} />
          {gradient.type !== 'radial' ? (
            <NumberField label="Angle" value={gradient.angle} placeholder="180" suffix="°" min={-360} max={360}
              onChange={(angle) => setGradient({ angle }, 'angle')} onCommit={seal} />
          ) : null}
        </>
      ) : (
        <ColorField label="Colour" value={typeof bg === 'string' ? bg : '#000000'} placeholder="#000000" wide
          onChange={(value) => update('background', { background: value })} onCommit={seal} error={issue('meta.background')} />
      )}
    </Section>
  );
}

function TitleField({ value, onChange, onCommit }: { value: string; onChange: (v: string) => void; onCommit: () => void }) {
  return (
    <label className="col-span-2 flex flex-col gap-1">
      <span className="text-[11px] font-medium text-zinc-400">Video title</span>
      <input value={value} placeholder="Shown by players (meta.title)" maxLength={200} onChange={(e) => onChange(e.target.value)} onBlur={onCommit}
        className="h-7 w-full rounded-md border border-zinc-700/80 bg-zinc-900 px-2 text-xs text-zinc-100 placeholder:text-zinc-600 hover:border-zinc-600 focus:border-indigo-400 focus:outline-none" />
    </label>
  );
}
