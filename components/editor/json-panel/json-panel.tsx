'use client';

/**
 * The JSON panel: the live document, pretty-printed, in CodeMirror 6 (JSON highlighting, folding,
 * brackets). Problems show as you type — JSON syntax, then lib/video's validation, each at the value
 * its path names and listed below with the path. Apply (button, Ctrl/⌘+Enter) replaces the document
 * through the store's `tryApply`: one undo step, refused like any other edit if it would not
 * validate. While the text holds no unapplied typing it follows the document (edits elsewhere, undo)
 * and Ctrl/⌘+Z there undoes the editor's last step; the selected clip's JSON is marked and scrolled to.
 */

import { defaultKeymap, history, historyKeymap, redo, undo } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, foldGutter, foldKeymap, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, linter, type Diagnostic } from '@codemirror/lint';
import { EditorState, StateEffect, StateField, Transaction } from '@codemirror/state';
import { Decoration, EditorView, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { useEffect, useRef, useState } from 'react';
import { clipRange, docToJsonText, parseJsonText, textChange, type EditorDoc, type TextIssue, type TextRange } from '@/lib/editor';
import { Button } from '@/components/ui/button';
import { useEditorContext } from '../editor-context';

const highlightStyle = HighlightStyle.define([
  { tag: tags.propertyName, color: '#a5b4fc' },
  { tag: tags.string, color: '#86efac' },
  { tag: tags.number, color: '#fcd34d' },
  { tag: [tags.bool, tags.null], color: '#f9a8d4' },
  { tag: [tags.brace, tags.squareBracket, tags.separator, tags.punctuation], color: '#71717a' },
]);

const theme = EditorView.theme(
  {
    '&': { height: '100%', fontSize: '11px', backgroundColor: 'rgb(9 9 11)', color: '#e4e4e7' },
    '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', lineHeight: '1.5' },
    '.cm-gutters': { backgroundColor: 'rgb(24 24 27)', color: '#52525b', borderRight: '1px solid rgb(39 39 42)' },
    '.cm-activeLine': { backgroundColor: 'transparent' },
    '.cm-cursor': { borderLeftColor: '#e4e4e7' },
    '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { backgroundColor: 'rgb(99 102 241 / 0.35)' },
    '.cm-selected-clip': { backgroundColor: 'rgb(99 102 241 / 0.14)' },
    '.cm-foldPlaceholder': { backgroundColor: 'rgb(39 39 42)', border: 'none', color: '#a1a1aa' },
  },
  { dark: true },
);

/** The selected clip's JSON, marked. */
const setClipMark = StateEffect.define<TextRange | null>();
const clipMark = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(setClipMark)) next = e.value ? Decoration.set([Decoration.mark({ class: 'cm-selected-clip' }).range(e.value.from, e.value.to)]) : Decoration.none;
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

interface PanelStatus {
  issues: TextIssue[];
  /** The text differs from the document it was made from (unapplied typing). */
  isDirty: boolean;
  /** The document changed elsewhere while the text was dirty. */
  isBehind: boolean;
  /** Why the last Apply was refused, if it was. */
  refused: string | null;
}

export function JsonPanel() {
  const { store } = useEditorContext();
  const hostRef = useRef<HTMLDivElement | null>(null);
  const viewRef = useRef<EditorView | null>(null);
  const applyRef = useRef<() => void>(() => undefined);
  const revertRef = useRef<() => void>(() => undefined);
  const [status, setStatus] = useState<PanelStatus>({ issues: [], isDirty: false, isBehind: false, refused: null });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    /** The document the text was last made from, and that text. */
    let shownDoc: EditorDoc = store.getState().doc;
    let shownText = docToJsonText(shownDoc);
    let isBehind = false;
    let refused: string | null = null;

    const isDirty = (): boolean => view.state.doc.toString() !== shownText;
    const report = () => {
      const text = view.state.doc.toString();
      const parsed = text === shownText ? null : parseJsonText(text);
      setStatus({ issues: parsed && !parsed.ok ? parsed.issues : [], isDirty: text !== shownText, isBehind, refused });
    };

    const markSelection = () => {
      const ref = store.getState().selection;
      const range = ref ? clipRange(view.state.doc.toString(), ref) : null;
      view.dispatch({
        effects: [setClipMark.of(range), ...(range ? [EditorView.scrollIntoView(range.from, { y: 'start', yMargin: 8 })] : [])],
      });
    };

    /** Shows the store's document (after an apply, an edit elsewhere, undo), changing only what differs. */
    const showDoc = (doc: EditorDoc) => {
      const text = docToJsonText(doc);
      const change = textChange(view.state.doc.toString(), text);
      shownDoc = doc;
      shownText = text;
      isBehind = false;
      if (change) view.dispatch({ changes: change, annotations: Transaction.addToHistory.of(false) });
      markSelection();
    };

    const apply = () => {
      const parsed = parseJsonText(view.state.doc.toString());
      if (!parsed.ok) {
        refused = null;
        report();
        return;
      }
      const result = store.getState().actions.tryApply(() => parsed.doc);
      refused = result.status === 'refused' ? result.issues.map((i) => `${i.path}: ${i.message}`).join('; ') : null;
      if (result.status !== 'refused') showDoc(store.getState().doc);
      report();
    };
    const revert = () => {
      refused = null;
      showDoc(store.getState().doc);
      report();
    };
    applyRef.current = apply;
    revertRef.current = revert;

    let reportTimer: ReturnType<typeof setTimeout> | null = null;
    const lint = linter((v): Diagnostic[] => {
      const text = v.state.doc.toString();
      if (text === shownText) return [];
      const parsed = parseJsonText(text);
      return parsed.ok ? [] : parsed.issues.map((i) => ({ from: i.from, to: Math.max(i.to, i.from), severity: 'error', message: `${i.path}: ${i.message}` }));
    }, { delay: 250 });

    const view: EditorView = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: shownText,
        extensions: [
          lineNumbers(),
          foldGutter(),
          history(),
          bracketMatching(),
          json(),
          syntaxHighlighting(highlightStyle),
          lint,
          lintGutter(),
          clipMark,
          theme,
          keymap.of([
            { key: 'Mod-Enter', run: () => (apply(), true) },
            // Without unapplied typing, undo/redo are the editor's own (the text follows the document).
            { key: 'Mod-z', run: (v) => (isDirty() ? undo(v) : (store.getState().actions.undo(), true)) },
            { key: 'Mod-Shift-z', run: (v) => (isDirty() ? redo(v) : (store.getState().actions.redo(), true)) },
            { key: 'Mod-y', run: (v) => (isDirty() ? redo(v) : (store.getState().actions.redo(), true)) },
            ...foldKeymap,
            ...historyKeymap,
            ...defaultKeymap,
          ]),
          EditorView.updateListener.of((u) => {
            if (!u.docChanged) return;
            if (reportTimer !== null) clearTimeout(reportTimer);
            reportTimer = setTimeout(report, 250);
          }),
          EditorView.contentAttributes.of({ 'aria-label': 'Video config JSON', 'data-testid': 'json-editor' }),
        ],
      }),
    });
    viewRef.current = view;
    markSelection();

    const unsubscribe = store.subscribe((state, previous) => {
      if (state.doc !== previous.doc && state.doc !== shownDoc && state.history.gestureBase === null) {
        if (isDirty()) {
          isBehind = true;
          report();
        } else {
          showDoc(state.doc);
        }
      } else if (state.history.gestureBase === null && previous.history.gestureBase !== null && state.doc !== shownDoc && !isDirty()) {
        showDoc(state.doc);
      }
      if (state.selection !== previous.selection) markSelection();
    });

    return () => {
      unsubscribe();
      if (reportTimer !== null) clearTimeout(reportTimer);
      view.destroy();
      viewRef.current = null;
    };
  }, [store]);

  const jumpTo = (issue: TextIssue) => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch({ selection: { anchor: issue.from, head: issue.to }, scrollIntoView: true });
    view.focus();
  };

  return (
    <div className="flex h-full min-h-72 flex-col gap-2" data-testid="json-panel">
      <div className="flex items-center gap-1.5">
        <Button size="sm" variant="primary" disabled={!status.isDirty || status.issues.length > 0} onClick={() => applyRef.current()}>
          Apply
        </Button>
        <Button size="sm" variant="ghost" disabled={!status.isDirty && !status.isBehind} onClick={() => revertRef.current()}>
          Revert
        </Button>
        <span className="ml-auto text-[10px] text-zinc-500">{status.isDirty ? 'Ctrl+Enter applies' : 'Live'}</span>
      </div>
      {status.isBehind ? (
        <p className="text-[11px] text-amber-300">The video changed elsewhere since you started typing here. Apply replaces it with this text; Revert shows it.</p>
      ) : null}
      <div ref={hostRef} className="min-h-0 flex-1 overflow-hidden rounded-md border border-zinc-800" />
      {status.issues.length > 0 || status.refused ? (
        <ul data-testid="json-issues" role="alert" className="max-h-32 shrink-0 space-y-0.5 overflow-y-auto text-[11px] text-red-300">
          {status.refused ? <li>Not applied: {status.refused}</li> : null}
          {status.issues.map((issue, i) => (
            <li key={`${issue.path}-${i}`}>
              <button type="button" className="text-left hover:underline" onClick={() => jumpTo(issue)}>
                <code className="font-mono text-red-200">{issue.path}</code>: {issue.message}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
