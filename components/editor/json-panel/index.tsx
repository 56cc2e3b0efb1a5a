'use client';

import dynamic from 'next/dynamic';

/** The JSON panel, loaded when its tab is first opened (CodeMirror stays out of the editor's first load). */
export const JsonPanelTab = dynamic(() => import('./json-panel').then((m) => m.JsonPanel), {
  ssr: false,
  loading: () => <p className="text-xs text-zinc-500">Loading the JSON editor…</p>,
});
