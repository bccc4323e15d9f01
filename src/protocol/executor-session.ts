/**
 * The executor's per-session state machine (pure: the node passes in chain reads, the clock and
 * recovered signers). It enforces the rules that protect the executor (paper section 5.3,
 * theorem 5.3): the channel can pay for the cycles asked before a round starts, no round starts
 * while the previous one is unpaid, and a payment is accepted only for exactly what is owed.
 */
import { zeroAddress, type Address, type Hex } from 'viem';
import { AirtntError } from '../util/errors.js';
import { WIRE_LIMITS } from './messages.js';
import { affordableWork, roundPrice } from './pricing.js';

/** What the executor requires of a channel before and during a session. */
export type ChannelPolicy = {
  /** The channel must stay open at least this long after a round starts (seconds of chain time). */
  minRemainingSeconds: bigint;
  maxCyclesPerRound: number;
  /** The lowest price per cycle accepted, in wei (ETH channels). */
  pricePerCycle: bigint;
  /**
   * The tokens accepted and the lowest price per cycle of each, keyed by lowercase address (the zero
   * address is ETH). Absent: ETH only, at `pricePerCycle`. Any token can be minted by someone, so
   * only tokens the executor chose are worth working for.
   */
  acceptedTokens?: ReadonlyMap<string, bigint>;
  /**
   * The smallest channel deposit accepted (default 0: none). Below it, collecting (tens of thousands
   * of gas) could cost the executor more than the channel can ever pay it.
   */
  minDeposit?: bigint;
  /**
   * The longest a channel may still run at its opening (seconds of chain time; default: no limit). An
   * executor that serves a registry sets its MAX_CHANNEL_DURATION: the registry's unbonding delay
   * outlasts only channels that short, so every channel the executor served ends, and its misbehaviour
   * can be reported, while its stake is still slashable.
   */
  maxChannelSeconds?: bigint;
};

/** The lowest price per cycle for channels in `token`, or undefined when the token is not accepted. */
export function priceForToken(policy: ChannelPolicy, token: Address): bigint | undefined {
  const key = token.toLowerCase();
  if (policy.acceptedTokens !== undefined) return policy.acceptedTokens.get(key);
  return key === zeroAddress ? policy.pricePerCycle : undefined;
}

/** The signed cycle schedule of a session: each round asks min(roundCycles, what is left of sessionCycles). */
export type CycleSchedule = { roundCycles: number; sessionCycles: number };

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
  /** Cycles of each round and what is left of the session's signed total (see nextRoundCycles). */
  roundCycles: number;
  sessionCyclesLeft: number;
  phase: 'ready' | 'running' | 'awaiting-payment';
  /** The round that ran and is not paid yet (phase awaiting-payment). */
  unpaid?: { round: bigint; cyclesDone: number; workUnits: number; keyHash: Hex; amountDue: bigint };
};

/** What an `open` asks, checkable before any signature recovery or chain read. */
export type OpenTerms = { token: Address; rate: bigint; schedule: CycleSchedule; firstRound: bigint };

export type OpenCheckInput = OpenTerms & {
  channel: ChannelView;
  /** The highest amount this executor already holds a signature for on this channel (0 if none). */
  knownSigned: bigint;
  /** A round that ran on this channel and was never paid (the executor's store), if any. */
  unpaidRound: { sessionId: Hex; round: bigint } | undefined;
  signer: Address;
  requester: Address;
  base: bigint;
  nowSeconds: bigint;
  policy: ChannelPolicy;
};

/**
 * The cheap checks of an `open`: token, rate and cycles against the policy. The node runs them
 * before recovering the signature or reading the chain, so junk openings cost it nothing.
 */
export function checkOpenTerms(terms: OpenTerms, policy: ChannelPolicy): void {
  const price = priceForToken(policy, terms.token);
  if (price === undefined) {
    throw new AirtntError('TOKEN_NOT_ACCEPTED', 'this executor does not accept payment in that token', {
      details: { token: terms.token, accepted: [...(policy.acceptedTokens?.keys() ?? [zeroAddress])] },
      hint: 'open a channel in one of the tokens listed in the executor\'s /v1/info',
    });
  }
  // A rate of 0 would make every round free (and its amount equal the previous one), whatever the price.
  if (terms.rate < price || terms.rate < 1n) {
    throw new AirtntError('RATE_TOO_LOW', 'the rate offered is below this executor\'s price per cycle', {
      details: { rate: terms.rate, price: price > 1n ? price : 1n, token: terms.token },
      hint: 'every round is paid: the rate is at least 1 base unit per cycle',
    });
  }
  const { roundCycles, sessionCycles } = terms.schedule;
  if (!Number.isSafeInteger(sessionCycles) || sessionCycles < 1) {
    throw new AirtntError('SESSION_CYCLES_OUT_OF_RANGE', 'a session asks at least one cycle', { details: { sessionCycles } });
  }
  checkCycles(Math.min(roundCycles, sessionCycles), policy);
  if (terms.firstRound > BigInt(WIRE_LIMITS.maxRound)) {
    throw new AirtntError('ROUND_OUT_OF_RANGE', 'round numbers stop at 2^53 - 1', { details: { round: terms.firstRound } });
  }
}

/** Checks an `open` against the channel on-chain and the executor's own records. */
export function checkSessionOpening(input: OpenCheckInput): void {
  const { channel, policy } = input;
  checkOpenTerms(input, policy);
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
  if (input.unpaidRound !== undefined) {
    throw new AirtntError('CHANNEL_HAS_UNPAID_ROUND', 'a round that ran on this channel was never paid', {
      details: { channelId: channel.channelId, sessionId: input.unpaidRound.sessionId, round: input.unpaidRound.round },
      hint: 'a channel gets at most one unpaid round from this executor: open a channel on another lane',
    });
  }
  const minDeposit = policy.minDeposit ?? 0n;
  if (channel.deposit < minDeposit) {
    throw new AirtntError('CHANNEL_DEPOSIT_BELOW_MINIMUM', 'the channel deposit is below this executor\'s minimum', {
      details: { deposit: channel.deposit, minDeposit },
      hint: 'top up the channel to at least the minDeposit in the executor\'s /v1/info',
    });
  }
  const floor = input.knownSigned > channel.collected ? input.knownSigned : channel.collected;
  if (input.base < floor) {
    throw new AirtntError('SESSION_BASE_TOO_LOW', `the session base ${input.base} is below the ${floor} already signed on this channel (collected on chain: ${channel.collected})`, {
      details: { base: input.base, alreadySigned: floor, collected: channel.collected, channelId: channel.channelId },
      // The base is the higher of the requester store's signed amount and the chain's collected one: a
      // store that did not sign the channel's payments (another data directory with the same key, or a
      // lost one) starts below what this executor holds, until it has collected that on chain.
      hint: 'the requester\'s store does not know every payment signed on this channel (another data directory or a lost store with the same key): use the data directory that signed them, or a channel on another lane (or another key); once the executor has collected what it holds, the chain\'s collected amount is the base and this channel serves again',
    });
  }
  if (input.base > channel.deposit) {
    throw new AirtntError('SESSION_BASE_TOO_HIGH', 'the session base exceeds the channel deposit', {
      details: { base: input.base, deposit: channel.deposit },
    });
  }
  if (policy.maxChannelSeconds !== undefined && channel.expiry > input.nowSeconds + policy.maxChannelSeconds) {
    throw new AirtntError('CHANNEL_EXPIRES_TOO_LATE', `the channel runs ${channel.expiry - input.nowSeconds} s more, beyond the ${policy.maxChannelSeconds} s this executor serves`, {
      details: { expiry: channel.expiry, now: input.nowSeconds, maxChannelSeconds: policy.maxChannelSeconds },
      hint: `open a channel that expires within ${policy.maxChannelSeconds} s (the registry's MAX_CHANNEL_DURATION: its stake must outlast the channel)`,
    });
  }
  checkRoundAffordable(
    { deposit: channel.deposit, expiry: channel.expiry, paid: input.base, rate: input.rate },
    Math.min(input.schedule.roundCycles, input.schedule.sessionCycles),
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
  schedule: CycleSchedule;
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
    roundCycles: init.schedule.roundCycles,
    sessionCyclesLeft: init.schedule.sessionCycles,
    phase: 'ready',
  };
}

/** The cycles the next round must ask under the signed schedule (0: the session's cycles are used up). */
export function nextRoundCycles(state: ExecutorSessionState): number {
  return Math.min(state.roundCycles, state.sessionCyclesLeft);
}

/**
 * Checks `pay.nextCycles`: 0 ends the session; anything else must be exactly what the signed schedule
 * gives, so cycles changed on the way are refused before the enclave runs anything.
 */
export function checkNextCycles(state: ExecutorSessionState, nextCycles: number): void {
  const expected = nextRoundCycles(state);
  if (nextCycles !== 0 && nextCycles !== expected) {
    throw new AirtntError('ROUND_CYCLES_NOT_SIGNED', 'the cycles asked are not those of the signed session schedule', {
      details: { nextCycles, expected },
      hint: 'each round asks min(roundCycles, sessionCycles - cycles asked so far), or 0 to end',
    });
  }
}

function checkCycles(cycles: number, policy: ChannelPolicy): void {
  if (!Number.isInteger(cycles) || cycles < 1 || cycles > policy.maxCyclesPerRound) {
    throw new AirtntError('ROUND_CYCLES_OUT_OF_RANGE', `a round asks 1..${policy.maxCyclesPerRound} cycles`, {
      details: { cycles },
    });
  }
}

function checkRoundAffordable(
  s: { deposit: bigint; expiry: bigint; paid: bigint; rate: bigint },
  cycles: number,
  nowSeconds: bigint,
  policy: ChannelPolicy,
): void {
  checkCycles(cycles, policy);
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
  if (state.nextRound > BigInt(WIRE_LIMITS.maxRound)) {
    throw new AirtntError('ROUND_OUT_OF_RANGE', 'round numbers stop at 2^53 - 1', { details: { round: state.nextRound } });
  }
  if (cycles !== nextRoundCycles(state)) checkNextCycles(state, cycles);
  checkRoundAffordable(state, cycles, nowSeconds, policy);
  return {
    state: { ...state, phase: 'running', sessionCyclesLeft: state.sessionCyclesLeft - cycles },
    round: state.nextRound,
  };
}

/**
 * The most work the round about to start may spend: what the channel can still pay at the session's
 * rate (src/protocol/pricing.ts), capped by the executor's own limit.
 */
export function roundWorkBudget(state: ExecutorSessionState, maxWorkUnits: number): number {
  return affordableWork(state.rate, state.deposit - state.paid, maxWorkUnits);
}

/**
 * The enclave finished the round: its key is owed nothing until it is paid. The amount due is the
 * previous one plus the round's price by cycles and metered work (pricing.ts), strictly above it.
 */
export function finishRound(
  state: ExecutorSessionState,
  result: { round: bigint; cyclesDone: number; workUnits: number; keyHash: Hex },
): ExecutorSessionState {
  if (state.phase !== 'running' || result.round !== state.nextRound) {
    throw new AirtntError('ROUND_NOT_RUNNING', 'no such round is running', {
      details: { phase: state.phase, round: result.round, expected: state.nextRound },
    });
  }
  const amountDue = state.paid + roundPrice(state.rate, result.cyclesDone, result.workUnits);
  if (amountDue <= state.paid) {
    throw new AirtntError('ROUND_PRICED_ZERO', 'the round would cost nothing: no key is released for a round nobody pays', {
      details: { rate: state.rate, cyclesDone: result.cyclesDone, workUnits: result.workUnits },
    });
  }
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
  if (amount <= state.paid) {
    throw new AirtntError('PAYMENT_NOT_INCREASING', 'the payment amount is not above the previous one: it pays nothing', {
      details: { amount, previous: state.paid, expected: expected.amount },
    });
  }
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
