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
  { group: 'Canvas', keys: ['Click'], action: 'Select the clip under the pointer (empty canvas: clear the selection)' },
  { group: 'Canvas', keys: ['Drag'], action: 'Move the selected clip (snaps to the canvas and other clips)' },
  { group: 'Canvas', keys: ['Mod+Drag'], action: 'Move or resize without snapping' },
  { group: 'Canvas', keys: ['Shift+Drag corner'], action: 'Resize keeping the aspect ratio' },
  { group: 'Canvas', keys: ['Alt+Drag handle'], action: 'Resize from the centre' },
  { group: 'Canvas', keys: ['Shift+Drag rotation handle'], action: 'Rotate in steps of 15°' },
  { group: 'Canvas', keys: ['Arrow keys'], action: 'Nudge the selected clip by 1 px', when: 'canvas focused' },
  { group: 'Canvas', keys: ['Shift+Arrow keys'], action: 'Nudge the selected clip by 10 px', when: 'canvas focused' },
  { group: 'Canvas', keys: ['Double-click'], action: 'Edit a text clip in place (Enter or click away: done, Esc: cancel)' },
  { group: 'Canvas', keys: ['Esc'], action: 'Cancel the drag in progress', when: 'while dragging' },
  // Timeline, Tracks, View: entries added by the timeline tools.
];

/** The entries of one group, in list order. */
export function shortcutsIn(group: ShortcutGroup): ShortcutEntry[] {
  return SHORTCUTS.filter((entry) => entry.group === group);
}
