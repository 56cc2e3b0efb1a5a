/**
 * Timeline interactions as plain objects (after tldraw's tools): pointer-down creates a tool, the
 * hook feeds it pointer moves, and it ends in commit or cancel. Tested headless, no browser.
 */
export * from './types';
export * from './snapper';
export * from './gesture';
export * from './move-tool';
export * from './trim-tool';
export * from './marquee-tool';
export * from './press-clip';
export * from './pointer-session';
export * from './auto-scroll';
