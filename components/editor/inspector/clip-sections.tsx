import type { LayoutChild } from '@/lib/video';
import { ChildrenSection } from './children-section';
import { ContainerSection } from './container-section';
import { FiltersSection } from './filters-section';
import { ImageSection } from './image-section';
import { LayoutSection } from './layout-section';
import { MediaSection } from './media-section';
import { ShapeSection } from './shape-section';
import { SvgSection } from './svg-section';
import { TemplateSection } from './template-section';
import { TextEffectsSection } from './text-effects-section';
import { TextSection } from './text-section';
import type { ClipFields } from './use-clip-fields';

/**
 * The sections of a clip inside a layout: its own fields and its size and look. Children are not
 * scheduled (spec §7.9), so timing, animations and transitions are not offered.
 */
export function ClipSections({ clip, fields }: { clip: LayoutChild; fields: ClipFields }) {
  return (
    <>
      {clip.type === 'text' ? <TextSection clip={clip} fields={fields} /> : null}
      {clip.type === 'text' ? <TextEffectsSection clip={clip} fields={fields} /> : null}
      {clip.type === 'video' || clip.type === 'audio' ? <MediaSection clip={clip} fields={fields} /> : null}
      {clip.type === 'svg' ? <SvgSection clip={clip} fields={fields} /> : null}
      {clip.type === 'image' || clip.type === 'svg' ? <ImageSection clip={clip} fields={fields} /> : null}
      {clip.type === 'image' || clip.type === 'video' ? <FiltersSection clip={clip} fields={fields} /> : null}
      {clip.type === 'template' ? <TemplateSection clip={clip} fields={fields} /> : null}
      {clip.type === 'layout' ? <ContainerSection clip={clip} fields={fields} /> : null}
      {clip.type === 'rect' || clip.type === 'circle' || clip.type === 'polygon' || clip.type === 'layout' ? <ShapeSection clip={clip} fields={fields} /> : null}
      {clip.type === 'layout' ? <ChildrenSection children={clip.children} fields={fields} /> : null}
      {clip.type !== 'audio' ? <LayoutSection clip={clip} fields={fields} /> : null}
    </>
  );
}
