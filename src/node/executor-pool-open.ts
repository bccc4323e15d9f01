/**
 * The executor's side of a pool session's `open` (docs/protocol.md, "Opening a pool session"): the
 * same order of checks as a single executor's (executor-session-open.ts), against the pool's channel
 * on AirtntPools (its executor is the pool address recomputed from the payees), with this node's
 * account at the member index the section names. Nothing is stored in executor.sqlite: a pool
 * session's channel, rounds and payments live in pool.sqlite (pool-store.ts), which the pool
 * collector (pool-collector.ts) collects from; the channel collector never sees a PoolPayment.
 */
import { isAddressEqual, zeroAddress, type Address, type Hex } from 'viem';
import { chainNow, readChannel, readMemberCollected, type ChainClient } from '../chain/index.js';
import { checkOpenTerms, checkSessionOpening, newExecutorSession, type ExecutorSessionState } from '../protocol/executor-session.js';
import type { OpenMessage } from '../protocol/messages.js';
import { decodePoolOpeningSection, type PoolTerms } from '../protocol/pool-opening.js';
import type { PoolOpening } from '../protocol/pool-rules.js';
import { poolAddress, poolAllocation } from '../protocol/pool-signatures.js';
import { toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import type { ConnectionContext } from './executor-connection.js';
import { SessionClock } from './executor-deadlines.js';
import type { SessionClaims } from './executor-session-open.js';
import { hexToBytes32, openingSigner } from './executor-frames.js';
import type { PoolStore } from './pool-store.js';
import type { EnclavePool } from '../enclave/index.js';
import { checkStandbys, type StandbyCheckOptions } from './pool-standby-check.js';

/** What an executor node needs to serve pool sessions (off unless the node is given the AirtntPools contract). */
export type ExecutorPoolContext = {
  /** This node's chain client pointed at AirtntPools (withChannels). */
  chain: ChainClient;
  store: PoolStore;
  /** The enclave's pool calls (pool key, replicas, key release, view change). */
  enclave: EnclavePool;
  /** Closes the pool links that carry this session's frames (its session on this member ended). */
  endPoolLinks?(sessionId: Uint8Array): void;
  /** How long the executor waits for its standbys' acks of a round (default pool-replicator.ts). */
  ackTimeoutMs?: number;
  /** How the other members' attestation is checked before this node, as view-0 executor, seals the pool key to them (pool-standby-check.ts). */
  standbyCheck?: StandbyCheckOptions;
};

export type AcceptedPoolOpening = {
  state: ExecutorSessionState;
  sessionId: Uint8Array;
  clock: SessionClock;
  pool: PoolOpening;
  terms: PoolTerms;
  poolAddress: Address;
};

/** Checks a pool `open` and claims its session id and channel in `claims` (released by the connection). */
export async function checkPoolOpening(ctx: ConnectionContext, pooled: ExecutorPoolContext, open: OpenMessage, claims: SessionClaims): Promise<AcceptedPoolOpening> {
  const sessionId = toHex(open.sessionId);
  if (ctx.activeSessions.has(sessionId)) throw new AirtntError('SESSION_EXISTS', 'this session id is in use', { hint: 'draw a fresh random session id' });
  ctx.activeSessions.add(sessionId);
  claims.session = sessionId;
  if (open.owners !== undefined) throw new AirtntError('POOL_OPENING_MALFORMED', 'a pool session has no code or data owners');
  const { pool, terms } = decodePoolOpeningSection(open.pool!.section);
  const self = ctx.chain.account.address;
  const payees = pool.members.map((member) => member.payee);
  if (!isAddressEqual(payees[pool.index]!, self)) {
    throw new AirtntError('POOL_MEMBERS_INVALID', `member ${pool.index} of the pool is ${payees[pool.index]}, not this executor (${self})`, { details: { index: pool.index, self } });
  }
  const domain = pooled.chain.domain;
  if (terms.domain.chainId !== domain.chainId || !isAddressEqual(terms.domain.verifyingContract, domain.verifyingContract)) {
    throw new AirtntError('POOL_MEMBERS_INVALID', `the pool's payments are signed for chain ${terms.domain.chainId} and contract ${terms.domain.verifyingContract}, this executor's pools are on chain ${domain.chainId} at ${domain.verifyingContract}`, {
      details: { terms: terms.domain, pools: domain },
    });
  }
  // A pool session starts on the members' fresh amounts (base 0): no earlier session's payments to carry.
  if (open.base !== 0n) throw new AirtntError('SESSION_BASE_TOO_HIGH', `a pool session starts from base 0, not ${open.base}`, { details: { base: open.base } });
  const executor = poolAddress(payees);
  const token = open.token ?? zeroAddress;
  const schedule = { roundCycles: open.cycles, sessionCycles: open.sessionCycles };
  checkOpenTerms({ token, rate: open.rate, schedule, firstRound: open.firstRound }, ctx.policy);
  if (open.rate !== terms.rate) throw new AirtntError('POOL_MEMBERS_INVALID', `the opening's rate ${open.rate} is not the sealed terms' rate ${terms.rate}`, { details: { rate: open.rate, sealed: terms.rate } });
  await ctx.modules?.checkOpen(open.functionMeasurement);
  const requester = await openingSigner(domain, executor, token, open);
  if (!isAddressEqual(requester, terms.requester)) {
    throw new AirtntError('SESSION_OPEN_NOT_REQUESTER', `the opening is signed by ${requester}, the pool's payments by ${terms.requester}`, { details: { signer: requester, requester: terms.requester } });
  }
  const ref = { requester, executor, token, lane: open.lane };
  const [onChain, nowSeconds] = await Promise.all([readChannel(pooled.chain, ref), chainNow(pooled.chain)]);
  // This member's own share of the deposit is all it can collect (AirtntPools bounds each member by it):
  // every round it runs, as executor of view 0 or after a view change, must fit in that share.
  // Amounts are cumulative per (channel, member): this member's floor on the channel is the highest
  // payment it holds there (any earlier session, pool.sqlite) or collected on chain, whichever is
  // higher. A session starting from base 0 below it would be worked for amounts already held, so
  // it is refused (SESSION_BASE_TOO_LOW, as for a single executor).
  const memberCollected = onChain.isOpen ? await readMemberCollected(pooled.chain, onChain.channelId, self) : 0n;
  const channel = { ...onChain, collected: memberCollected, deposit: poolAllocation(onChain.deposit, payees.length) };
  const clock = new SessionClock(nowSeconds, ctx.deadlines);
  // One unpaid round per channel, as for a single executor: a round of an earlier session on this
  // channel whose result left unpaid refuses the next opening (CHANNEL_HAS_UNPAID_ROUND).
  const unpaidRound = unpaidOwnRoundOnChannel(pooled.store, channel.channelId, ctx.activeSessions);
  checkSessionOpening({ channel, knownSigned: pooled.store.heldOnChannel(channel.channelId), unpaidRound, signer: requester, requester, token, rate: open.rate, base: 0n, schedule, firstRound: open.firstRound, nowSeconds, policy: ctx.policy });
  if (ctx.activeChannels.has(channel.channelId)) throw new AirtntError('CHANNEL_BUSY', 'another session is running on this channel', { hint: 'one channel serves one session at a time; use another lane' });
  ctx.activeChannels.add(channel.channelId);
  claims.channel = channel.channelId;
  // The view-0 executor's enclave seals the pool key (so every round's key and state) to the other
  // members, whose keys the requester names: each must be an attested enclave holding exactly those keys.
  if (pool.index === 0) {
    const standbys = new Map((open.pool!.standbys).map(({ index, url }) => [index, url]));
    await checkStandbys({ self: ctx.enclave.identity(), selfIndex: 0, members: pool.members, standbys, ...(pooled.standbyCheck === undefined ? {} : { options: pooled.standbyCheck }) });
  }
  // What this member's pool collector needs to collect its PoolPayments here, durable before any round runs.
  pooled.store.storeChannel({ channelId: channel.channelId, requester, token, lane: open.lane, members: payees, expiry: onChain.expiry, allocation: channel.deposit });
  const state = newExecutorSession({ sessionId, channel, requester, rate: open.rate, base: 0n, firstRound: open.firstRound, schedule });
  return { state, sessionId: open.sessionId, clock, pool, terms, poolAddress: executor };
}

/** Opens the accepted pool session in the enclave (which checks the section against its sealed copy). */
export async function openPoolInEnclave(ctx: ConnectionContext, opening: AcceptedPoolOpening, open: OpenMessage): Promise<void> {
  await ctx.enclave.openSession({
    sessionId: opening.sessionId,
    channelId: hexToBytes32(opening.state.channelId),
    functionMeasurement: open.functionMeasurement,
    sealedSession: open.sealedSession,
    firstRound: open.firstRound,
    poolSection: open.pool!.section,
  });
  ctx.log(`pool session ${opening.state.sessionId.slice(0, 10)} opened as member ${opening.pool.index} of ${opening.pool.members.length} (pool ${opening.poolAddress}) by ${opening.state.requester}`);
}

/** This member's floor on a pool channel: the highest payment to it held in pool.sqlite or collected on chain. */
export async function memberFloor(pooled: ExecutorPoolContext, channelId: Hex, self: Address): Promise<bigint> {
  const held = pooled.store.heldOnChannel(channelId);
  const collected = await readMemberCollected(pooled.chain, channelId, self);
  return held > collected ? held : collected;
}

/**
 * This member's newest own round on `channelId` with a key and no payment, leaving out sessions live
 * in this process (their round awaits its payment on the session link; CHANNEL_BUSY covers them).
 */
export function unpaidOwnRoundOnChannel(store: PoolStore, channelId: Hex, live: ReadonlySet<string>): { sessionId: Hex; round: bigint } | undefined {
  const rows = store.db
    .prepare('SELECT session_id, round FROM pool_own_rounds WHERE lower(channel_id) = ? AND amount IS NULL ORDER BY rowid DESC LIMIT ?')
    .all(channelId.toLowerCase(), live.size + 1) as { session_id: Hex; round: number }[];
  const row = rows.find((r) => !live.has(r.session_id));
  return row === undefined ? undefined : { sessionId: row.session_id, round: BigInt(row.round) };
}
