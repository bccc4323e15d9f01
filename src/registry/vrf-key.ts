/**
 * A node's ECVRF secret key, kept in its data directory (file `vrf.key`, 0x + 64 hex digits, mode 0600).
 * The VRF key is fixed while the node is registered (the registry refuses re-keying), so losing it
 * means the node can no longer prove its selections: it is written to a temporary file, fsynced,
 * renamed into place and the directory fsynced before the join that registers its public key is sent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { prove, vrfPublicKey } from '../vrf/ecvrf.js';
import { writeFileDurably } from './durable-file.js';

export const VRF_KEY_FILE = 'vrf.key';

export type VrfKey = { secretKey: Uint8Array; publicKey: Uint8Array };

/** The data directory's VRF key, or undefined when it has none. */
export function readVrfKey(dataDir: string): VrfKey | undefined {
  const path = join(dataDir, VRF_KEY_FILE);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8').trim();
  if (!/^0x[0-9a-f]{64}$/i.test(text)) {
    throw new AirtntError('VRF_KEY_FILE_MALFORMED', `the VRF key file ${path} does not hold 0x and 64 hex digits`, {
      details: { path, length: text.length },
      hint: 'restore the file from a backup: the registry fixes the VRF public key for the whole registration',
    });
  }
  const secretKey = fromHex(text, 32, 'vrfKey');
  return { secretKey, publicKey: vrfPublicKey(secretKey) };
}

/** The data directory's VRF key, created (durably) when it has none. */
export function loadOrCreateVrfKey(dataDir: string): VrfKey {
  const existing = readVrfKey(dataDir);
  if (existing !== undefined) return existing;
  const secretKey = new Uint8Array(randomBytes(32));
  writeFileDurably(dataDir, VRF_KEY_FILE, `${toHex(secretKey)}\n`);
  return { secretKey, publicKey: vrfPublicKey(secretKey) };
}

/**
 * What a node serves at GET /v1/vrf/<alpha>: its public key and its proof on `alpha` (32 bytes: a task
 * or case seed). The key file is read on first use, so a key created by `executor join` while the node
 * runs is picked up.
 */
export function vrfProverOf(dataDir: string): (alpha: Uint8Array) => { publicKey: Uint8Array; proof: Uint8Array } | undefined {
  let key: VrfKey | undefined;
  return (alpha) => {
    key ??= readVrfKey(dataDir);
    if (key === undefined) return undefined;
    return { publicKey: key.publicKey, proof: prove(key.secretKey, alpha) };
  };
}
