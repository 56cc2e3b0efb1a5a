import type { CalculateMetadataFunction } from 'remotion';
import { compositionGeometry } from './composition-geometry';
import type { CutroomVideoProps } from './cutroom-video';

/** Size, fps and length all come from the config; the <Composition>'s own numbers are placeholders. */
export const calculateCutroomMetadata: CalculateMetadataFunction<CutroomVideoProps> = ({ props }) =>
  compositionGeometry(props.config);
