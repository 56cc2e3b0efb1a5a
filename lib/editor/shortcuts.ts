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
  { group: 'Playback', keys: ['J'], action: 'Play backwards (again: faster)' },
  { group: 'Playback', keys: ['K'], action: 'Stop the shuttle (pause)' },
  { group: 'Playback', keys: ['L'], action: 'Play forwards (again: faster, up to 4×)' },
  { group: 'Playback', keys: ['←', '→'], action: 'Playhead one frame back / forward' },
  { group: 'Playback', keys: ['Shift+←', 'Shift+→'], action: 'Playhead one second back / forward' },
  { group: 'Playback', keys: ['Shift+L'], action: 'Loop playback on / off' },
  // Edit
  { group: 'Edit', keys: ['Mod+Z'], action: 'Undo' },
  { group: 'Edit', keys: ['Mod+Shift+Z', 'Ctrl+Y'], action: 'Redo' },
  { group: 'Edit', keys: ['Mod+D'], action: 'Duplicate the selection' },
  { group: 'Edit', keys: ['Delete', 'Backspace'], action: 'Delete the selection' },
  { group: 'Edit', keys: ['S'], action: 'Split the selected clip at the playhead' },
  { group: 'Edit', keys: ['Shift+Delete', 'Shift+Backspace'], action: 'Ripple delete: delete and close the gap' },
  { group: 'Edit', keys: ['Mod+C'], action: 'Copy the selection (also to another video)' },
  { group: 'Edit', keys: ['Mod+X'], action: 'Cut the selection' },
  { group: 'Edit', keys: ['Mod+V'], action: 'Paste at the playhead' },
  // Selection
  { group: 'Selection', keys: ['Esc'], action: 'Clear the selection' },
  { group: 'Selection', keys: ['Mod+A'], action: 'Select every clip (not on locked tracks)' },
  { group: 'Selection', keys: ['Click'], action: 'Select a clip', when: 'timeline' },
  { group: 'Selection', keys: ['Shift+Click'], action: 'Select the range from the selected clip', when: 'timeline' },
  { group: 'Selection', keys: ['Mod+Click'], action: 'Add / remove a clip', when: 'timeline' },
  { group: 'Selection', keys: ['Drag on empty space'], action: 'Select with a box (Shift/Mod: add)', when: 'timeline' },
  { group: 'Selection', keys: ['Click on empty space'], action: 'Clear the selection', when: 'timeline' },
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
  // Timeline
  { group: 'Timeline', keys: ['Alt+←', 'Alt+→'], action: 'Nudge the selection one frame (arrows alone move the playhead)' },
  { group: 'Timeline', keys: ['Alt+Shift+←', 'Alt+Shift+→'], action: 'Nudge the selection one second' },
  { group: 'Timeline', keys: ['Drag'], action: 'Move the selection in time and across tracks', when: 'timeline' },
  { group: 'Timeline', keys: ['Alt+Drag'], action: 'Move or trim without snapping', when: 'timeline' },
  { group: 'Timeline', keys: ['Right-click'], action: 'Clip menu: cut, copy, paste, duplicate, split, delete, ripple delete', when: 'timeline' },
  // Tracks
  { group: 'Tracks', keys: ['Double-click name'], action: 'Rename the track', when: 'track header' },
  { group: 'Tracks', keys: ['Drag ⠿'], action: 'Reorder tracks (upper is drawn on top)', when: 'track header' },
  { group: 'Tracks', keys: ['↑', '↓'], action: 'Move the track up / down', when: 'track handle focused' },
  // View
  { group: 'View', keys: ['+', '='], action: 'Zoom the timeline in' },
  { group: 'View', keys: ['-'], action: 'Zoom the timeline out' },
  { group: 'View', keys: ['Mod+Wheel'], action: 'Zoom around the pointer', when: 'timeline' },
  { group: 'View', keys: ['Shift+Wheel'], action: 'Scroll the timeline sideways', when: 'timeline' },
  { group: 'View', keys: ['?'], action: 'Show this list of shortcuts' },
];

/** The entries of one group, in list order. */
export function shortcutsIn(group: ShortcutGroup): ShortcutEntry[] {
  return SHORTCUTS.filter((entry) => entry.group === group);
}
