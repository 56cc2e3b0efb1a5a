'use client';

import { selectSelectedClip } from '@/lib/editor';
import { useClipLabel } from '@/components/library/use-clip-label';
import type { Clip } from '@/lib/video';
import { useEditor } from '../editor-context';
import { AnimationsSection } from './animations-section';
import { CodeSection } from './code-section';
import { CurveSection } from './curve-section';
import { IconSection } from './icon-section';
import { ThreeSection } from './three-section';
import { CanvasInspector } from './canvas-inspector';
import { ChildrenSection } from './children-section';
import { ContainerSection } from './container-section';
import { FiltersSection } from './filters-section';
import { ImageSection } from './image-section';
import { KeyframesSection } from './keyframes-section';
import { LayoutSection } from './layout-section';
import { MediaSection } from './media-section';
import { ShapeSection } from './shape-section';
import { SubtitleSection } from './subtitle-section';
import { SvgSection } from './svg-section';
import { TemplateSection } from './template-section';
import { TextEffectsSection } from './text-effects-section';
import { TextSection } from './text-section';
import { TimingSection } from './timing-section';
import { TransitionSection } from './transition-section';
import { useClipFields } from './use-clip-fields';
import type { ClipRef } from '@/lib/editor';

/**
 * The right panel: the selected clip's sections, or the canvas when nothing is selected.
 * Every keystroke that forms a valid value is written to the document (the preview follows at once);
 * one field's edits merge into one undo step while typing continues, and blur ends the run. A value
 * the document cannot take is refused at the field with the reason, and never enters the document.
 */
export function Inspector() {
  const clip = useEditor(selectSelectedClip);
  const selection = useEditor((s) => s.selection);
  const key = clip && selection ? `${selection.trackIndex}:${selection.clipIndex}` : 'canvas';
  // Keyed by what it shows, so another clip (or the canvas) opens scrolled to its top.
  return (
    <div key={key} data-testid="inspector" className="flex min-h-0 flex-1 flex-col overflow-y-auto">
      {clip && selection ? <ClipInspector clip={clip} selection={selection} /> : <CanvasInspector />}
    </div>
  );
}

const isVisual = (clip: Clip) => clip.type !== 'audio';

function ClipInspector({ clip, selection }: { clip: Clip; selection: ClipRef }) {
  const fields = useClipFields(selection);
  const label = useClipLabel(clip);
  return (
    <div data-clip-type={clip.type}>
      <div className="flex items-center justify-between gap-2 border-b border-zinc-800 px-3 py-2.5">
        <div className="min-w-0">
          <div className="text-[11px] tracking-wider text-zinc-500 uppercase">{clip.type} clip</div>
          <div className="truncate text-sm font-medium text-zinc-100">{label}</div>
        </div>
        <span className="rounded bg-zinc-800 px-1.5 py-0.5 font-mono text-[10px] text-zinc-400" title="Track and clip number">
          {selection.trackIndex + 1}.{selection.clipIndex + 1}
        </span>
      </div>
      {clip.type === 'text' ? <TextSection clip={clip} fields={fields} /> : null}
      {clip.type === 'subtitle' ? <SubtitleSection clip={clip} fields={fields} /> : null}
      {clip.type === 'template' ? <TemplateSection clip={clip} fields={fields} /> : null}
      <TimingSection clip={clip} fields={fields} />
      {clip.type === 'video' || clip.type === 'audio' ? <MediaSection clip={clip} fields={fields} /> : null}
      {clip.type === 'svg' ? <SvgSection clip={clip} fields={fields} /> : null}
      {clip.type === 'image' || clip.type === 'svg' ? <ImageSection clip={clip} fields={fields} /> : null}
      {clip.type === 'image' || clip.type === 'video' ? <FiltersSection clip={clip} fields={fields} /> : null}
      {clip.type === 'layout' ? <ContainerSection clip={clip} fields={fields} /> : null}
      {clip.type === 'rect' || clip.type === 'circle' || clip.type === 'polygon' || clip.type === 'layout' ? <ShapeSection clip={clip} fields={fields} /> : null}
      {clip.type === 'layout' ? <ChildrenSection children={clip.children} fields={fields} /> : null}
      {clip.type === 'text' ? <TextEffectsSection clip={clip} fields={fields} /> : null}
      {clip.type === 'code' ? <CodeSection clip={clip} fields={fields} /> : null}
      {clip.type === 'icon' ? <IconSection clip={clip} fields={fields} /> : null}
      {clip.type === 'line' || clip.type === 'path' ? <CurveSection clip={clip} fields={fields} /> : null}
      {clip.type === 'three' ? <ThreeSection clip={clip} fields={fields} /> : null}
      {isVisual(clip) ? <LayoutSection clip={clip} fields={fields} /> : null}
      {isVisual(clip) ? <AnimationsSection clip={clip} fields={fields} /> : null}
      {isVisual(clip) ? <KeyframesSection clip={clip} fields={fields} /> : null}
      {isVisual(clip) ? <TransitionSection clip={clip} fields={fields} /> : null}
    </div>
  );
}
