import { useEffect, useRef, useState } from 'react';
import { cancelRender, getRemotionEnvironment, useDelayRender } from 'remotion';

/**
 * A heavy part of the composition (three.js, the shiki grammars) kept out of the main bundle: its
 * code is loaded on first use only, so a page whose config has no `three` or `code` clip — most of
 * them, in the editor, in every renderer tab and in every still — never downloads, parses or runs it.
 */
export interface LazyPart<T> {
  /** The loaded exports, once loaded (synchronously, so later mounts draw on their first render). */
  loaded(): T | undefined;
  load(): Promise<T>;
  label: string;
}

export function lazyPart<T>(load: () => Promise<T>, label: string): LazyPart<T> {
  let exports: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    label,
    loaded: () => exports,
    load: () =>
      (loading ??= load().then(
        (loaded) => (exports = loaded),
        (error: unknown) => {
          loading = undefined; // a failed chunk load may be retried by the next mount
          throw error;
        },
      )),
  };
}

/**
 * The part's exports, or undefined while they load. Until then the frame is held (delayRender, opened
 * during render like useFonts, so the renderer cannot capture before it), and released only after
 * the component has drawn with them: its children's own delayRender calls (a GLB model) are open by
 * then. A part that cannot load fails a render; the Player logs it and draws nothing.
 */
export function useLazyPart<T>(part: LazyPart<T>): T | undefined {
  const { delayRender, continueRender } = useDelayRender();
  const [exports, setExports] = useState<T | undefined>(part.loaded);
  const [handle] = useState(() => (exports === undefined ? delayRender(part.label) : null));
  const isContinued = useRef(false);

  useEffect(() => {
    if (exports !== undefined) return;
    let isCancelled = false;
    part.load().then(
      (loaded) => {
        if (!isCancelled) setExports(() => loaded);
      },
      (error: unknown) => {
        const message = `${part.label} failed: ${error instanceof Error ? error.message : String(error)}`;
        if (getRemotionEnvironment().isRendering) cancelRender(new Error(message));
        else console.error(`Cutroom: ${message}`);
      },
    );
    return () => {
      isCancelled = true;
    };
  }, [exports, part]);

  // Released after the commit that drew with the part (children's effects have run), or on unmount.
  useEffect(() => {
    if (exports === undefined || handle === null || isContinued.current) return;
    isContinued.current = true;
    continueRender(handle);
  }, [exports, handle, continueRender]);
  useEffect(
    () => () => {
      if (handle !== null && !isContinued.current) {
        isContinued.current = true;
        continueRender(handle);
      }
    },
    [handle, continueRender],
  );
  return exports;
}
