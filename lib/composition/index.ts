export { CUTROOM_COMPOSITION_ID } from './composition-id';
export { CutroomVideo, type CutroomVideoProps } from './cutroom-video';
export { calculateCutroomMetadata } from './calculate-metadata';
export { compositionGeometry, type CompositionGeometry } from './composition-geometry';
export { COMPOSITION_GL, compositionChromiumOptions } from './chromium-gl';
