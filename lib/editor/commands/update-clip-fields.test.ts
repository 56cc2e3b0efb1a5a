import { describe, expect, it } from 'vitest';
import type { EditorDoc } from '../types';
import { updateClip } from './update-clip';

const doc = (clip: Record<string, unknown>): EditorDoc =>
  ({ meta: { version: '2.0.0', width: 320, height: 180, fps: 30 }, tracks: [{ clips: [clip] }] }) as unknown as EditorDoc;
const ref = { trackIndex: 0, clipIndex: 0 };

describe('updateClip `fields` (code, icon, line, path, three)', () => {
  it('sets and removes the new types\' own fields, never the type', () => {
    const icon = doc({ type: 'icon', icon: 'lucide:star', start: 0, duration: 1, color: '#fff' });
    const next = updateClip(icon, { ref, patch: { fields: { icon: 'lucide:heart', color: undefined, type: 'text' } } });
    expect(next.tracks[0]?.clips[0]).toEqual({ type: 'icon', icon: 'lucide:heart', start: 0, duration: 1 });
  });
  it('is ignored on the other clip types', () => {
    const rect = doc({ type: 'rect', start: 0, duration: 1 });
    expect(updateClip(rect, { ref, patch: { fields: { icon: 'x' } } })).toBe(rect);
  });
});
