'use client';

import { useCallback } from 'react';
import { clipLabel, quantize, selectDocIssues, selectSelectedClip, type ClipPatch, type ClipRef } from '@/lib/editor';
import type { Clip, ConfigIssue, Meta } from '@/lib/video';
import { ColorField, LengthField, NumberField, TextAreaField } from '@/components/ui/fields';
import { useEditor, useEditorActions } from './editor-context';

/**
 * The right panel: the selected clip's fields, or the project settings when nothing is selected.
 * Every keystroke that forms a value is written to the document (so the preview updates at once);
 * edits to one field merge into one undo step while typing continues, and blur ends the run.
 */
export function Inspector() {
  const clip = useEditor(selectSelectedClip);
  const selection = useEditor((s) => s.selection);
  return (
    <div className="flex min-h-0 flex-1 flex-col overflow-y-auto">
      {clip && selection ? <ClipInspector clip={clip} selection={selection} /> : <ProjectSettings />}
    </div>
  );
}

function issueAt(issues: ConfigIssue[], path: string): string | undefined {
  return issues.find((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`))?.message;
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="border-b border-zinc-800 px-3 py-3">
      <h3 className="mb-2 text-[11px] font-semibold tracking-wider text-zinc-500 uppercase">{title}</h3>
      <div className="grid grid-cols-2 gap-x-2 gap-y-2.5">{children}</div>
    </section>
  );
}

const hasBox = (clip: Clip) => clip.type !== 'text' && clip.type !== 'audio' && clip.type !== 'subtitle';
const isVisual = (clip: Clip) => clip.type !== 'audio';
const hasFill = (clip: Clip) => ['text', 'rect', 'circle', 'polygon'].includes(clip.type);

function ClipInspector({ clip, selection }: { clip: Clip; selection: ClipRef }) {
  const actions = useEditorActions();
  const fps = useEditor((s) => s.doc.meta.fps);
  const issues = useEditor(selectDocIssues);
  const base = `tracks[${selection.trackIndex}].clips[${selection.clipIndex}]`;
  const key = `${selection.trackIndex}:${selection.clipIndex}`;

  const update = useCallback(
    (field: string, patch: ClipPatch) => actions.updateClip(selection, patch, { mergeKey: `clip:${key}:${field}` }),
    [actions, selection, key],
  );
  const seal = useCallback(() => actions.sealHistory(), [actions]);

  // `style.opacity` wins over `opacity` (spec §5), so edit whichever one is in effect.
  const opacityInStyle = clip.style?.opacity !== undefined;
  const opacity = clip.style?.opacity ?? clip.opacity;

  return (
    <div key={key}>
      <div className="flex items-center justify-between gap-2 border-b border-zinc-800 px-3 py-2.5">
        <div className="min-w-0">
          <div className="text-[11px] tracking-wider text-zinc-500 uppercase">Clip</div>
          <div className="truncate text-sm font-medium text-zinc-100">{clipLabel(clip)}</div>
        </div>
        <span className="rounded bg-zinc-800 px-1.5 py-0.5 font-mono text-[10px] text-zinc-400">
          {selection.trackIndex + 1}.{selection.clipIndex + 1}
        </span>
      </div>

      {clip.type === 'text' ? (
        <Section title="Content">
          <TextAreaField
            label="Text"
            value={clip.text}
            onChange={(text) => update('text', { text })}
            onCommit={seal}
            error={issueAt(issues, `${base}.text`)}
          />
        </Section>
      ) : null}

      <Section title="Timing">
        <NumberField
          label="Start"
          value={clip.start}
          suffix="s"
          step={1 / fps}
          min={0}
          onChange={(start) => update('start', { start })}
          onCommit={seal}
          error={issueAt(issues, `${base}.start`)}
        />
        <NumberField
          label="Duration"
          value={clip.duration}
          suffix="s"
          step={1 / fps}
          min={quantize(1 / fps, fps)}
          onChange={(duration) => update('duration', { duration })}
          onCommit={seal}
          error={issueAt(issues, `${base}.duration`)}
        />
      </Section>

      {isVisual(clip) ? (
        <Section title="Transform">
          <LengthField
            label="X"
            value={clip.transform?.x}
            placeholder="50%"
            onChange={(x) => update('x', { transform: { x } })}
            onCommit={seal}
            error={issueAt(issues, `${base}.transform.x`)}
          />
          <LengthField
            label="Y"
            value={clip.transform?.y}
            placeholder="50%"
            onChange={(y) => update('y', { transform: { y } })}
            onCommit={seal}
            error={issueAt(issues, `${base}.transform.y`)}
          />
          {hasBox(clip) ? (
            <>
              <LengthField
                label="W"
                value={clip.transform?.width}
                placeholder="auto"
                onChange={(width) => update('w', { transform: { width } })}
                onCommit={seal}
                error={issueAt(issues, `${base}.transform.width`)}
              />
              <LengthField
                label="H"
                value={clip.transform?.height}
                placeholder="auto"
                onChange={(height) => update('h', { transform: { height } })}
                onCommit={seal}
                error={issueAt(issues, `${base}.transform.height`)}
              />
            </>
          ) : null}
          <NumberField
            label="Rotation"
            value={clip.transform?.rotation}
            placeholder="0"
            suffix="°"
            onChange={(rotation) => update('rotation', { transform: { rotation } })}
            onCommit={seal}
            error={issueAt(issues, `${base}.transform.rotation`)}
          />
          <NumberField
            label="Z index"
            value={clip.zIndex}
            placeholder="0"
            onChange={(zIndex) => update('zIndex', { zIndex })}
            onCommit={seal}
            error={issueAt(issues, `${base}.zIndex`)}
          />
        </Section>
      ) : null}

      {isVisual(clip) ? (
        <Section title="Appearance">
          {clip.type === 'text' ? (
            <NumberField
              label="Font size"
              value={clip.style?.fontSize}
              placeholder="auto"
              suffix="px"
              min={1}
              onChange={(fontSize) => update('fontSize', { style: { fontSize } })}
              onCommit={seal}
              error={issueAt(issues, `${base}.style.fontSize`)}
            />
          ) : null}
          {hasFill(clip) ? (
            <ColorField
              label="Colour"
              value={typeof clip.style?.fill === 'string' ? clip.style.fill : undefined}
              onChange={(fill) => update('fill', { style: { fill } })}
              onCommit={seal}
              error={issueAt(issues, `${base}.style.fill`)}
            />
          ) : null}
          <NumberField
            label="Opacity"
            value={opacity}
            placeholder="1"
            step={0.05}
            min={0}
            max={1}
            precision={3}
            onChange={(value) =>
              update('opacity', opacityInStyle ? { style: { opacity: value } } : { opacity: value })
            }
            onCommit={seal}
            error={issueAt(issues, opacityInStyle ? `${base}.style.opacity` : `${base}.opacity`)}
          />
        </Section>
      ) : null}
    </div>
  );
}

function ProjectSettings() {
  const actions = useEditorActions();
  const meta = useEditor((s) => s.doc.meta);
  const issues = useEditor(selectDocIssues);
  const update = (field: keyof Meta, patch: Partial<Meta>) => actions.updateMeta(patch, { mergeKey: `meta:${field}` });
  const seal = () => actions.sealHistory();
  const background = meta.background;

  return (
    <div>
      <div className="border-b border-zinc-800 px-3 py-2.5">
        <div className="text-[11px] tracking-wider text-zinc-500 uppercase">Project</div>
        <div className="text-sm font-medium text-zinc-100">Canvas settings</div>
        <p className="mt-1 text-[11px] leading-snug text-zinc-500">Select a clip on the timeline to edit it.</p>
      </div>
      <Section title="Canvas">
        <NumberField
          label="Width"
          value={meta.width}
          suffix="px"
          min={16}
          max={7680}
          precision={0}
          onChange={(width) => update('width', { width })}
          onCommit={seal}
          error={issueAt(issues, 'meta.width')}
        />
        <NumberField
          label="Height"
          value={meta.height}
          suffix="px"
          min={16}
          max={7680}
          precision={0}
          onChange={(height) => update('height', { height })}
          onCommit={seal}
          error={issueAt(issues, 'meta.height')}
        />
        <NumberField
          label="FPS"
          value={meta.fps}
          min={1}
          max={120}
          precision={0}
          onChange={(fps) => update('fps', { fps })}
          onCommit={seal}
          error={issueAt(issues, 'meta.fps')}
        />
        {typeof background === 'object' && background !== null ? (
          <div className="flex flex-col gap-1">
            <span className="text-[11px] font-medium text-zinc-400">Background</span>
            <span className="text-xs text-zinc-300">{background.type} gradient</span>
            <button
              type="button"
              className="self-start text-[11px] text-indigo-300 hover:underline"
              onClick={() => actions.updateMeta({ background: background.stops[0]?.color ?? '#000000' })}
            >
              Use a solid colour
            </button>
          </div>
        ) : (
          <ColorField
            label="Background"
            value={background ?? '#000000'}
            placeholder="#000000"
            onChange={(value) => update('background', { background: value })}
            onCommit={seal}
            error={issueAt(issues, 'meta.background')}
          />
        )}
      </Section>
      <Section title="Presets">
        {[
          { label: '16:9 1080p', width: 1920, height: 1080 },
          { label: '9:16 1080p', width: 1080, height: 1920 },
          { label: '1:1 1080', width: 1080, height: 1080 },
          { label: '16:9 720p', width: 1280, height: 720 },
        ].map((preset) => (
          <button
            key={preset.label}
            type="button"
            className="rounded-md border border-zinc-800 bg-zinc-900 px-2 py-1.5 text-left text-[11px] text-zinc-300 hover:border-zinc-600 hover:text-zinc-100"
            onClick={() => actions.updateMeta({ width: preset.width, height: preset.height })}
          >
            {preset.label}
          </button>
        ))}
      </Section>
    </div>
  );
}
