/**
 * Splits `[0, totalFrames)` into at most `workers` chunks of equal length (the last may be shorter), as
 * combineChunks requires. Chunks shorter than `minFrames` are not worth a process: fewer chunks then.
 * Example: 300 frames, 2 workers → [0,149], [150,299].
 */
export function planChunks(totalFrames: number, workers: number, minFrames = 30): { framesPerChunk: number; ranges: [number, number][] } {
  const count = Math.max(1, Math.min(workers, Math.floor(totalFrames / minFrames)));
  const framesPerChunk = Math.ceil(totalFrames / count);
  const ranges: [number, number][] = [];
  for (let start = 0; start < totalFrames; start += framesPerChunk) {
    ranges.push([start, Math.min(totalFrames, start + framesPerChunk) - 1]);
  }
  return { framesPerChunk, ranges };
}
