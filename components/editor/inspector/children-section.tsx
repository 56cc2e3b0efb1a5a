'use client';

import { useState } from 'react';
import { clipLabel, editLayoutChildren, indexFilesByUrl, type LayoutChildrenEdit } from '@/lib/editor';
import { useLibraryFiles } from '@/components/library/use-library-files';
import type { Clip, LayoutChild } from '@/lib/video';
import { cn } from '@/components/ui/cn';
import { ClipSections } from './clip-sections';
import { Section, SmallButton } from './section';
import { useClipFields, type ClipFields } from './use-clip-fields';

/** What "Add" puts in a layout: a child that shows at once with the layout's flex rules. */
const newChildren: Record<string, { label: string; make: () => LayoutChild }> = {
  text: { label: 'Text', make: () => ({ type: 'text', text: 'Text', style: { fill: '#ffffff', fontSize: 48 } }) },
  rect: { label: 'Rectangle', make: () => ({ type: 'rect', style: { fill: '#3b82f6' } }) },
  circle: { label: 'Circle', make: () => ({ type: 'circle', style: { fill: '#f59e0b' } }) },
  polygon: { label: 'Polygon', make: () => ({ type: 'polygon', sides: 6, style: { fill: '#10b981' } }) },
  layout: { label: 'Nested layout', make: () => ({ type: 'layout', direction: 'vertical', gap: 8, children: [] }) },
};

/**
 * A layout's children (spec §7.9), in flex order: add (text, shapes, a nested layout, an image or
 * video from the library), reorder, remove, and open one to edit its own fields. Children are not
 * scheduled, so they have no timing, animations or transition here.
 */
export function ChildrenSection({ children, fields }: { children: LayoutChild[]; fields: ClipFields }) {
  const { actions, selection, path, key } = fields;
  const [open, setOpen] = useState<number | null>(null);
  const { files } = useLibraryFiles();
  const byUrl = indexFilesByUrl(files);
  const media = files.filter((f) => f.status === 'ready' && (f.type === 'image' || f.type === 'video'));
  const edit = (change: LayoutChildrenEdit) => actions.tryApply((doc) => editLayoutChildren(doc, { ref: selection, path, edit: change }));
  const add = (value: string) => {
    const file = media.find((f) => f.id === value);
    const child: LayoutChild | undefined = file
      ? { type: file.type === 'video' ? 'video' : 'image', src: file.url, style: { objectFit: 'cover' } }
      : newChildren[value]?.make();
    if (child && edit({ kind: 'add', child }).status === 'applied') setOpen(children.length);
  };
  const labelOf = (child: LayoutChild) => {
    const src = 'src' in child && typeof child.src === 'string' ? byUrl.get(child.src) : undefined;
    return src ? `${child.type.charAt(0).toUpperCase()}${child.type.slice(1)} · ${src.name}` : clipLabel(child as Clip);
  };

  return (
    <Section title="Children" label={`Children ${key}`}>
      {children.length === 0 ? <p className="col-span-2 text-[11px] text-zinc-500">Empty. Add what this layout arranges.</p> : null}
      <ol className="col-span-2 flex flex-col gap-1.5">
        {children.map((child, index) => (
          <li key={index} className={cn('rounded-md border bg-zinc-900/60', open === index ? 'border-indigo-400/50' : 'border-zinc-800')}>
            <div className="flex items-center gap-1 px-1.5 py-1">
              <button type="button" aria-expanded={open === index} onClick={() => setOpen(open === index ? null : index)}
                className="min-w-0 flex-1 truncate text-left text-xs text-zinc-200 hover:text-white">
                <span className="mr-1 text-zinc-500">{open === index ? '▾' : '▸'}</span>
                {labelOf(child)}
              </button>
              <SmallButton label={`Move child ${index + 1} earlier`} disabled={index === 0} onClick={() => edit({ kind: 'move', from: index, to: index - 1 })}>↑</SmallButton>
              <SmallButton label={`Move child ${index + 1} later`} disabled={index === children.length - 1} onClick={() => edit({ kind: 'move', from: index, to: index + 1 })}>↓</SmallButton>
              <SmallButton label={`Remove child ${index + 1}`} onClick={() => { edit({ kind: 'remove', index }); setOpen(null); }}>✕</SmallButton>
            </div>
            {open === index ? <ChildEditor child={child} fields={fields} index={index} /> : null}
          </li>
        ))}
      </ol>
      <label className="col-span-2 flex flex-col gap-1">
        <span className="text-[11px] font-medium text-zinc-400">Add a child</span>
        <select value="" onChange={(e) => add(e.target.value)} aria-label="Add a child"
          className="h-7 w-full rounded-md border border-zinc-700/80 bg-zinc-900 px-1.5 text-xs text-zinc-100 hover:border-zinc-600 focus:border-indigo-400 focus:outline-none">
          <option value="">Choose…</option>
          {Object.entries(newChildren).map(([id, c]) => <option key={id} value={id}>{c.label}</option>)}
          {media.length > 0 ? (
            <optgroup label="From your media">
              {media.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
            </optgroup>
          ) : null}
        </select>
      </label>
    </Section>
  );
}

function ChildEditor({ child, fields, index }: { child: LayoutChild; fields: ClipFields; index: number }) {
  const childFields = useClipFields(fields.selection, [...fields.path, index]);
  return (
    <div className="border-t border-zinc-800 [&_section]:px-2">
      <ClipSections clip={child} fields={childFields} />
    </div>
  );
}
