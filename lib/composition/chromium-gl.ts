/**
 * The OpenGL backend Chromium must use for this composition: `three` clips draw with WebGL, and the
 * render machines have no GPU. `swangle` is SwiftShader (a CPU implementation of GL) behind ANGLE:
 * deterministic, identical on every Linux box, no driver needed. Every openBrowser/renderMedia/
 * renderStill call passes it (lib/render, the still-renderer of the tests).
 */
export const COMPOSITION_GL = 'swangle' as const;

/** The `chromiumOptions` every renderer call of this composition gets. */
export const compositionChromiumOptions = { gl: COMPOSITION_GL };

type MaybeClip = { type?: unknown; children?: unknown };

/** Whether a config draws with WebGL: a `three` clip anywhere (top level or inside a layout). */
export function needsWebGl(config: unknown): boolean {
  const tracks = (config as { tracks?: { clips?: MaybeClip[] }[] } | null)?.tracks;
  const draws = (clip: MaybeClip): boolean => clip.type === 'three' || (Array.isArray(clip.children) && (clip.children as MaybeClip[]).some(draws));
  return Array.isArray(tracks) && tracks.some((track) => Array.isArray(track.clips) && track.clips.some(draws));
}

/**
 * The browser options a render of this config needs: the software GL backend only when it draws WebGL.
 * SwiftShader makes every other frame slower (measured in bench/render.ts: 0.70× bare renderMedia with it on a
 * video-heavy config, 1.10× without), so a config without `three` clips renders on a plain browser.
 */
export function chromiumOptionsFor(config: unknown): { gl?: typeof COMPOSITION_GL } {
  return needsWebGl(config) ? compositionChromiumOptions : {};
}
