import { describe, expect, it } from 'vitest';
import { updateTrack } from './update-track';
import { sampleDoc } from '../testing/fixtures';

describe('updateTrack', () => {
  it('mutes and unmutes, storing only a true flag', () => {
    const doc = sampleDoc();
    const muted = updateTrack(doc, { trackIndex: 1, patch: { muted: true } });
    expect(muted.tracks[1]).toMatchObject({ muted: true });
    expect(muted.tracks[0]).toBe(doc.tracks[0]);
    expect(muted.tracks[1]?.clips).toBe(doc.tracks[1]?.clips);
    const unmuted = updateTrack(muted, { trackIndex: 1, patch: { muted: false } });
    expect(unmuted.tracks[1]).not.toHaveProperty('muted');
  });

  it('renames and clears the label', () => {
    const named = updateTrack(sampleDoc(), { trackIndex: 0, patch: { id: 'Titles' } });
    expect(named.tracks[0]?.id).toBe('Titles');
    expect(updateTrack(named, { trackIndex: 0, patch: { id: '' } }).tracks[0]).not.toHaveProperty('id');
  });

  it('hides and locks a track (Cutroom additions), storing only true flags', () => {
    const doc = sampleDoc();
    const hidden = updateTrack(doc, { trackIndex: 0, patch: { hidden: true, locked: true } });
    expect(hidden.tracks[0]).toMatchObject({ hidden: true, locked: true });
    const shown = updateTrack(hidden, { trackIndex: 0, patch: { hidden: false } });
    expect(shown.tracks[0]).not.toHaveProperty('hidden');
    expect(shown.tracks[0]).toMatchObject({ locked: true });
  });

  it('returns the same document when nothing changes', () => {
    const doc = sampleDoc();
    expect(updateTrack(doc, { trackIndex: 0, patch: { muted: false } })).toBe(doc);
    expect(updateTrack(doc, { trackIndex: 9, patch: { muted: true } })).toBe(doc);
  });
});
