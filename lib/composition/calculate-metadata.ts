import type { CalculateMetadataFunction } from 'remotion';
import { durationInFrames } from '../video';
import type { CutroomVideoProps } from './cutroom-video';

/** Size, fps and length all come from the config; the <Composition>'s own numbers are placeholders. */
export const calculateCutroomMetadata: CalculateMetadataFunction<CutroomVideoProps> = ({ props }) => {
  const { meta } = props.config;
  return {
    durationInFrames: durationInFrames(props.config),
    fps: meta.fps,
    width: meta.width,
    height: meta.height,
  };
};
