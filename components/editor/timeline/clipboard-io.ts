'use client';

import { parseClipboard, type ClipboardPayload } from '@/lib/editor';

/**
 * Clips on the system clipboard, as JSON text (pastes into another video or tab). The copy is
 * also kept in localStorage: the fallback when the browser refuses the clipboard API (no
 * permission, insecure origin), which still reaches other tabs of the same site.
 */
const FALLBACK_KEY = 'cutroom:clipboard';

function remember(text: string) {
  try {
    localStorage.setItem(FALLBACK_KEY, text);
  } catch {
    // Storage full or refused: the store's own clipboard still pastes in this tab.
  }
}

function remembered(): ClipboardPayload | null {
  try {
    const text = localStorage.getItem(FALLBACK_KEY);
    return text ? parseClipboard(text) : null;
  } catch {
    return null;
  }
}

/** Puts clips on the clipboard (menu / button: the async clipboard API, which may be refused). */
export async function writeClips(payload: ClipboardPayload): Promise<void> {
  const text = JSON.stringify(payload);
  remember(text);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Refused: the localStorage copy is used on paste.
  }
}

/** During a native `copy`/`cut` event (Ctrl/⌘+C/X): no permission needed. */
export function writeClipsToEvent(event: ClipboardEvent, payload: ClipboardPayload) {
  const text = JSON.stringify(payload);
  remember(text);
  event.clipboardData?.setData('text/plain', text);
  event.preventDefault();
}

/** Clips from the clipboard for the menu's Paste: the system clipboard when it holds clips, else the fallback. */
export async function readClips(): Promise<ClipboardPayload | null> {
  try {
    const payload = parseClipboard(await navigator.clipboard.readText());
    if (payload) return payload;
  } catch {
    // Refused: fall back.
  }
  return remembered();
}

/** Clips from a native `paste` event (Ctrl/⌘+V), else the fallback. */
export function readClipsFromEvent(event: ClipboardEvent): ClipboardPayload | null {
  return parseClipboard(event.clipboardData?.getData('text/plain') ?? '') ?? remembered();
}
