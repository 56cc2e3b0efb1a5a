/**
 * lib/editor: the editor's client-side model, framework-free (no React, no Next).
 *  - commands/: every document edit as a pure `(doc, args) => doc` with structural sharing;
 *  - history: undo/redo over immutable documents (merge runs, one step per drag);
 *  - store: the zustand store (document slice + session slice) whose actions wrap the commands;
 *  - autosave / api-client: debounced PATCH of `{ config, title }` with its base version (409 → conflict), render calls;
 *  - local-draft: the unsaved document kept in localStorage, offered back on the next open;
 *  - json-text: the JSON panel's text ↔ document, issues located in the text, clip ranges;
 *  - snap, ruler, time, selectors, clip-factories: timeline maths and derived values;
 *  - selection, clipboard, timeline-tools/: multi-selection, the copy/paste payload, and the timeline's
 *    pointer interactions (move, trim, marquee…) as plain objects tested headless;
 *  - visible-window: which part of the timeline has its clips mounted (virtualization);
 *  - library-file, font-assets: the media library's files as the editor reads them, uploaded fonts.
 * React components live in components/editor and read everything through the store.
 */
export * from './types';
export * from './clip-ref';
export * from './commands';
export * as history from './history';
export * from './time';
export * from './snap';
export * from './ruler';
export * from './clip-factories';
export * from './store';
export * from './selectors';
export * from './check-edit';
export * from './animation-slot';
export * from './font-families';
export * from './element-presets';
export * from './clip-type-presets';
export * from './api-client';
export * from './autosave';
export * from './library-file';
export * from './font-assets';
export * from './media-clip';
export * from './track-space';
export * from './file-usage';
export * from './files-api';
export * from './upload-queue';
export * from './media-drag';
export * from './media-strips';
export * from './preview-sources';
export * from './shortcuts';
export * from './canvas';
export * from './selection';
export * from './clipboard';
export * from './timeline-tools';
export * from './shuttle';
export * from './seek-pacer';
export * from './field-parsers';
export * from './template-fields';
export * from './local-draft';
export * from './json-text';
export * from './visible-window';
