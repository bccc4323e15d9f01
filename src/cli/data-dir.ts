/**
 * Where the CLI keeps its stores, and one process per data directory.
 *
 * Stores live under the user's data directory ($XDG_DATA_HOME/airtnt, else ~/.local/share/airtnt),
 * not the current folder, so `airtnt run recover` finds the same store from any folder. Two
 * processes on one store would both sign from the same channels and both collect, so a lock file
 * (holding the owner's pid) is taken before the store is opened; a lock whose pid is gone (a killed
 * process) is stale and taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { AirtntError } from '../util/errors.js';

export type Role = 'executor' | 'requester';

/** The airtnt folder in the user's data directory (XDG base directory specification). */
export function userDataRoot(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_DATA_HOME;
  // The specification says a relative XDG_DATA_HOME is invalid and to be ignored.
  if (xdg !== undefined && xdg.startsWith('/')) return join(xdg, 'airtnt');
  return join(env.HOME ?? homedir(), '.local', 'share', 'airtnt');
}

/** The data directory given with --data-dir, or the role's default in the user's data directory. */
export function dataDirOf(given: string | undefined, role: Role): string {
  return given === undefined ? join(userDataRoot(), role) : resolve(given);
}

const LOCK_FILE = 'airtnt.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Creates `dataDir` and takes its lock for this process; released when the process exits. Refuses
 * with DATA_DIR_IN_USE when a live process holds it.
 */
export function lockDataDir(dataDir: string): { release(): void } {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AirtntError('DATA_DIR_UNWRITABLE', `cannot create ${path}`, { details: { dataDir }, hint: 'check the folder\'s permissions or pass another --data-dir', cause: error });
      }
      let owner = Number.NaN;
      try {
        owner = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
      } catch {
        // removed between our open and read: try again
        continue;
      }
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
        throw new AirtntError('DATA_DIR_IN_USE', `the data directory ${dataDir} is in use by process ${owner}`, {
          details: { dataDir, pid: owner, lock: path },
          hint: `stop that process first, or pass another --data-dir (one process per data directory); if process ${owner} is not airtnt, delete ${path}`,
        });
      }
      // A stale lock: its process is gone (killed, or the machine restarted).
      try {
        unlinkSync(path);
      } catch {
        // another process took it over first: try again
      }
      continue;
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      process.off('exit', release);
      try {
        if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path);
      } catch {
        // already gone
      }
    };
    process.on('exit', release);
    return { release };
  }
  throw new AirtntError('DATA_DIR_IN_USE', `cannot take the lock of ${dataDir}`, { details: { dataDir, lock: path }, hint: 'another airtnt process is starting on it; try again' });
}
