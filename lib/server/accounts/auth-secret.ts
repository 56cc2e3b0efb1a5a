import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { getSettings } from '../../config';

/** AUTH_SECRET from the environment, else one generated once and kept under DATA_DIR. */
export function getAuthSecret(): string {
  const { authSecret, dataDir } = getSettings();
  if (authSecret) return authSecret;
  const file = path.join(dataDir, 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    try {
      fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, 'utf8').trim(); // another process wrote it first
    }
  }
}
