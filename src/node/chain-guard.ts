/**
 * Which chain an executor store belongs to. A restarted devnet keeps its chain id, and even the
 * channels contract's address and code, but it is another chain: the channels, payments and keys in
 * the store cannot be collected there, and the collector would fail on every one of them, silently
 * stranding the earnings. So the store records, on first start, the chain id, the genesis (block 0)
 * hash and the hash of the code at the channels address; the executor checks them at start and
 * whenever the RPC may have been switched under it (it failed and answers again, or its head went
 * back), and refuses (CHAIN_REPLACED) on a mismatch, saying what changed.
 * The table is created here, idempotently, in the executor's SQLite file (additive to its schema).
 */
import { keccak256, type Hex } from 'viem';
import type { ChainClient } from '../chain/index.js';
import { toChainError } from '../chain/errors.js';
import { AirtntError } from '../util/errors.js';
import type { SqliteDatabase } from './sqlite.js';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS chain_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    chain_id INTEGER NOT NULL,
    genesis_hash TEXT NOT NULL,
    channels TEXT NOT NULL,
    channels_code_hash TEXT NOT NULL,
    recorded_at INTEGER NOT NULL
  );`;

/** The code hash recorded when the channels address held no code. */
const NO_CODE = 'none';

export type ChainFingerprint = { chainId: number; genesisHash: Hex; channels: Hex; channelsCodeHash: Hex | typeof NO_CODE };

/** Reads the chain id the node reports, its genesis hash and the hash of the code at the channels address. */
export async function readChainFingerprint(chain: ChainClient): Promise<ChainFingerprint> {
  const channels = chain.channels.toLowerCase() as Hex;
  try {
    const [chainId, genesis, code] = await Promise.all([chain.public.getChainId(), chain.public.getBlock({ blockNumber: 0n }), chain.public.getCode({ address: chain.channels })]);
    if (genesis.hash === null) throw new AirtntError('CHAIN_READ_FAILED', 'the chain has no genesis block hash');
    return { chainId, genesisHash: genesis.hash, channels, channelsCodeHash: code === undefined || code === '0x' ? NO_CODE : keccak256(code) };
  } catch (error) {
    throw toChainError(error, 'readChainFingerprint');
  }
}

export class ChainGuard {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly chain: ChainClient,
  ) {
    db.exec(SCHEMA);
  }

  /** The identity recorded on first start, if any. */
  recorded(): ChainFingerprint | undefined {
    const row = this.db.prepare('SELECT chain_id, genesis_hash, channels, channels_code_hash FROM chain_identity WHERE id = 1').get() as
      | { chain_id: number; genesis_hash: string; channels: string; channels_code_hash: string }
      | undefined;
    if (row === undefined) return undefined;
    return { chainId: row.chain_id, genesisHash: row.genesis_hash as Hex, channels: row.channels as Hex, channelsCodeHash: row.channels_code_hash as ChainFingerprint['channelsCodeHash'] };
  }

  /**
   * Records the chain on first use of the store; afterwards throws CHAIN_REPLACED when the chain the
   * RPC serves is not the recorded one.
   */
  async check(): Promise<void> {
    const now = await readChainFingerprint(this.chain);
    const stored = this.recorded();
    if (stored === undefined) {
      this.db
        .prepare('INSERT OR IGNORE INTO chain_identity (id, chain_id, genesis_hash, channels, channels_code_hash, recorded_at) VALUES (1, ?, ?, ?, ?, ?)')
        .run(now.chainId, now.genesisHash, now.channels, now.channelsCodeHash, Date.now());
      return;
    }
    const changed = chainChanges(stored, now);
    if (changed.length === 0) return;
    throw new AirtntError('CHAIN_REPLACED', `the chain at the RPC is not the one this executor store was made on: ${changed.join('; ')}`, {
      details: { changed, stored, now },
      hint: 'the store belongs to another chain, and the payments in it cannot be collected on this one (a restarted devnet is a new chain): connect the executor to the chain the store was made on to collect them, or start it with another data directory for this chain',
    });
  }
}

/** What differs between the recorded chain and the one the RPC serves now, in words. */
export function chainChanges(stored: ChainFingerprint, now: ChainFingerprint): string[] {
  const changed: string[] = [];
  if (stored.chainId !== now.chainId) changed.push(`chain id ${stored.chainId} became ${now.chainId}`);
  if (stored.genesisHash.toLowerCase() !== now.genesisHash.toLowerCase()) changed.push(`genesis block ${stored.genesisHash} became ${now.genesisHash} (the chain was restarted or replaced)`);
  if (stored.channels !== now.channels) changed.push(`channels contract ${stored.channels} became ${now.channels}`);
  else if (stored.channelsCodeHash !== now.channelsCodeHash) {
    changed.push(now.channelsCodeHash === NO_CODE ? `the channels contract ${now.channels} has no code any more` : `the code at the channels contract ${now.channels} changed (hash ${stored.channelsCodeHash} became ${now.channelsCodeHash})`);
  }
  return changed;
}
