/**
 * The executor's side of a session opening: the `open` message's terms, its signer, the channel read
 * from the chain, and the claims on the session id and the channel. Any refusal of a signed opening is
 * recorded before it is thrown: the same opening may be replayed later, when it would pass, and run a
 * round that nobody pays. Once every check passed, the session is stored and opened in the enclave.
 */
import { zeroAddress, type Address, type Hex } from 'viem';
import { readChannel, chainNow } from '../chain/index.js';
import { checkOpenTerms, checkSessionOpening, newExecutorSession, type ExecutorSessionState } from '../protocol/executor-session.js';
import type { OpenMessage } from '../protocol/messages.js';
import { checkOwnersChain } from '../protocol/owner-opening.js';
import { isRequesterRecipient } from '../protocol/release.js';
import { fromHex, toHex } from '../util/bytes.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import type { ConnectionContext } from './executor-connection.js';
import { SessionClock } from './executor-deadlines.js';
import { emit } from './executor-events.js';
import { hexToBytes32, openingSigner } from './executor-frames.js';

function ownsCode(open: OpenMessage): boolean {
  return open.owners?.releases.some((release) => release.role === 'code') === true;
}

/**
 * Refusals of an `open` that no later state of the channel can turn into a pass. (Not
 * CHANNEL_HAS_UNPAID_ROUND: a live session's round is unpaid only until it is paid.)
 */
const REFUSED_FOR_GOOD: ReadonlySet<string> = new Set(['SESSION_OPEN_NOT_REQUESTER', 'SESSION_EXISTS']);

/**
 * The session id and channel a connection holds: claimed as they are checked (with no await between
 * the check and the claim), released only once the connection has settled.
 */
export class SessionClaims {
  session: Hex | undefined;
  channel: Hex | undefined;

  release(ctx: Pick<ConnectionContext, 'activeChannels' | 'activeSessions'>): void {
    if (this.channel !== undefined) ctx.activeChannels.delete(this.channel);
    if (this.session !== undefined) ctx.activeSessions.delete(this.session);
  }
}

/** An opening that passed every check: the new session, its clock and its token. */
export type AcceptedOpening = {
  state: ExecutorSessionState;
  /** The session id as the wire and the enclave carry it (state.sessionId is its hex, for the store). */
  sessionId: Uint8Array;
  clock: SessionClock;
  token: Address;
  lane: bigint;
  /**
   * Results go to a recipient the owners named, not the requester, or the input is a data owner's data
   * (the requester holds it only as ciphertext): each result carries its input commitment.
   */
  namedRecipient: boolean;
};

/**
 * Checks an `open` (terms, signature, channel on-chain, collect deadline) and claims its session id
 * and channel in `claims`. Throws the refusal, recorded in the store unless it can never change.
 */
export async function checkOpening(ctx: ConnectionContext, open: OpenMessage, claims: SessionClaims): Promise<AcceptedOpening> {
  const sessionId = toHex(open.sessionId);
  if (ctx.activeSessions.has(sessionId) || ctx.store.hasSession(sessionId) || ctx.store.wasRefused(sessionId)) {
    throw new AirtntError('SESSION_EXISTS', 'this session id was used before', { hint: 'draw a fresh random session id' });
  }
  // Claimed before the first await, so two openings with one session id cannot both pass.
  ctx.activeSessions.add(sessionId);
  claims.session = sessionId;
  const executor = ctx.chain.account.address;
  const token = open.token ?? zeroAddress;
  const schedule = { roundCycles: open.cycles, sessionCycles: open.sessionCycles };
  // Until the session is stored, any refusal is recorded first: the signed opening may be replayed
  // later, when it would pass, and run a round that nobody pays (an unpaid-round mark on the channel).
  let signed = false;
  try {
    // Token, rate and cycles first: junk openings are refused before any signature recovery or RPC.
    checkOpenTerms({ token, rate: open.rate, schedule, firstRound: open.firstRound }, ctx.policy);
    // The owners' chain is the requester's word: refused here already when it is not this executor's (the enclave checks it too).
    if (open.owners !== undefined) checkOwnersChain(open.owners, { chainId: BigInt(ctx.chain.chain.id), channels: fromHex(ctx.chain.channels, 20, 'channels') });
    // The function first: a module the enclave does not hold is asked for before any signature or RPC.
    // A code owner's module comes with the opening (encrypted, for this session only): accepted, not held.
    if (ownsCode(open)) ctx.modules?.checkAccepts(open.functionMeasurement);
    else await ctx.modules?.checkOpen(open.functionMeasurement);
    // The signer is the requester: the channel looked up is (signer, this executor, token, lane).
    const requester = await openingSigner(ctx.chain.domain, executor, token, open);
    const ref = { requester, executor, token, lane: open.lane };
    const [channel, nowSeconds] = await Promise.all([readChannel(ctx.chain, ref), chainNow(ctx.chain)]);
    // The signer holds a funded channel here: its refusal is kept for good (others up to a cap).
    signed = channel.deposit > 0n;
    const clock = new SessionClock(nowSeconds, ctx.deadlines);
    checkSessionOpening({
      channel,
      knownSigned: ctx.store.latestPayment(channel.channelId)?.amount ?? 0n,
      unpaidRound: ctx.store.unpaidRound(channel.channelId),
      signer: requester,
      requester,
      token,
      rate: open.rate,
      base: open.base,
      schedule,
      firstRound: open.firstRound,
      nowSeconds,
      policy: ctx.policy,
    });
    clock.checkCollectable(channel.expiry, nowSeconds);
    // Checked and claimed with no await in between, so two openings cannot both pass.
    if (ctx.activeChannels.has(channel.channelId)) {
      throw new AirtntError('CHANNEL_BUSY', 'another session is running on this channel', {
        hint: 'one channel serves one session at a time; use another lane',
      });
    }
    ctx.activeChannels.add(channel.channelId);
    claims.channel = channel.channelId;
    const state = newExecutorSession({ sessionId, channel, requester, rate: open.rate, base: open.base, firstRound: open.firstRound, schedule });
    return { state, sessionId: open.sessionId, clock, token, lane: open.lane, namedRecipient: open.owners !== undefined && (!isRequesterRecipient(open.owners.recipient) || open.owners.releases.some((release) => release.role === 'data')) };
  } catch (error) {
    const code = isAirtntError(error) ? error.code : 'INTERNAL_ERROR';
    // An opening refused for a reason that can never change passes no later either: nothing to remember.
    if (!REFUSED_FOR_GOOD.has(code)) ctx.store.recordRefusal(sessionId, signed, code, Date.now());
    throw error;
  }
}

/** Stores an accepted session (committed before anything else happens to it) and opens it in the enclave (which unseals the requester's state). */
export async function startOpenedSession(ctx: ConnectionContext, opening: AcceptedOpening, open: OpenMessage): Promise<void> {
  const { state } = opening;
  const step = { sessionId: state.sessionId, round: open.firstRound };
  ctx.faults.reached('session-storing', step);
  const row = { sessionId: state.sessionId, channelId: state.channelId, requester: state.requester, token: opening.token, lane: opening.lane, rate: open.rate, base: open.base, firstRound: open.firstRound };
  const now = Date.now();
  // In the group commit with the rounds and payments of other sessions (one fsync for all that wait).
  await ctx.store.group.commit(() => ctx.store.insertSession(row, state.expiry, now));
  ctx.faults.reached('session-stored', step);
  await ctx.enclave.openSession({
    sessionId: opening.sessionId,
    channelId: hexToBytes32(state.channelId),
    functionMeasurement: open.functionMeasurement,
    sealedSession: open.sealedSession,
    firstRound: open.firstRound,
    ...(open.owners === undefined ? {} : { owners: open.owners }),
  });
  emit(ctx.events, 'sessionOpened', state.sessionId);
  ctx.log(`session ${state.sessionId.slice(0, 10)} opened on channel ${state.channelId.slice(0, 10)} by ${state.requester}`);
}
