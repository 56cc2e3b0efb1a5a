import { Composition } from 'remotion';
import { newVideoConfig } from '../video';
import { calculateCutroomMetadata } from './calculate-metadata';
import { CUTROOM_COMPOSITION_ID } from './composition-id';
import { CutroomVideo } from './cutroom-video';

/** The Remotion root the render worker bundles: one composition, sized by calculateMetadata. */
export function Root() {
  return (
    <Composition
      id={CUTROOM_COMPOSITION_ID}
      component={CutroomVideo}
      calculateMetadata={calculateCutroomMetadata}
      defaultProps={{ config: newVideoConfig() }}
      // Placeholders only: calculateCutroomMetadata replaces all four from the config.
      width={1920}
      height={1080}
      fps={30}
      durationInFrames={1}
    />
  );
}
