import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { Encoder } from 'cbor-x';
import { isAirtntError } from '../util/errors.js';
import { decodeMessage, encodeMessage, MAX_AMOUNT, type Message } from './messages.js';

const bytes = (n: number) => new Uint8Array(randomBytes(n));
const rawCbor = new Encoder({ useRecords: false, tagUint8Array: false });

const samples: Message[] = [
  { kind: 'error', code: 'ROUND_UNPAID', message: 'pay first' },
  {
    kind: 'open',
    token: undefined,
    lane: 3n,
    functionMeasurement: bytes(32),
    sessionId: bytes(32),
    sealedSession: bytes(400),
    firstRound: 7n,
    rate: 1_000_000_000n,
    base: MAX_AMOUNT,
    cycles: 200,
    sessionCycles: Number.MAX_SAFE_INTEGER,
    signature: bytes(65),
  },
  {
    kind: 'open',
    token: '0x5fbdb2315678afecb367f032d93f642f64180aa3',
    lane: 0n,
    functionMeasurement: bytes(32),
    sessionId: bytes(32),
    sealedSession: bytes(0),
    firstRound: 0n,
    rate: 1n,
    base: 0n,
    cycles: 1,
    sessionCycles: 1,
    signature: bytes(65),
  },
  {
    kind: 'result',
    round: 4n,
    cyclesDone: 199,
    keyHash: bytes(32),
    signature: bytes(64),
    stateCiphertext: bytes(123),
    outputsCiphertext: bytes(32),
    workUnits: 2 ** 40,
  },
  // An executor serving a registry: the record claim as 10th item (9th: null, or the input commitment).
  { kind: 'result', round: 5n, cyclesDone: 1, keyHash: bytes(32), signature: bytes(64), stateCiphertext: bytes(3), outputsCiphertext: bytes(0), workUnits: 0, recordClaim: bytes(65) },
  { kind: 'result', round: 5n, cyclesDone: 1, keyHash: bytes(32), signature: bytes(64), stateCiphertext: bytes(3), outputsCiphertext: bytes(0), workUnits: 0, inputStateCommitment: bytes(32), recordClaim: bytes(65) },
  { kind: 'pay', amount: 2n ** 80n, signature: bytes(65), nextCycles: 0 },
  { kind: 'key', round: BigInt(Number.MAX_SAFE_INTEGER), key: bytes(32) },
  { kind: 'module', functionMeasurement: bytes(32), sealedModule: undefined },
  { kind: 'module', functionMeasurement: bytes(32), sealedModule: bytes(5000) },
  { kind: 'moduleStatus', functionMeasurement: bytes(32), held: false, maxModuleBytes: 2 ** 21 },
  { kind: 'moduleStatus', functionMeasurement: bytes(32), held: true, maxModuleBytes: 1 },
  // A pool session: the pool as 14th item of `open` (13th: null), the acks as 11th item of `result`, and `standby`.
  {
    kind: 'open', token: undefined, lane: 1n, functionMeasurement: bytes(32), sessionId: bytes(32), sealedSession: bytes(100), firstRound: 1n, rate: 5n, base: 0n, cycles: 10, sessionCycles: 30, signature: bytes(65),
    pool: { section: bytes(4 + 3 * 84 + 80), standbys: [{ index: 1, url: 'ws://127.0.0.1:4001/v1/pool' }, { index: 2, url: 'ws://127.0.0.1:4002/v1/pool' }] },
  },
  { kind: 'result', round: 6n, cyclesDone: 1, keyHash: bytes(32), signature: bytes(64), stateCiphertext: bytes(3), outputsCiphertext: bytes(0), workUnits: 0, acks: [{ index: 1, signature: bytes(64) }, { index: 2, signature: bytes(64) }] },
  { kind: 'result', round: 6n, cyclesDone: 1, keyHash: bytes(32), signature: bytes(64), stateCiphertext: bytes(3), outputsCiphertext: bytes(0), workUnits: 0, recordClaim: bytes(65), acks: [] },
  { kind: 'standby', sessionId: bytes(32) },
  { kind: 'keyRequest', round: 9n, amount: 2n ** 90n, signature: bytes(65) },
  { kind: 'viewChange', view: 1, executor: '0x5fbdb2315678afecb367f032d93f642f64180aa3', lastPaidRound: 8n, lastPaidKeyHash: bytes(32), ackCount: 1, signature: bytes(65), nextCycles: 10, standbys: [{ index: 2, url: 'ws://127.0.0.1:4002/v1/pool' }] },
  {
    kind: 'viewChange', view: 2, executor: '0x5fbdb2315678afecb367f032d93f642f64180aa3', lastPaidRound: 8n, lastPaidKeyHash: bytes(32), ackCount: 1, signature: bytes(65), nextCycles: 10, standbys: [],
    payment: { amount: 2n ** 90n, signature: bytes(65) },
  },
];

function expectCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (error: unknown) => isAirtntError(error, code));
}

describe('wire messages', () => {
  it('round-trips every kind', () => {
    for (const message of samples) {
      const decoded = decodeMessage(encodeMessage(message));
      assert.deepEqual(decoded, message);
    }
  });

  it('round-trips a result that leaves out its key hash (CBOR null, 33 bytes less), and refuses a key hash of another length', () => {
    const full = samples.find((message) => message.kind === 'result')! as Extract<Message, { kind: 'result' }>;
    const { keyHash: _, ...chained } = full;
    assert.deepEqual(decodeMessage(encodeMessage(chained)), chained);
    assert.equal(encodeMessage(full).length - encodeMessage(chained).length, 33);
    expectCode(() => decodeMessage(rawCbor.encode([2, 6, 1, bytes(31), bytes(64), bytes(3), bytes(0), 0])), 'MESSAGE_MALFORMED');
  });

  it('round-trips a pay that leaves out its amount (session link version 3: 9 bytes less for an amount of 2^63), and refuses other shapes', () => {
    const full: Message = { kind: 'pay', amount: 2n ** 63n, signature: bytes(65), nextCycles: 10 };
    const derived: Message = { kind: 'pay', signature: bytes(65), nextCycles: 10 };
    assert.deepEqual(decodeMessage(encodeMessage(derived)), derived);
    assert.equal(encodeMessage(full).length - encodeMessage(derived).length, 9);
    expectCode(() => decodeMessage(rawCbor.encode([3, bytes(64), 10])), 'MESSAGE_MALFORMED');
    expectCode(() => decodeMessage(rawCbor.encode([3, 5, 10])), 'MESSAGE_MALFORMED');
  });

  it('refuses a pool result whose acks are not whole 65-byte acks, and a pool open with too many standbys', () => {
    const result = [2, 6, 1, bytes(32), bytes(64), bytes(3), bytes(0), 0, null, null, bytes(64)];
    expectCode(() => decodeMessage(rawCbor.encode(result)), 'MESSAGE_MALFORMED');
    const standby = [1, 0, 6, ...new TextEncoder().encode('ws://x')];
    const poolItem = (count: number) => new Uint8Array([0, 4, 1, 2, 3, 4, count, ...Array.from({ length: count }, () => standby).flat()]);
    const open = (pool: Uint8Array) => [1, null, 1, bytes(32), bytes(32), bytes(10), 1, 5, 0, 10, 30, bytes(65), null, pool];
    assert.deepEqual((decodeMessage(rawCbor.encode(open(poolItem(1)))) as { pool?: unknown }).pool, { section: new Uint8Array([1, 2, 3, 4]), standbys: [{ index: 1, url: 'ws://x' }] });
    expectCode(() => decodeMessage(rawCbor.encode(open(poolItem(8)))), 'MESSAGE_MALFORMED');
    expectCode(() => decodeMessage(rawCbor.encode(open(poolItem(1).subarray(0, 10)))), 'MESSAGE_MALFORMED');
    expectCode(() => decodeMessage(rawCbor.encode(open(new Uint8Array([...poolItem(1), 0])))), 'MESSAGE_MALFORMED');
  });

  it('keeps frames lean: a pay is at most 81 bytes and a key under 40', () => {
    const pay = encodeMessage({ kind: 'pay', amount: 123_456_789_000n, signature: bytes(65), nextCycles: 200 });
    const key = encodeMessage({ kind: 'key', round: 3n, key: bytes(32) });
    assert.ok(pay.length <= 81, `pay is ${pay.length} bytes`);
    assert.ok(key.length < 40, `key is ${key.length} bytes`);
  });

  it('rejects what is not CBOR, has trailing bytes, or is not a message array', () => {
    expectCode(() => decodeMessage(new Uint8Array([0xff])), 'MESSAGE_MALFORMED');
    const good = encodeMessage(samples[5]!);
    expectCode(() => decodeMessage(new Uint8Array([...good, 0x00])), 'MESSAGE_MALFORMED');
    expectCode(() => decodeMessage(rawCbor.encode({ kind: 1 })), 'MESSAGE_MALFORMED');
    expectCode(() => decodeMessage(rawCbor.encode([])), 'MESSAGE_MALFORMED');
    expectCode(() => decodeMessage(new Uint8Array(0)), 'MESSAGE_MALFORMED');
  });

  it('rejects unknown kinds', () => {
    expectCode(() => decodeMessage(rawCbor.encode([99, 1, 2])), 'MESSAGE_UNKNOWN_KIND');
  });

  it('rejects wrong field types, lengths and bounds', () => {
    expectCode(() => decodeMessage(rawCbor.encode([4, 1, bytes(31)])), 'MESSAGE_MALFORMED'); // short key
    expectCode(() => decodeMessage(rawCbor.encode([4, 1, 'k'.repeat(32)])), 'MESSAGE_MALFORMED'); // text, not bytes
    expectCode(() => decodeMessage(rawCbor.encode([4, -1, bytes(32)])), 'MESSAGE_MALFORMED'); // negative round
    expectCode(() => decodeMessage(rawCbor.encode([3, 2n ** 96n, bytes(65), 0])), 'MESSAGE_MALFORMED'); // above 2^96-1
    expectCode(() => decodeMessage(rawCbor.encode([3, 1, bytes(65), 2 ** 32])), 'MESSAGE_MALFORMED'); // cycles > u32
    expectCode(() => decodeMessage(rawCbor.encode([3, 1.5, bytes(65), 1])), 'MESSAGE_MALFORMED'); // not an integer
    expectCode(() => decodeMessage(rawCbor.encode([3, 1, bytes(65)])), 'MESSAGE_MALFORMED'); // missing field
    expectCode(() => decodeMessage(rawCbor.encode([3, 1, bytes(65), 1, 'extra'])), 'MESSAGE_MALFORMED'); // extra field
    expectCode(() => decodeMessage(rawCbor.encode([0, 'X', 'y'.repeat(1001)])), 'MESSAGE_MALFORMED'); // long error text
    expectCode(() => decodeMessage(rawCbor.encode([0, 'X', 'y'.repeat(5000)])), 'MESSAGE_TOO_LARGE'); // beyond any error frame
    expectCode(() => decodeMessage(rawCbor.encode([4, 2 ** 53, bytes(32)])), 'MESSAGE_MALFORMED'); // round beyond 2^53 - 1
  });

  it('accepts only [A-Z0-9_]{1,64} error codes and strips control characters from error text', () => {
    for (const bad of ['', 'lower', 'NEW\nLINE', '\u001b[31mRED', 'A'.repeat(65), 'SPACE BAR']) {
      expectCode(() => decodeMessage(rawCbor.encode([0, bad, 'x'])), 'MESSAGE_MALFORMED');
    }
    const decoded = decodeMessage(rawCbor.encode([0, 'FINE_1', 'line\nforged: \u001b[2Jcleared\u202eevil']));
    assert.deepEqual(decoded, { kind: 'error', code: 'FINE_1', message: 'line?forged: ?[2Jcleared?evil' });
    // What we send is valid on the wire whatever code it was given.
    assert.deepEqual(decodeMessage(encodeMessage({ kind: 'error', code: 'bad code', message: 'm' })), { kind: 'error', code: 'INVALID_ERROR_CODE', message: 'm' });
  });

  it('rejects frames above the size limit before decoding', () => {
    expectCode(() => decodeMessage(new Uint8Array(1025), 1024), 'MESSAGE_TOO_LARGE');
  });

  it('never throws anything but a typed error on random or truncated input', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let i = 0; i < 500; i++) {
      const base = encodeMessage(samples[i % samples.length]!);
      const mutated = base.slice(0, next() % (base.length + 1));
      if (mutated.length > 0 && i % 2 === 0) mutated[next() % mutated.length] = next() & 0xff;
      try {
        decodeMessage(mutated);
      } catch (error) {
        assert.ok(isAirtntError(error), `unexpected ${String(error)}`);
      }
    }
  });
});
