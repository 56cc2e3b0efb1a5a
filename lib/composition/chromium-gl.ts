/**
 * The OpenGL backend Chromium must use for this composition: `three` clips draw with WebGL, and the
 * render machines have no GPU. `swangle` is SwiftShader (a CPU implementation of GL) behind ANGLE:
 * deterministic, identical on every Linux box, no driver needed. Every openBrowser/renderMedia/
 * renderStill call passes it (lib/render, the still-renderer of the tests).
 */
export const COMPOSITION_GL = 'swangle' as const;

/** The `chromiumOptions` every renderer call of this composition gets. */
export const compositionChromiumOptions = { gl: COMPOSITION_GL };
