/**
 * A verifier's part in the epoch seed (docs/protocol.md, "Epoch seed"): in the first half of each epoch
 * it commits a fresh secret with the bond, in the second half it reveals it. The secret is stored
 * durably (seed-<epoch>.secret in the data directory) before the commit is sent: a verifier killed
 * between commit and reveal still reveals after a restart and keeps its bond.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hex } from 'viem';
import type { ChainClient } from '../chain/client.js';
import { commitSeed } from '../chain/commit-seed.js';
import { revealSeed } from '../chain/reveal-seed.js';
import { toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { writeFileDurably } from './durable-file.js';
import type { RegistryConstants } from './read-params.js';

export type SeedStepResult = 'committed' | 'revealed' | 'idle';

/** One step at chain time `now`: commit, reveal or nothing. Errors of the registry are logged, not thrown. */
export async function seedStep(client: ChainClient, constants: RegistryConstants, dataDir: string, now: bigint, log: (line: string) => void): Promise<SeedStepResult> {
  if (now < constants.genesis) return 'idle';
  const epoch = (now - constants.genesis) / constants.epochLength;
  const offset = now - constants.genesis - epoch * constants.epochLength;
  const secretFile = `seed-${epoch}.secret`;
  const doneFile = `seed-${epoch}.done`;
  try {
    if (offset < constants.epochLength / 2n) {
      if (existsSync(join(dataDir, secretFile))) return 'idle';
      const secret = toHex(new Uint8Array(randomBytes(32)));
      writeFileDurably(dataDir, secretFile, `${secret}\n`);
      try {
        await commitSeed(client, { registry: constants.registry, secret, bond: constants.seedBond });
      } catch (error) {
        // The registry refused the commit (a REGISTRY_* revert: e.g. not yet active): nothing is committed,
        // so there is nothing to reveal. Any other failure (RPC, timeout) may have committed: reveal then.
        if (isAirtntError(error) && error.code.startsWith('REGISTRY_')) {
          writeFileDurably(dataDir, doneFile, 'commit refused\n');
          log(`seed: commit for epoch ${epoch} refused (${error.code}): nothing to reveal`);
          return 'idle';
        }
        throw error;
      }
      log(`seed: committed for epoch ${epoch}`);
      return 'committed';
    }
    if (!existsSync(join(dataDir, secretFile)) || existsSync(join(dataDir, doneFile))) return 'idle';
    const secret = readFileSync(join(dataDir, secretFile), 'utf8').trim() as Hex;
    await revealSeed(client, { registry: constants.registry, secret });
    writeFileDurably(dataDir, doneFile, 'revealed\n');
    log(`seed: revealed for epoch ${epoch + 1n}`);
    return 'revealed';
  } catch (error) {
    if (!isAirtntError(error)) throw error;
    // A reveal with no matching commitment (the commit was refused: not yet active) will never succeed.
    if (error.code === 'REGISTRY_REVEAL_MISMATCH') writeFileDurably(dataDir, doneFile, 'not committed\n');
    log(`seed: ${error.code} in epoch ${epoch}: ${error.message.split('\n')[0]}`);
    return 'idle';
  }
}
