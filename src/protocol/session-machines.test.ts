import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { privateKeyToAccount } from 'viem/accounts';
import { fromHex, toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import {
  acceptPayment,
  checkNextCycles,
  checkOpenTerms,
  checkPayment,
  checkSessionOpening,
  expectedPayment,
  finishRound,
  newExecutorSession,
  nextRoundCycles,
  roundWorkBudget,
  startRound,
  type ChannelPolicy,
  type ChannelView,
} from './executor-session.js';
import type { ResultMessage } from './messages.js';
import { billedCycles, WORK_UNITS_PER_CYCLE } from './pricing.js';
import { generateNodeRecordSigner, NODE_PRIMITIVES } from '../crypto/node-primitives.js';
import { RECORD_VERSION, encodeRecord, signRecord } from './record.js';
import { acceptKey, acceptResult, newRequesterSession, paymentSent } from './requester-session.js';
import { recoverSessionOpenSigner, signSessionOpen } from './session-open.js';

const bytes = (n: number) => new Uint8Array(randomBytes(n));
const code = (c: string) => (error: unknown) => isAirtntError(error, c);

const policy: ChannelPolicy = { minRemainingSeconds: 600n, maxCyclesPerRound: 10_000, pricePerCycle: 10n };
const requester = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' as const;
const channel: ChannelView = { channelId: toHex(bytes(32)), deposit: 10_000n, collected: 0n, expiry: 10_000n, isOpen: true };

describe('executor session machine', () => {
  const eth = '0x0000000000000000000000000000000000000000' as const;
  const token = '0x5FbDB2315678afecb367f032d93F642f64180aa3' as const;
  const schedule = { roundCycles: 100, sessionCycles: 1000 };
  const open = { channel, knownSigned: 0n, unpaidRound: undefined, signer: requester, requester, token: eth, rate: 10n, base: 0n, schedule, firstRound: 0n, nowSeconds: 1000n, policy };

  it('accepts a well-funded opening and refuses the others', () => {
    checkSessionOpening(open);
    assert.throws(() => checkSessionOpening({ ...open, signer: '0x0000000000000000000000000000000000000001' }), code('SESSION_OPEN_NOT_REQUESTER'));
    assert.throws(() => checkSessionOpening({ ...open, channel: { ...channel, isOpen: false } }), code('CHANNEL_NOT_OPEN'));
    assert.throws(() => checkSessionOpening({ ...open, rate: 9n }), code('RATE_TOO_LOW'));
    assert.throws(() => checkSessionOpening({ ...open, schedule: { roundCycles: 1001, sessionCycles: 5000 } }), code('CHANNEL_DEPOSIT_TOO_LOW'));
    // The first round asks min(roundCycles, sessionCycles): 1001 per round, but only 1000 in all.
    checkSessionOpening({ ...open, schedule: { roundCycles: 1001, sessionCycles: 1000 } });
    assert.throws(() => checkSessionOpening({ ...open, nowSeconds: 9_500n }), code('CHANNEL_EXPIRES_TOO_SOON'));
    // A registry executor's longest channel: expiry 10,000 at now 1,000 runs 9,000 s more.
    checkSessionOpening({ ...open, policy: { ...policy, maxChannelSeconds: 9_000n } });
    assert.throws(() => checkSessionOpening({ ...open, policy: { ...policy, maxChannelSeconds: 8_999n } }), code('CHANNEL_EXPIRES_TOO_LATE'));
    assert.throws(() => checkSessionOpening({ ...open, knownSigned: 50n }), code('SESSION_BASE_TOO_LOW'));
    // It says what to do: the store that signed the channel's payments, or another lane.
    assert.throws(() => checkSessionOpening({ ...open, knownSigned: 50n }), (error: Error & { hint?: string }) => /data directory that signed/.test(error.hint ?? '') && /already signed/.test(error.message));
    assert.throws(() => checkSessionOpening({ ...open, channel: { ...channel, collected: 50n } }), code('SESSION_BASE_TOO_LOW'));
    assert.throws(() => checkSessionOpening({ ...open, schedule: { roundCycles: 0, sessionCycles: 10 } }), code('ROUND_CYCLES_OUT_OF_RANGE'));
    assert.throws(() => checkSessionOpening({ ...open, schedule: { roundCycles: 10, sessionCycles: 0 } }), code('SESSION_CYCLES_OUT_OF_RANGE'));
    assert.throws(() => checkSessionOpening({ ...open, unpaidRound: { sessionId: toHex(bytes(32)), round: 3n } }), code('CHANNEL_HAS_UNPAID_ROUND'));
    assert.throws(() => checkSessionOpening({ ...open, firstRound: 2n ** 53n }), code('ROUND_OUT_OF_RANGE'));
  });

  it('refuses a channel whose deposit is below the executor\'s minDeposit, and accepts one exactly at it', () => {
    assert.throws(() => checkSessionOpening({ ...open, policy: { ...policy, minDeposit: 10_001n } }), code('CHANNEL_DEPOSIT_BELOW_MINIMUM'));
    checkSessionOpening({ ...open, policy: { ...policy, minDeposit: 10_000n } });
  });

  it('accepts ETH only by default, and each configured token at its own price', () => {
    assert.throws(() => checkSessionOpening({ ...open, token }), code('TOKEN_NOT_ACCEPTED'));
    const tokens: ChannelPolicy = { ...policy, acceptedTokens: new Map([[token.toLowerCase(), 50n]]) };
    assert.throws(() => checkOpenTerms({ token, rate: 49n, schedule, firstRound: 0n }, tokens), code('RATE_TOO_LOW'));
    checkOpenTerms({ token, rate: 50n, schedule, firstRound: 0n }, tokens);
    // A list without ETH refuses ETH channels.
    assert.throws(() => checkOpenTerms({ token: eth, rate: 10n, schedule, firstRound: 0n }, tokens), code('TOKEN_NOT_ACCEPTED'));
  });

  it('runs only the signed schedule of cycles: each round min(roundCycles, what is left), or 0 to end', () => {
    let s = newExecutorSession({ sessionId: toHex(bytes(32)), channel, requester, rate: 1n, base: 0n, firstRound: 0n, schedule: { roundCycles: 40, sessionCycles: 100 } });
    const asked: number[] = [];
    for (let round = 0n; nextRoundCycles(s) > 0; round++) {
      const cycles = nextRoundCycles(s);
      assert.throws(() => checkNextCycles(s, cycles - 1), code('ROUND_CYCLES_NOT_SIGNED'));
      assert.throws(() => startRound(s, cycles + 1, 1000n, policy), code('ROUND_CYCLES_NOT_SIGNED'));
      checkNextCycles(s, 0);
      asked.push(cycles);
      s = finishRound(startRound(s, cycles, 1000n, policy).state, { round, cyclesDone: cycles, workUnits: 100, keyHash: toHex(bytes(32)) });
      s = acceptPayment(s);
    }
    assert.deepEqual(asked, [40, 40, 20]);
    assert.throws(() => checkNextCycles(s, 20), code('ROUND_CYCLES_NOT_SIGNED'));
  });

  it('never starts a round while the previous one is unpaid, and takes exactly what is owed', () => {
    let s = newExecutorSession({ sessionId: toHex(bytes(32)), channel, requester, rate: 10n, base: 100n, firstRound: 5n, schedule: { roundCycles: 50, sessionCycles: 10_000 } });
    const started = startRound(s, 50, 1000n, policy);
    assert.equal(started.round, 5n);
    s = finishRound(started.state, { round: 5n, cyclesDone: 40, workUnits: 1000, keyHash: toHex(bytes(32)) });
    assert.throws(() => startRound(s, 50, 1000n, policy), code('ROUND_UNPAID'));
    assert.equal(expectedPayment(s).amount, 500n);
    assert.throws(() => checkPayment(s, 499n, requester), code('PAYMENT_AMOUNT_TOO_LOW'));
    assert.throws(() => checkPayment(s, 501n, requester), code('PAYMENT_AMOUNT_WRONG'));
    assert.throws(() => checkPayment(s, 500n, '0x0000000000000000000000000000000000000002'), code('PAYMENT_BAD_SIGNATURE'));
    checkPayment(s, 500n, requester);
    s = acceptPayment(s);
    assert.equal(s.paid, 500n);
    assert.equal(startRound(s, 50, 1000n, policy).round, 6n);
    // 10_000 deposit - 500 signed leaves 950 cycles at rate 10.
    const wide = { ...s, roundCycles: 951 };
    assert.throws(() => startRound(wide, 951, 1000n, policy), code('CHANNEL_DEPOSIT_TOO_LOW'));
    assert.throws(() => startRound({ ...s, nextRound: 2n ** 53n }, 50, 1000n, policy), code('ROUND_OUT_OF_RANGE'));
  });
});

describe('executor session machine: every round is paid, by its work', () => {
  const eth = '0x0000000000000000000000000000000000000000' as const;
  const schedule = { roundCycles: 100, sessionCycles: 1000 };
  const policy0: ChannelPolicy = { ...policy, pricePerCycle: 0n };
  const fresh = () => newExecutorSession({ sessionId: toHex(bytes(32)), channel, requester, rate: 10n, base: 100n, firstRound: 0n, schedule: { roundCycles: 50, sessionCycles: 10_000 } });

  it('refuses a rate of 0, even from an executor that asks 0', () => {
    assert.throws(() => checkOpenTerms({ token: eth, rate: 0n, schedule, firstRound: 0n }, policy0), code('RATE_TOO_LOW'));
    checkOpenTerms({ token: eth, rate: 1n, schedule, firstRound: 0n }, policy0);
  });

  it('charges a round that did 0 cycles one cycle, and refuses a payment that does not raise the amount', () => {
    const s = finishRound(startRound(fresh(), 50, 1000n, policy).state, { round: 0n, cyclesDone: 0, workUnits: 120, keyHash: toHex(bytes(32)) });
    assert.equal(expectedPayment(s).amount, 110n);
    assert.throws(() => checkPayment(s, 100n, requester), code('PAYMENT_NOT_INCREASING'));
    assert.throws(() => checkPayment(s, 99n, requester), code('PAYMENT_NOT_INCREASING'));
    checkPayment(s, 110n, requester);
  });

  it('prices the metered work: a round that did more than its cycles\' worth pays for it', () => {
    const heavy = finishRound(startRound(fresh(), 50, 1000n, policy).state, { round: 0n, cyclesDone: 2, workUnits: 3 * WORK_UNITS_PER_CYCLE + 1, keyHash: toHex(bytes(32)) });
    assert.equal(expectedPayment(heavy).amount, 100n + 4n * 10n);
    const light = finishRound(startRound(fresh(), 50, 1000n, policy).state, { round: 0n, cyclesDone: 50, workUnits: 1000, keyHash: toHex(bytes(32)) });
    assert.equal(expectedPayment(light).amount, 100n + 50n * 10n);
    assert.equal(billedCycles(0, 0), 1n);
    assert.equal(billedCycles(7, WORK_UNITS_PER_CYCLE * 7), 7n);
    assert.equal(billedCycles(7, WORK_UNITS_PER_CYCLE * 7 + 1), 8n);
  });

  it('gives a round only the work the channel can still pay for', () => {
    const s = fresh(); // deposit 10_000, 100 signed, rate 10: 990 cycles left
    assert.equal(roundWorkBudget(s, Number.MAX_SAFE_INTEGER), 990 * WORK_UNITS_PER_CYCLE);
    assert.equal(roundWorkBudget(s, 5), 5);
    assert.equal(roundWorkBudget({ ...s, paid: 9_995n }, Number.MAX_SAFE_INTEGER), 0);
  });
});

describe('session opening signature', () => {
  it('recovers the requester, and another address for other terms', async () => {
    const account = privateKeyToAccount(toHex(bytes(32)));
    const domain = { chainId: 31337, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' } as const;
    const terms = { executor: requester, token: '0x0000000000000000000000000000000000000000' as const, lane: 0n, sessionId: bytes(32), functionMeasurement: bytes(32), sealedSession: bytes(100), firstRound: 0n, rate: 5n, base: 0n, roundCycles: 200, sessionCycles: 1000 };
    const signature = await signSessionOpen(account, domain, terms);
    assert.equal(await recoverSessionOpenSigner(domain, terms, signature), account.address);
    assert.notEqual(await recoverSessionOpenSigner(domain, { ...terms, rate: 6n }, signature), account.address);
    // The cycles are signed: changing them on the way gives another signer.
    assert.notEqual(await recoverSessionOpenSigner(domain, { ...terms, roundCycles: 201 }, signature), account.address);
    assert.notEqual(await recoverSessionOpenSigner(domain, { ...terms, sessionCycles: 999 }, signature), account.address);
    const bad = signature.slice();
    bad[64] = 5;
    await assert.rejects(recoverSessionOpenSigner(domain, terms, bad), code('SESSION_OPEN_BAD_SIGNATURE'));
  });
});

describe('requester session machine', () => {
  const enclaveKey = generateNodeRecordSigner();
  const enclavePublicKey = enclaveKey.publicKey;
  const runtimeMeasurement = bytes(32);
  const functionMeasurement = bytes(32);
  const sessionId = bytes(32);
  const channelId = toHex(bytes(32));
  const input = bytes(32);

  function makeResult(over: { round?: bigint; session?: Uint8Array; cyclesDone?: number; workUnits?: number; key?: Uint8Array; airtnt3?: true } = {}): ResultMessage {
    const stateCiphertext = bytes(80);
    const outputsCiphertext = bytes(32);
    const keyHash = keccak_256(over.key ?? bytes(32));
    const record = encodeRecord({
      version: RECORD_VERSION,
      flags: 1,
      enclavePublicKey,
      runtimeMeasurement,
      functionMeasurement,
      sessionId: over.session ?? sessionId,
      channelId: Buffer.from(channelId.slice(2), 'hex'),
      round: over.round ?? 0n,
      cyclesAsked: 100n,
      cyclesDone: BigInt(over.cyclesDone ?? 100),
      workUnits: BigInt(over.workUnits ?? 5000),
      inputStateCommitment: input,
      stateCiphertextHash: keccak_256(stateCiphertext),
      outputsCiphertextHash: keccak_256(outputsCiphertext),
      keyHash,
    });
    if (over.airtnt3) {
      // What an enclave of airtnt/3 signs: the same layout under tag "airtnt/record/v3" and version 3.
      record.set(new TextEncoder().encode('airtnt/record/v3'), 0);
      record.set([0, 3], 16);
    }
    const signature = over.airtnt3 ? enclaveKey.sign(record) : signRecord(record, enclaveKey); // signRecord signs current records only
    return { kind: 'result', round: over.round ?? 0n, cyclesDone: over.cyclesDone ?? 100, keyHash, signature, stateCiphertext, outputsCiphertext, workUnits: over.workUnits ?? 5000 };
  }

  const fresh = () =>
    newRequesterSession({ sessionId, channelId, functionMeasurement, enclavePublicKey, runtimeMeasurement, insecure: true, rate: 3n, base: 30n, firstRound: 0n, cycles: 100 });

  it('accepts an attested result, asks for base + rate x billed cycles, and checks the key', () => {
    const key = bytes(32);
    const accepted = acceptResult(fresh(), makeResult({ key, cyclesDone: 90 }), input);
    assert.equal(accepted.terms.amount, 30n + 270n);
    assert.equal(accepted.terms.channelId, channelId);
    const sent = paymentSent(accepted.state, accepted.terms.amount, 100);
    assert.throws(() => acceptKey(sent, { kind: 'key', round: 0n, key: bytes(32) }), code('KEY_MISMATCH'));
    assert.throws(() => acceptKey(sent, { kind: 'key', round: 1n, key }), code('KEY_OUT_OF_ORDER'));
    const next = acceptKey(sent, { kind: 'key', round: 0n, key });
    assert.equal(next.phase, 'awaiting-result');
    assert.equal(next.round, 1n);
    assert.equal(next.paid, 300n);
  });

  it('refuses before paying the result of an enclave of airtnt/3 (record v3), whose ciphertexts it could not open', () => {
    assert.throws(() => acceptResult(fresh(), makeResult({ airtnt3: true }), input), code('RESULT_NOT_ATTESTED'));
    acceptResult(fresh(), makeResult(), input);
  });

  it('rejects tampered, replayed, other-session and wrong-state results before paying', () => {
    const good = makeResult();
    const tampered = { ...good, stateCiphertext: good.stateCiphertext.slice() };
    tampered.stateCiphertext[0]! ^= 1;
    assert.throws(() => acceptResult(fresh(), tampered, input), code('RESULT_NOT_ATTESTED'));
    const flippedKeyHash = { ...good, keyHash: bytes(32) };
    assert.throws(() => acceptResult(fresh(), flippedKeyHash, input), code('RESULT_NOT_ATTESTED'));
    assert.throws(() => acceptResult(fresh(), makeResult({ round: 1n }), input), code('RESULT_OUT_OF_ORDER'));
    // A replay relabelled with the expected round still fails: the signature is over round 1.
    assert.throws(() => acceptResult(fresh(), { ...makeResult({ round: 1n }), round: 0n }, input), code('RESULT_NOT_ATTESTED'));
    assert.throws(() => acceptResult(fresh(), makeResult({ session: bytes(32) }), input), code('RESULT_NOT_ATTESTED'));
    assert.throws(() => acceptResult(fresh(), good, bytes(32)), code('RESULT_NOT_ATTESTED'));
    assert.throws(() => acceptResult(fresh(), makeResult({ cyclesDone: 101 }), input), code('RESULT_TOO_MANY_CYCLES'));
  });

  it('takes a left-out key hash from the key of the round before (hash-chained keys), and refuses one it cannot take', () => {
    // The enclave's segment: k0 = keccak256(k1), so round 1's key hash is round 0's key.
    const k1 = bytes(32);
    const k0 = keccak_256(k1);
    const first = paymentSent(acceptResult(fresh(), makeResult({ key: k0 }), input).state, 330n, 100);
    const afterKey = acceptKey(first, { kind: 'key', round: 0n, key: k0 });
    assert.deepEqual(afterKey.lastKey, { round: 0n, key: k0 });
    const { keyHash: _, ...chained } = makeResult({ round: 1n, key: k1 });
    const accepted = acceptResult(afterKey, chained, input);
    assert.deepEqual(accepted.state.pending!.keyHash, k0);
    assert.equal(accepted.terms.keyHash, toHex(k0));
    acceptKey(paymentSent(accepted.state, accepted.terms.amount, 0), { kind: 'key', round: 1n, key: k1 });
    // No key of the round before held (the session's first round), or of another round: nothing to take it from.
    const { keyHash: __, ...unchained } = makeResult({ key: k0 });
    assert.throws(() => acceptResult(fresh(), unchained, input), code('RESULT_NOT_ATTESTED'));
    assert.throws(() => acceptResult({ ...afterKey, lastKey: { round: 5n, key: k0 } }, chained, input), code('RESULT_NOT_ATTESTED'));
    // A round whose key is not chained to the one held: the record rebuilt with the held key fails the enclave's signature.
    const { keyHash: ___, ...fresh1 } = makeResult({ round: 1n, key: bytes(32) });
    assert.throws(() => acceptResult(afterKey, fresh1, input), code('RESULT_NOT_ATTESTED'));
  });

  it('keeps ids and hashes as bytes inside, hex only in the EIP-712 terms, and takes either from callers', () => {
    const fromBytes = newRequesterSession({ sessionId, channelId: fromHex(channelId), functionMeasurement, enclavePublicKey, runtimeMeasurement, insecure: true, rate: 3n, base: 30n, firstRound: 0n, cycles: 100 });
    assert.deepEqual(fromBytes, fresh());
    assert.ok(fresh().channelId instanceof Uint8Array);
    const key = bytes(32);
    const accepted = acceptResult(fresh(), makeResult({ key }), input, NODE_PRIMITIVES);
    assert.ok(accepted.state.pending!.keyHash instanceof Uint8Array);
    assert.equal(accepted.terms.keyHash, toHex(accepted.state.pending!.keyHash));
    assert.throws(() => newRequesterSession({ sessionId, channelId: new Uint8Array(31), functionMeasurement, enclavePublicKey, runtimeMeasurement, insecure: true, rate: 3n, base: 30n, firstRound: 0n, cycles: 100 }), code('INVALID_LENGTH'));
  });
});
