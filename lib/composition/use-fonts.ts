import { useEffect, useRef, useState } from 'react';
import { useDelayRender } from 'remotion';

/** One `assets.fonts` entry, the fields the loader needs. */
export interface FontAsset {
  family: string;
  src: string;
  weight?: number | string;
  style?: 'normal' | 'italic';
}

/**
 * Registers `assets.fonts` with the document (FontFace) and holds the frame until they are loaded, so
 * the first captured frame already uses them — in the renderer (delayRender blocks the screenshot) and
 * in the Player (which buffers while a delayRender handle is open).
 * A font that fails to load is logged and skipped: text falls back to the next family in the stack
 * instead of the whole render failing on a typo'd URL.
 */
export function useFonts(fonts: readonly FontAsset[]): void {
  const { delayRender, continueRender } = useDelayRender();
  // Key on content, not identity: a new config object with the same fonts must not reload them.
  const key = JSON.stringify(fonts.map((f) => [f.family, f.src, f.weight, f.style]));
  // Opened during render (not in an effect) so the renderer cannot capture a frame before it.
  const [handle] = useState(() => (fonts.length > 0 ? delayRender(`Loading ${fonts.length} font(s)`) : null));
  const isContinued = useRef(false);

  useEffect(() => {
    const list = JSON.parse(key) as [string, string, number | string | undefined, string | undefined][];
    let isCancelled = false;
    const loads = list.map(async ([family, src, weight, style]) => {
      const face = new FontFace(family, `url(${JSON.stringify(src)})`, {
        // JSON.stringify made a missing weight `null`: FontFace refuses "null" and the font never loads.
        weight: weight == null ? undefined : String(weight),
        style: style ?? 'normal',
      });
      try {
        await face.load();
        if (!isCancelled) document.fonts.add(face);
      } catch (error) {
        console.error(`Cutroom: font "${family}" from ${src} could not be loaded`, error);
      }
    });
    void Promise.all(loads).then(() => {
      // A cancelled run (fonts changed, or StrictMode's double effect) leaves it to the next run.
      if (isCancelled || handle === null || isContinued.current) return;
      isContinued.current = true;
      continueRender(handle);
    });
    return () => {
      isCancelled = true;
    };
  }, [key, handle, continueRender]);
}
