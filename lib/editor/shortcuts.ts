/**
 * Every editor shortcut, listed once: the `?` panel draws this list, and the key handlers
 * (components/editor/use-editor-shortcuts.ts, the canvas overlay, the timeline) implement it.
 * A key that does something must be here; an entry here must do what it says (tested).
 *
 * `keys` are display strings; "Mod" means Ctrl (⌘ on macOS). Alternatives are separate strings.
 */
export type ShortcutGroup = 'Playback' | 'Edit' | 'Selection' | 'Timeline' | 'Canvas' | 'Tracks' | 'View';

export interface ShortcutEntry {
  group: ShortcutGroup;
  keys: string[];
  action: string;
  /** Where the key works when it is not window-wide, e.g. "canvas focused". */
  when?: string;
}

export const SHORTCUTS: ShortcutEntry[] = [
  // Playback
  { group: 'Playback', keys: ['Space'], action: 'Play / pause' },
  { group: 'Playback', keys: ['Home'], action: 'Go to the start' },
  { group: 'Playback', keys: ['End'], action: 'Go to the last frame' },
  // Edit
  { group: 'Edit', keys: ['Mod+Z'], action: 'Undo' },
  { group: 'Edit', keys: ['Mod+Shift+Z', 'Ctrl+Y'], action: 'Redo' },
  { group: 'Edit', keys: ['Mod+D'], action: 'Duplicate the selection' },
  { group: 'Edit', keys: ['Delete', 'Backspace'], action: 'Delete the selection' },
  { group: 'Edit', keys: ['S'], action: 'Split the selected clip at the playhead' },
  // Selection
  { group: 'Selection', keys: ['Esc'], action: 'Clear the selection' },
  // Canvas: entries added by the canvas tools (lib/editor/canvas).
  // Timeline, Tracks, View: entries added by the timeline tools.
];

/** The entries of one group, in list order. */
export function shortcutsIn(group: ShortcutGroup): ShortcutEntry[] {
  return SHORTCUTS.filter((entry) => entry.group === group);
}
