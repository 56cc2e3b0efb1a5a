/**
 * What this deployment of Cutroom can draw. The zod schema builds its enums from these lists, so the
 * capabilities endpoint (`GET /api/v1/capabilities`) can never drift from what validation accepts.
 */

/** Clip types that validate and render. */
export const clipTypes = [
  'text', 'image', 'video', 'audio', 'rect', 'circle', 'polygon', 'subtitle', 'layout', 'svg', 'template',
  'code', 'icon', 'line', 'path', 'three',
] as const;
export type ClipType = (typeof clipTypes)[number];

/** Clip types RenderingVideo documents that Cutroom does not draw (none since code/icon/line/path/three landed). */
export const unsupportedClipTypes: readonly string[] = [];

/** Types allowed inside `layout.children` (subtitle is not: it positions itself on the canvas). */
export const layoutChildTypes = [
  'text', 'image', 'video', 'audio', 'rect', 'circle', 'polygon', 'layout', 'svg', 'template',
  'code', 'icon', 'line', 'path', 'three',
] as const;

/** Syntax themes a `code` clip can use (shiki's bundled themes; the first is the default). */
export const codeThemes = ['github-dark', 'github-light', 'dracula', 'nord', 'monokai'] as const;
export type CodeTheme = (typeof codeThemes)[number];

/**
 * Grammars bundled for `code` clips (shiki), with the aliases each answers to. Kept small: every
 * grammar ships in the Player's and the renderer's bundle.
 */
export const codeLanguages = {
  javascript: ['js', 'jsx', 'mjs', 'cjs'],
  typescript: ['ts', 'tsx', 'mts', 'cts'],
  python: ['py'],
  json: [],
  shellscript: ['bash', 'sh', 'shell', 'zsh'],
  css: [],
  html: [],
  go: [],
  rust: ['rs'],
  sql: [],
  yaml: ['yml'],
} as const satisfies Record<string, readonly string[]>;
export type CodeLanguage = keyof typeof codeLanguages;

/** Built-in meshes of a `three` object (`shape`). */
export const threeShapes = ['box', 'sphere', 'plane', 'cylinder', 'cone', 'torus', 'icosahedron', 'dodecahedron'] as const;
export type ThreeShape = (typeof threeShapes)[number];

/** What `three` object and camera animations can drive. */
export const threeAnimationProperties = [
  'position', 'position.x', 'position.y', 'position.z',
  'rotation', 'rotation.x', 'rotation.y', 'rotation.z',
  'scale', 'scale.x', 'scale.y', 'scale.z',
  'material.color', 'material.opacity', 'fov',
] as const;
export type ThreeAnimationProperty = (typeof threeAnimationProperties)[number];

export const animationTypes = [
  'fadeIn', 'fadeOut', 'zoomIn', 'zoomOut', 'slideIn', 'slideOut', 'move', 'scale', 'rotate',
] as const;
export type AnimationType = (typeof animationTypes)[number];

const easingFamilies = ['Sine', 'Quad', 'Cubic', 'Quart', 'Quint', 'Expo', 'Circ', 'Back', 'Elastic', 'Bounce'] as const;
type EasingFamily = (typeof easingFamilies)[number];
export type EasingName = 'linear' | `easeIn${EasingFamily}` | `easeOut${EasingFamily}` | `easeInOut${EasingFamily}`;

/** `linear` plus the 30 Penner easings (easeIn/easeOut/easeInOut × 10 curves). */
export const easingNames: readonly [EasingName, ...EasingName[]] = [
  'linear',
  ...easingFamilies.flatMap((f) => [`easeIn${f}`, `easeOut${f}`, `easeInOut${f}`] as const),
];

export const transitionTypes = ['fade', 'slide', 'wipe', 'zoom', 'blur', 'push', 'iris', 'spin', 'lightSweep'] as const;
export type TransitionType = (typeof transitionTypes)[number];

/** Templates Cutroom can expand (lib/video/templates). */
export const templateNames = [
  'slideshow', 'subtitle-video', 'product-intro', 'quote', 'countdown', 'list', 'talking-head', 'text-reveal',
] as const;
export type TemplateName = (typeof templateNames)[number];

/** RenderingVideo template names Cutroom does not implement (their data fields are undocumented). */
export const unsupportedTemplateNames = ['comparison', 'news'] as const;

export const keyframeProperties = [
  'opacity', 'x', 'y', 'width', 'height', 'scale', 'scaleX', 'scaleY', 'rotation', 'skewX', 'skewY',
  'fontSize', 'letterSpacing', 'lineHeight', 'strokeWidth', 'borderRadius', 'shadowBlur', 'drawStart', 'drawEnd',
] as const;
export type KeyframeProperty = (typeof keyframeProperties)[number];

export const filterTypes = ['blur', 'brightness', 'contrast', 'saturate', 'grayscale', 'sepia', 'invert', 'hueRotate'] as const;

/** Everything above as one JSON-ready object, for the capabilities endpoint. */
export function videoCapabilities() {
  return {
    schemaVersion: '2.0.0',
    clipTypes: [...clipTypes],
    unsupportedClipTypes: [...unsupportedClipTypes],
    layoutChildTypes: [...layoutChildTypes],
    animations: [...animationTypes],
    easings: [...easingNames],
    transitions: [...transitionTypes],
    templates: [...templateNames],
    keyframeProperties: [...keyframeProperties],
    codeLanguages: Object.keys(codeLanguages),
    codeThemes: [...codeThemes],
    iconSets: ['lucide'],
    threeShapes: [...threeShapes],
    filters: [...filterTypes],
  };
}
