import { useState } from 'react';
import { findIcon, searchIcons, type IconClip } from '@/lib/video';
import { ColorField } from '@/components/ui/fields';
import { Section } from './section';
import type { ClipFields } from './use-clip-fields';

/** Icon clip: which icon (searchable), its colour. */
export function IconSection({ clip, fields }: { clip: IconClip; fields: ClipFields }) {
  const { update, seal, issue } = fields;
  const [query, setQuery] = useState('');
  const results = query.trim() === '' ? [] : searchIcons(query, 18);
  return (
    <Section title="Icon">
      <div className="col-span-2 flex flex-col gap-1 text-[11px] text-zinc-400">
        <span>
          Icon: <code className="text-zinc-200">{clip.icon}</code>
        </span>
        <input type="search" aria-label="Find another icon" placeholder="Find another icon…" value={query} onChange={(e) => setQuery(e.target.value)}
          className="rounded border border-zinc-800 bg-zinc-950 px-2 py-1 text-xs text-zinc-200" />
        {issue('icon') ? <span className="text-red-400">{issue('icon')}</span> : null}
        <div className="grid grid-cols-6 gap-1">
          {results.map((name) => {
            const icon = findIcon(name);
            return icon ? (
              <button key={name} type="button" title={name} aria-label={`Use icon ${name.replace(/^lucide:/, '')}`}
                onClick={() => { update('icon', { fields: { icon: name } }); seal(); }}
                className="flex aspect-square items-center justify-center rounded border border-zinc-800 text-zinc-300 hover:border-zinc-600">
                <svg viewBox={`0 0 ${icon.width} ${icon.height}`} width={16} height={16} dangerouslySetInnerHTML={{ __html: icon.body }} />
              </button>
            ) : null;
          })}
        </div>
      </div>
      <ColorField label="Colour" value={clip.color} onChange={(color) => update('color', { fields: { color } })} onCommit={seal} error={issue('color')} />
    </Section>
  );
}
