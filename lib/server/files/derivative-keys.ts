import { getStorage } from '../../storage';

/**
 * Where a file's derivatives live: beside its owner's uploads, one folder per file
 * (`uploads/<userId>/derived/<fileId>/thumb.webp`), so they are served under /files/ like the upload
 * and removed with it in one step.
 */
export function derivedPrefix(file: { userId: string; id: string }): string {
  return `uploads/${file.userId}/derived/${file.id}`;
}

export function derivedKey(file: { userId: string; id: string }, name: string): string {
  return `${derivedPrefix(file)}/${name}`;
}

/** Removes every derivative of a file (thumbnail, poster, filmstrip, waveform, proxy). */
export async function removeDerivatives(file: { userId: string; id: string }): Promise<void> {
  await getStorage().removePrefix(derivedPrefix(file));
}
