/** The id the render worker passes to selectComposition/renderMedia. */
export const CUTROOM_COMPOSITION_ID = 'cutroom';
