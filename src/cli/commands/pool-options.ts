/**
 * The pool flags of `airtnt run life` and `airtnt run wasm` (docs/protocol.md, "The pool"): standbys
 * for the session on the first --executor, how many of them must ack each round, and the AirtntPools
 * contract their pool channel is opened on; turned into RequesterOptions.pool.
 */
import { InvalidArgumentError, type Command } from 'commander';
import type { Address } from 'viem';
import { AirtntError } from '../../util/errors.js';
import { executorUrl } from '../executor-url.js';
import { integer } from '../integer-arg.js';
import { collect } from './policy-options.js';

export type PoolOptions = { standby?: string[]; ackCount?: number; pools?: Address };

export function addPoolOptions(command: Command): Command {
  return command
    .option('--standby <url>', 'run the session on the first --executor as a pool with this standby (repeatable, in failover order): each round is replicated to the standbys before it is paid, and when the executor stops answering the next standby continues without a transaction (needs --pools)', collect(executorUrl))
    .option('--ack-count <n>', 'with --standby: standbys that must hold each round before it is paid (default 1)', integer(0, 7))
    .option('--pools <address>', 'with --standby: the AirtntPools contract the pool channel is opened on (the address the members were started with: `executor start --pools`)', contractAddress);
}

/** RequesterOptions.pool from the flags: undefined without --standby; POOL_CONTRACT_REQUIRED without --pools. */
export function poolOf(options: PoolOptions): { contract: Address; standbys: string[]; ackCount?: number } | undefined {
  const standbys = options.standby ?? [];
  if (standbys.length === 0) {
    if (options.ackCount !== undefined) throw new AirtntError('INVALID_OPTION', '--ack-count is given without --standby', { details: { ackCount: options.ackCount }, hint: 'add --standby URL for each standby, or drop --ack-count' });
    return undefined;
  }
  if (options.pools === undefined) {
    throw new AirtntError('POOL_CONTRACT_REQUIRED', `${standbys.length} standby(s) given without the AirtntPools contract`, {
      details: { standbys },
      hint: 'name the AirtntPools contract (RequesterOptions.pool.contract) the standbys serve',
    });
  }
  return { contract: options.pools, standbys, ...(options.ackCount === undefined ? {} : { ackCount: options.ackCount }) };
}

function contractAddress(value: string): Address {
  if (!/^0x[0-9a-fA-F]{40}$/.test(value)) throw new InvalidArgumentError(`expected the AirtntPools contract address (0x and 40 hex digits), got "${value}"`);
  return value as Address;
}
