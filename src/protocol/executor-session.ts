/**
 * The executor's per-session state machine (pure: the node passes in chain reads, the clock and
 * recovered signers). It enforces the rules that protect the executor (paper section 5.3,
 * theorem 5.3): the channel can pay for the cycles asked before a round starts, no round starts
 * while the previous one is unpaid, and a payment is accepted only for exactly what is owed.
 */
import type { Address, Hex } from 'viem';
import { AirtntError } from '../util/errors.js';

/** What the executor requires of a channel before and during a session. */
export type ChannelPolicy = {
  /** The channel must stay open at least this long after a round starts (seconds of chain time). */
  minRemainingSeconds: bigint;
  maxCyclesPerRound: number;
  /** The lowest price per cycle accepted. */
  pricePerCycle: bigint;
};

/** The on-chain channel as read by the node (src/chain readChannel). */
export type ChannelView = {
  channelId: Hex;
  deposit: bigint;
  collected: bigint;
  expiry: bigint;
  isOpen: boolean;
};

export type ExecutorSessionState = {
  sessionId: Hex;
  channelId: Hex;
  requester: Address;
  rate: bigint;
  deposit: bigint;
  expiry: bigint;
  /** Cumulative amount signed on the channel so far (base, then each payment of this session). */
  paid: bigint;
  nextRound: bigint;
  phase: 'ready' | 'running' | 'awaiting-payment';
  /** The round that ran and is not paid yet (phase awaiting-payment). */
  unpaid?: { round: bigint; cyclesDone: number; keyHash: Hex; amountDue: bigint };
};

export type OpenCheckInput = {
  channel: ChannelView;
  /** The highest amount this executor already holds a signature for on this channel (0 if none). */
  knownSigned: bigint;
  signer: Address;
  requester: Address;
  rate: bigint;
  base: bigint;
  cycles: number;
  nowSeconds: bigint;
  policy: ChannelPolicy;
};

/** Checks an `open` against the channel on-chain and the executor's own records. */
export function checkSessionOpening(input: OpenCheckInput): void {
  const { channel, policy } = input;
  if (input.signer.toLowerCase() !== input.requester.toLowerCase()) {
    throw new AirtntError('SESSION_OPEN_NOT_REQUESTER', 'the session opening is not signed by the channel\'s requester', {
      details: { signer: input.signer, requester: input.requester },
    });
  }
  if (!channel.isOpen) {
    throw new AirtntError('CHANNEL_NOT_OPEN', 'no open channel from this requester to this executor on that lane', {
      details: { channelId: channel.channelId },
      hint: 'open a channel to this executor\'s address first',
    });
  }
  if (input.rate < policy.pricePerCycle) {
    throw new AirtntError('RATE_TOO_LOW', 'the rate offered is below this executor\'s price per cycle', {
      details: { rate: input.rate, price: policy.pricePerCycle },
    });
  }
  const floor = input.knownSigned > channel.collected ? input.knownSigned : channel.collected;
  if (input.base < floor) {
    throw new AirtntError('SESSION_BASE_TOO_LOW', 'the session base is below what was already signed on this channel', {
      details: { base: input.base, alreadySigned: floor },
      hint: 'start from the highest cumulative amount signed on this channel',
    });
  }
  if (input.base > channel.deposit) {
    throw new AirtntError('SESSION_BASE_TOO_HIGH', 'the session base exceeds the channel deposit', {
      details: { base: input.base, deposit: channel.deposit },
    });
  }
  checkRoundAffordable(
    { deposit: channel.deposit, expiry: channel.expiry, paid: input.base, rate: input.rate },
    input.cycles,
    input.nowSeconds,
    policy,
  );
}

export function newExecutorSession(init: {
  sessionId: Hex;
  channel: ChannelView;
  requester: Address;
  rate: bigint;
  base: bigint;
  firstRound: bigint;
}): ExecutorSessionState {
  return {
    sessionId: init.sessionId,
    channelId: init.channel.channelId,
    requester: init.requester,
    rate: init.rate,
    deposit: init.channel.deposit,
    expiry: init.channel.expiry,
    paid: init.base,
    nextRound: init.firstRound,
    phase: 'ready',
  };
}

function checkRoundAffordable(
  s: { deposit: bigint; expiry: bigint; paid: bigint; rate: bigint },
  cycles: number,
  nowSeconds: bigint,
  policy: ChannelPolicy,
): void {
  if (!Number.isInteger(cycles) || cycles < 1 || cycles > policy.maxCyclesPerRound) {
    throw new AirtntError('ROUND_CYCLES_OUT_OF_RANGE', `a round asks 1..${policy.maxCyclesPerRound} cycles`, {
      details: { cycles },
    });
  }
  const cost = s.rate * BigInt(cycles);
  if (s.deposit - s.paid < cost) {
    throw new AirtntError('CHANNEL_DEPOSIT_TOO_LOW', 'the channel cannot pay for the cycles asked', {
      details: { deposit: s.deposit, alreadySigned: s.paid, needed: cost },
      hint: 'top up the channel or ask fewer cycles',
    });
  }
  if (s.expiry < nowSeconds + policy.minRemainingSeconds) {
    throw new AirtntError('CHANNEL_EXPIRES_TOO_SOON', 'the channel expires too soon for this executor to collect safely', {
      details: { expiry: s.expiry, now: nowSeconds, minRemainingSeconds: policy.minRemainingSeconds },
      hint: 'extend the channel',
    });
  }
}

/** Starts the next round; refused while the previous one is unpaid. */
export function startRound(
  state: ExecutorSessionState,
  cycles: number,
  nowSeconds: bigint,
  policy: ChannelPolicy,
): { state: ExecutorSessionState; round: bigint } {
  if (state.phase !== 'ready') {
    throw new AirtntError('ROUND_UNPAID', 'a round cannot start before the previous one is paid', {
      details: { phase: state.phase, round: state.nextRound },
    });
  }
  checkRoundAffordable(state, cycles, nowSeconds, policy);
  return { state: { ...state, phase: 'running' }, round: state.nextRound };
}

/** The enclave finished the round: its key is owed nothing until it is paid. */
export function finishRound(
  state: ExecutorSessionState,
  result: { round: bigint; cyclesDone: number; keyHash: Hex },
): ExecutorSessionState {
  if (state.phase !== 'running' || result.round !== state.nextRound) {
    throw new AirtntError('ROUND_NOT_RUNNING', 'no such round is running', {
      details: { phase: state.phase, round: result.round, expected: state.nextRound },
    });
  }
  const amountDue = state.paid + state.rate * BigInt(result.cyclesDone);
  return { ...state, phase: 'awaiting-payment', unpaid: { ...result, amountDue } };
}

/** The exact terms the requester must sign for the unpaid round. */
export function expectedPayment(state: ExecutorSessionState): { channelId: Hex; amount: bigint; keyHash: Hex } {
  if (state.phase !== 'awaiting-payment' || state.unpaid === undefined) {
    throw new AirtntError('PAYMENT_UNEXPECTED', 'no round is waiting for payment', { details: { phase: state.phase } });
  }
  return { channelId: state.channelId, amount: state.unpaid.amountDue, keyHash: state.unpaid.keyHash };
}

/**
 * Checks a payment update: the amount is exactly what is owed, and `signer` (recovered from the
 * signature over the expected channelId, amount and keyHash) is the channel's requester. A signature
 * over another channel or key hash recovers to some other address, so it fails here too.
 */
export function checkPayment(state: ExecutorSessionState, amount: bigint, signer: Address | undefined): void {
  const expected = expectedPayment(state);
  if (amount !== expected.amount) {
    const code = amount < expected.amount ? 'PAYMENT_AMOUNT_TOO_LOW' : 'PAYMENT_AMOUNT_WRONG';
    throw new AirtntError(code, 'the payment amount is not the cumulative amount owed for this round', {
      details: { amount, expected: expected.amount, previous: state.paid },
    });
  }
  if (signer === undefined || signer.toLowerCase() !== state.requester.toLowerCase()) {
    throw new AirtntError('PAYMENT_BAD_SIGNATURE', 'the payment is not signed by the channel\'s requester for this channel, amount and key hash', {
      details: { signer: signer ?? null, requester: state.requester, channelId: expected.channelId, keyHash: expected.keyHash },
    });
  }
}

/** The payment was stored durably: the round is paid and the next one may start. */
export function acceptPayment(state: ExecutorSessionState): ExecutorSessionState {
  const expected = expectedPayment(state);
  return { ...state, phase: 'ready', paid: expected.amount, nextRound: state.nextRound + 1n, unpaid: undefined };
}
