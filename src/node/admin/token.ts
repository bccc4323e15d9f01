/** The admin token: given by the operator, or generated once and kept in the data directory (0600). */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkToken, newToken } from './guarded-http.js';

export const ADMIN_TOKEN_FILE = 'admin-token';

export function adminToken(dataDir: string, given?: string): { token: string; path?: string } {
  if (given !== undefined && given !== '') {
    checkToken(given);
    return { token: given };
  }
  const path = join(dataDir, ADMIN_TOKEN_FILE);
  if (existsSync(path)) {
    // Only the operator may read it: tighten a copy someone loosened.
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    const token = readFileSync(path, 'utf8').trim();
    checkToken(token);
    return { token, path };
  }
  mkdirSync(dataDir, { recursive: true });
  const token = newToken();
  writeFileSync(path, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return { token, path };
}
