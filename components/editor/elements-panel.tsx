'use client';

import { useState, type ReactNode } from 'react';
import { clipTypePresets, elementPresets, iconClip, modelClip, selectPlayheadSeconds, type ElementPreset } from '@/lib/editor';
import { findIcon, searchIcons, type Clip, type Meta } from '@/lib/video';
import { LayersIcon, RectIcon, TextIcon } from '@/components/ui/icons';
import { useLibraryFiles } from '@/components/library/use-library-files';
import { useEditorContext } from './editor-context';

const groups: { id: ElementPreset['group']; title: string; icon: ReactNode }[] = [
  { id: 'text', title: 'Text', icon: <TextIcon width={14} height={14} /> },
  { id: 'shape', title: 'Shapes', icon: <RectIcon width={14} height={14} /> },
  { id: 'template', title: 'Templates', icon: <LayersIcon width={14} height={14} /> },
];

const buttonClass =
  'flex flex-col items-start rounded-md border border-zinc-800 bg-zinc-900 px-2.5 py-1.5 text-left hover:border-zinc-600 hover:bg-zinc-800 focus-visible:outline-2 focus-visible:outline-indigo-400';
const headingClass = 'flex items-center gap-1.5 text-[11px] font-semibold tracking-wider text-zinc-500 uppercase';
const inputClass = 'w-full rounded-md border border-zinc-800 bg-zinc-950 px-2 py-1 text-xs text-zinc-200 placeholder:text-zinc-600 focus-visible:outline-2 focus-visible:outline-indigo-400';

/**
 * Text presets, shapes, graphics (code, line, arrow, path, 3D, icons) and templates of the config
 * language. A click puts the element at the playhead through the store's `insertClip` (placement,
 * selection and undo come with it).
 */
export function ElementsPanel({ presets = elementPresets }: { presets?: readonly ElementPreset[] }) {
  const { store } = useEditorContext();
  const insertWith: Insert = (create) => {
    const { doc, playheadFrame, actions } = store.getState();
    actions.insertClip(create({ meta: doc.meta, start: playheadFrame / Math.max(1, doc.meta.fps) }));
  };

  return (
    <div className="flex flex-col gap-4">
      {groups.map((group) => (
        <section key={group.id} aria-label={group.title} className="flex flex-col gap-1.5">
          <h3 className={headingClass}>
            <span className="text-zinc-600">{group.icon}</span>
            {group.title}
          </h3>
          <div className="grid grid-cols-1 gap-1.5">
            {presets.filter((p) => p.group === group.id).map((preset) => (
              <button key={preset.id} type="button" aria-label={`Add ${preset.label.toLowerCase()}`} onClick={() => insertWith(preset.create)} className={buttonClass}>
                <span className={preset.id === 'title' ? 'text-sm font-extrabold text-zinc-100' : 'text-xs font-medium text-zinc-200'}>{preset.label}</span>
                <span className="text-[10px] leading-tight text-zinc-500">{preset.description}</span>
              </button>
            ))}
          </div>
          {group.id === 'shape' ? <GraphicsGroup onInsert={insertWith} /> : null}
        </section>
      ))}
    </div>
  );
}

type Insert = (create: (context: { meta: Meta; start: number }) => Clip) => void;

/** The uploaded GLB models of the library: a click puts one at the playhead as a three clip (assets.models + $ref). */
function UploadedModels() {
  const { store } = useEditorContext();
  const models = useLibraryFiles().files.filter((f) => f.type === 'model' && f.status === 'ready');
  return (
    <div aria-label="Uploaded 3D models" className="flex flex-col gap-1">
      <p className="text-[10px] text-zinc-500">3D model from an uploaded GLB{models.length === 0 ? ': upload a .glb in Media' : ''}</p>
      {models.map((file) => (
        <button
          key={file.id}
          type="button"
          aria-label={`Add 3D model ${file.name}`}
          onClick={() => {
            const state = store.getState();
            state.actions.addMediaClip({ media: file, start: selectPlayheadSeconds(state), trackIndex: state.selection?.trackIndex ?? 0 });
          }}
          className={buttonClass}
        >
          <span className="w-full truncate text-xs font-medium text-zinc-200">{file.name}</span>
          <span className="text-[10px] leading-tight text-zinc-500">GLB · {Math.max(1, Math.round(file.size / 1024))} KB</span>
        </button>
      ))}
    </div>
  );
}

/** Code block, line, arrow, path, 3D cube, a GLB model uploaded or by URL, and the icon picker. */
function GraphicsGroup({ onInsert }: { onInsert: Insert }) {
  const [modelUrl, setModelUrl] = useState('');
  const isModelUrl = /^(https?:\/\/|\/)\S+\.(glb|gltf)(\?\S*)?$/i.test(modelUrl.trim());
  return (
    <section aria-label="Graphics" className="mt-2 flex flex-col gap-1.5">
      <h3 className={headingClass}>Graphics</h3>
      <div className="grid grid-cols-2 gap-1.5">
        {clipTypePresets.map((preset) => (
          <button key={preset.id} type="button" aria-label={`Add ${preset.label.toLowerCase()}`} onClick={() => onInsert(preset.create)} className={buttonClass}>
            <span className="text-xs font-medium text-zinc-200">{preset.label}</span>
            <span className="text-[10px] leading-tight text-zinc-500">{preset.description}</span>
          </button>
        ))}
      </div>
      <UploadedModels />
      <form
        className="flex gap-1.5"
        onSubmit={(e) => {
          e.preventDefault();
          if (isModelUrl) onInsert((context) => modelClip(modelUrl.trim(), context));
        }}
      >
        <input aria-label="3D model URL (.glb or .gltf)" placeholder="3D model: .glb URL" value={modelUrl} onChange={(e) => setModelUrl(e.target.value)} className={inputClass} />
        <button type="submit" disabled={!isModelUrl} className="rounded-md border border-zinc-800 px-2 text-xs text-zinc-200 hover:border-zinc-600 disabled:opacity-40">
          Add
        </button>
      </form>
      <IconPicker onPick={(name) => onInsert((context) => iconClip(name, context))} />
    </section>
  );
}

/** Search the bundled icon set by name; a click inserts the icon. */
function IconPicker({ onPick }: { onPick: (name: string) => void }) {
  const [query, setQuery] = useState('');
  const results = searchIcons(query.trim() === '' ? 'star' : query, 24);
  return (
    <div className="flex flex-col gap-1.5">
      <input type="search" aria-label="Search icons" placeholder="Search icons (lucide)…" value={query} onChange={(e) => setQuery(e.target.value)} className={inputClass} />
      <div aria-label="Icons" className="grid grid-cols-6 gap-1">
        {results.map((name) => {
          const icon = findIcon(name);
          if (!icon) return null;
          return (
            <button
              key={name}
              type="button"
              title={name}
              aria-label={`Add icon ${name.replace(/^lucide:/, '')}`}
              onClick={() => onPick(name)}
              className="flex aspect-square items-center justify-center rounded border border-zinc-800 bg-zinc-900 text-zinc-300 hover:border-zinc-600 hover:text-white"
            >
              <svg viewBox={`0 0 ${icon.width} ${icon.height}`} width={18} height={18} dangerouslySetInnerHTML={{ __html: icon.body }} />
            </button>
          );
        })}
        {results.length === 0 ? <p className="col-span-6 text-[11px] text-zinc-500">No icon matches “{query}”.</p> : null}
      </div>
    </div>
  );
}
