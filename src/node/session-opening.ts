/**
 * What a requester sends to open a session, and the machine that then checks the executor's answers:
 * the state sealed to the enclave's HPKE key with the session secret, and the opening signed
 * (src/protocol/session-open.ts) with the cycle schedule and the base amount already signed.
 */
import { zeroAddress } from 'viem';
import { NODE_PRIMITIVES } from '../crypto/node-primitives.js';
import type { OpenMessage } from '../protocol/messages.js';
import { ownersDigest, type OwnerOpening } from '../protocol/owner-opening.js';
import { newRequesterSession, type RequesterSessionState } from '../protocol/requester-session.js';
import { sealSessionOpening } from '../protocol/sealing.js';
import { signSessionOpen } from '../protocol/session-open.js';
import { fromHex } from '../util/bytes.js';
import type { ChannelRow } from './requester-store.js';
import type { SessionContext } from './session-context.js';
import type { VerifiedExecutor } from './verify-executor.js';

export type OpeningInput = {
  executor: VerifiedExecutor;
  channel: ChannelRow;
  /** Cumulative amount already signed on the channel. */
  base: bigint;
  functionMeasurement: Uint8Array;
  firstRound: bigint;
  sessionId: Uint8Array;
  sessionSecret: Uint8Array;
  state: Uint8Array;
  /** Cycles of each round, and of the whole session (the signed schedule). */
  cycles: number;
  sessionCycles: number;
  /** Owners' releases for this session (docs/protocol.md part 2, "Owners in a session opening"): sealed with their digest, sent in `open`. */
  owners?: OwnerOpening | undefined;
  /**
   * The executor's session link is version 4 or more: its enclave opens an opening that says the requester
   * decodes bit diffs (sealing.ts, info v2). Not with owners: a recipient may decode the results.
   */
  decodesBitDiff?: boolean;
};

/** Seals and signs the opening; returns the `open` message and the session machine for it. */
export async function prepareOpening(chain: SessionContext['chain'], input: OpeningInput): Promise<{ message: OpenMessage; machine: RequesterSessionState }> {
  const { executor, channel, base, functionMeasurement, firstRound, sessionId, cycles, sessionCycles } = input;
  const rate = executor.pricePerCycle;
  const sealedSession = sealSessionOpening({
    enclaveHpkePublicKey: executor.info.enclave.hpkePublicKey,
    sessionId,
    channelId: fromHex(channel.channelId, 32, 'channelId'),
    functionMeasurement,
    firstRound,
    sessionSecret: input.sessionSecret,
    state: input.state,
    ...(input.owners === undefined ? { decodesBitDiff: input.decodesBitDiff === true } : { ownersDigest: ownersDigest(input.owners) }),
    primitives: NODE_PRIMITIVES,
  });
  const signature = await signSessionOpen(chain.account, chain.domain, {
    executor: executor.info.executor,
    token: channel.token,
    lane: channel.lane,
    sessionId,
    functionMeasurement,
    sealedSession,
    firstRound,
    rate,
    base,
    roundCycles: cycles,
    sessionCycles,
  });
  const machine = newRequesterSession({
    sessionId,
    channelId: channel.channelId,
    functionMeasurement,
    enclavePublicKey: executor.info.enclave.signingPublicKey,
    runtimeMeasurement: executor.info.enclave.runtimeMeasurement,
    insecure: executor.info.insecure,
    rate,
    base,
    firstRound,
    cycles: Math.min(cycles, sessionCycles),
    // Never sign more than the channel holds, whatever work a round claims (pricing by work).
    maxAmount: channel.deposit,
  });
  const message: OpenMessage = {
    kind: 'open',
    token: channel.token === zeroAddress ? undefined : channel.token,
    lane: channel.lane,
    functionMeasurement,
    sessionId,
    sealedSession,
    firstRound,
    rate,
    base,
    cycles,
    sessionCycles,
    signature,
    ...(input.owners === undefined ? {} : { owners: input.owners }),
  };
  return { message, machine };
}
