/**
 * Which chain a data directory belongs to. Two anvil devnets share a chain id and even the channels
 * contract's address, so a chain is told apart by its genesis block hash; and the contract at
 * --channels must be AirtntChannels (its runtime code, immutables aside). The first start records
 * the identity in the data directory (chain.json); later starts refuse another chain, since the
 * channels, payments and keys stored there only mean something on the chain they were made on.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ChainClient } from '../chain/client.js';
import { airtntChannelsBytecode, airtntChannelsDeployedSize } from '../chain/generated/contracts.js';
import type { Hex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

export type ChainIdentity = { chainId: number; genesisHash: Hex; channels: Hex };

const FILE = 'chain.json';

/** Reads the chain's identity and checks that `channels` holds the AirtntChannels code. */
export async function readChainIdentity(client: ChainClient, rpcUrl: string): Promise<ChainIdentity> {
  const channels = client.channels;
  if (channels === undefined) throw new AirtntError('CHANNELS_NOT_SET', 'no channels contract given', { hint: 'pass --channels ADDRESS' });
  let genesis: Hex | null;
  let code: Hex | undefined;
  try {
    genesis = (await client.public.getBlock({ blockNumber: 0n })).hash;
    code = await client.public.getCode({ address: channels });
  } catch (cause) {
    throw new AirtntError('CHAIN_UNREACHABLE', `cannot read the chain at ${rpcUrl}`, {
      details: { rpcUrl },
      hint: 'is the chain running? For development start one with `airtnt devnet` and pass the --rpc-url it prints',
      cause,
    });
  }
  if (genesis === null) throw new AirtntError('CHAIN_UNREACHABLE', `the chain at ${rpcUrl} has no genesis block hash`, { details: { rpcUrl } });
  if (!isChannelsCode(code)) {
    throw new AirtntError('CHANNELS_NOT_DEPLOYED', `no AirtntChannels contract at ${channels} on the chain at ${rpcUrl}`, {
      details: { channels, rpcUrl, codeBytes: code === undefined ? 0 : (code.length - 2) / 2 },
      hint: 'pass the --channels address that `airtnt devnet` (or your deployment) printed for this chain',
    });
  }
  return { chainId: client.chain.id, genesisHash: genesis, channels: channels.toLowerCase() as Hex };
}

/**
 * True when `code` is the AirtntChannels runtime: the tail of the creation code, except the
 * PUSH32 placeholders the constructor fills with immutables (domain separator, chain id).
 */
export function isChannelsCode(code: Hex | undefined): boolean {
  if (code === undefined) return false;
  const template = Buffer.from(airtntChannelsBytecode.slice(2), 'hex').subarray(-airtntChannelsDeployedSize);
  const actual = Buffer.from(code.slice(2), 'hex');
  if (actual.length !== template.length) return false;
  const zero = Buffer.alloc(32);
  for (let i = 0; i < template.length; i++) {
    if (template[i] === 0x7f && template.subarray(i + 1, i + 33).equals(zero)) {
      if (actual[i] !== 0x7f) return false;
      i += 32;
      continue;
    }
    if (actual[i] !== template[i]) return false;
  }
  return true;
}

/** Records the identity on first use of `dataDir`, and refuses a data directory of another chain. */
export function checkDataDirChain(dataDir: string, identity: ChainIdentity): void {
  const path = join(dataDir, FILE);
  if (!existsSync(path)) {
    const temporary = `${path}.tmp`;
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(identity, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
    return;
  }
  let stored: ChainIdentity;
  try {
    stored = JSON.parse(readFileSync(path, 'utf8')) as ChainIdentity;
  } catch (cause) {
    throw new AirtntError('DATA_DIR_CHAIN_UNREADABLE', `cannot read ${path}`, { details: { path }, hint: 'it records which chain this data directory belongs to; restore it from a backup', cause });
  }
  const mismatched = (['genesisHash', 'channels', 'chainId'] as const).filter((key) => String(stored[key]).toLowerCase() !== String(identity[key]).toLowerCase());
  if (mismatched.length > 0) {
    throw new AirtntError('CHAIN_MISMATCH', `the data directory ${dataDir} belongs to another chain (${mismatched.join(', ')} differ)`, {
      details: { dataDir, stored, given: identity },
      hint: 'pass the --rpc-url and --channels of the chain this data directory was used with, or another --data-dir for this chain (a restarted devnet is a new chain)',
    });
  }
}
