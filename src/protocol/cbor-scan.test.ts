/**
 * Frames built to make a CBOR decoder work or allocate far beyond their size (issue 9, case 2): each
 * is refused by the header scan with MESSAGE_MALFORMED or MESSAGE_TOO_LARGE, in bounded time, and
 * every honest message still decodes.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { MAX_ARRAY_ITEMS, MAX_BIGNUM_BYTES, scanFrame } from './cbor-scan.js';
import { decodeMessage, encodeMessage, MAX_AMOUNT, WIRE_LIMITS } from './messages.js';

/** A CBOR header of major type `major` with argument `value` (always the 4- or 8-byte form past 2^16, as an attacker would). */
function header(major: number, value: number): Uint8Array {
  if (value < 24) return new Uint8Array([(major << 5) | value]);
  if (value < 0x100) return new Uint8Array([(major << 5) | 24, value]);
  if (value < 0x10000) return new Uint8Array([(major << 5) | 25, value >> 8, value & 0xff]);
  const out = new Uint8Array(5);
  out[0] = (major << 5) | 26;
  new DataView(out.buffer).setUint32(1, value);
  return out;
}
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const bytes = (n: number) => new Uint8Array(randomBytes(n));
/** A `pay` frame whose amount is a tag-2 bignum of `n` bytes. */
const bignumPay = (n: number) => concat(header(4, 4), header(0, 3), new Uint8Array([0xc2]), header(2, n), new Uint8Array(n).fill(0xff), header(2, 65), bytes(65), header(0, 1));
const FOUR_MIB = WIRE_LIMITS.maxFrameBytes;

/** Decodes `frame`, expects a typed refusal with one of `codes`, and returns how long it took (ms). */
function refusedIn(frame: Uint8Array, codes: string[]): number {
  const started = performance.now();
  assert.throws(
    () => decodeMessage(frame),
    (error) => isAirtntError(error) && codes.includes(error.code),
  );
  return performance.now() - started;
}

const attacks: [string, () => Uint8Array, string[]][] = [
  ['64 KiB tag-2 bignum in pay.amount', () => bignumPay(64 * 1024), ['MESSAGE_TOO_LARGE', 'MESSAGE_MALFORMED']],
  ['256 KiB tag-2 bignum in pay.amount', () => bignumPay(256 * 1024), ['MESSAGE_TOO_LARGE', 'MESSAGE_MALFORMED']],
  ['4 MiB tag-2 bignum in open.firstRound', () => concat(header(4, 12), header(0, 1), new Uint8Array([0xf6, 0x00]), header(2, 32), bytes(32), header(2, 32), bytes(32), header(2, 0), new Uint8Array([0xc2]), header(2, FOUR_MIB - 200), new Uint8Array(FOUR_MIB - 200)), ['MESSAGE_MALFORMED']],
  ['17-byte bignum in a small frame', () => bignumPay(MAX_BIGNUM_BYTES + 1), ['MESSAGE_MALFORMED']],
  ['tag-3 negative bignum', () => concat(header(4, 4), header(0, 3), new Uint8Array([0xc3]), header(2, 8), bytes(8), header(2, 65), bytes(65), header(0, 1)), ['MESSAGE_MALFORMED']],
  ['an unused tag (tag 64 typed array)', () => concat(header(4, 3), header(0, 4), header(0, 1), new Uint8Array([0xd8, 64]), header(2, 32), bytes(32)), ['MESSAGE_MALFORMED']],
  ['4 Mi empty byte strings in one array', () => concat(header(4, FOUR_MIB - 5), new Uint8Array(FOUR_MIB - 5).fill(0x40)), ['MESSAGE_MALFORMED']],
  ['4 Mi empty byte strings inside a small array (count lie)', () => concat(header(4, 3), header(0, 2), new Uint8Array(FOUR_MIB - 2).fill(0x40)), ['MESSAGE_MALFORMED']],
  ['nesting 4 Mi arrays deep', () => new Uint8Array(FOUR_MIB).fill(0x81), ['MESSAGE_MALFORMED']],
  ['nesting tags deep', () => concat(header(4, 2), header(0, 3), new Uint8Array(FOUR_MIB - 2).fill(0xc2)), ['MESSAGE_MALFORMED']],
  ['an indefinite-length array', () => concat(new Uint8Array([0x9f]), header(0, 4), header(0, 1), header(2, 32), bytes(32), new Uint8Array([0xff])), ['MESSAGE_MALFORMED']],
  ['an indefinite-length byte string', () => concat(header(4, 3), header(0, 4), header(0, 1), new Uint8Array([0x5f, 0x58, 32]), bytes(32), new Uint8Array([0xff])), ['MESSAGE_MALFORMED']],
  ['a map of 1 Mi entries', () => concat(header(5, 1 << 20), new Uint8Array(FOUR_MIB - 5)), ['MESSAGE_MALFORMED']],
  ['a byte string claiming 4 GiB', () => concat(header(4, 3), header(0, 4), header(0, 1), new Uint8Array([0x5a, 0xff, 0xff, 0xff, 0xff]), bytes(32)), ['MESSAGE_MALFORMED']],
  ['a 64-bit length claim', () => concat(header(4, 3), header(0, 4), header(0, 1), new Uint8Array([0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])), ['MESSAGE_MALFORMED']],
  ['simple values other than null', () => concat(header(4, 3), header(0, 4), new Uint8Array([0xf5]), header(2, 32), bytes(32)), ['MESSAGE_MALFORMED']],
  ['a float where an integer goes', () => concat(header(4, 3), header(0, 4), new Uint8Array([0xf9, 0x3e, 0x00]), header(2, 32), bytes(32)), ['MESSAGE_MALFORMED']],
  ['a key frame padded to 4 MiB of text', () => concat(header(4, 4), header(0, 4), header(0, 1), header(2, 32), bytes(32), header(3, FOUR_MIB - 50), new Uint8Array(FOUR_MIB - 50).fill(0x61)), ['MESSAGE_TOO_LARGE']],
];

describe('bounded CBOR decoding', () => {
  for (const [name, build, codes] of attacks) {
    it(`refuses ${name} fast, with a typed error`, () => {
      const frame = build();
      assert.ok(frame.length <= FOUR_MIB, `the attack frame fits the wire limit (${frame.length})`);
      // Bounded and linear: far below what cbor-x alone takes on these frames (seconds for the bignums).
      const ms = refusedIn(frame, codes);
      assert.ok(ms < 50, `refused in ${ms.toFixed(1)} ms`);
    });
  }

  it('accepts every honest shape: 96-bit amounts, 64-bit lanes, null token, a full-size open and result', () => {
    const pay = encodeMessage({ kind: 'pay', amount: MAX_AMOUNT, signature: bytes(65), nextCycles: 0xffff_ffff });
    assert.deepEqual(scanFrame(pay), { kind: 3 });
    assert.equal(decodeMessage(pay).kind, 'pay');
    const open = encodeMessage({
      kind: 'open',
      token: undefined,
      lane: (1n << 64n) - 1n,
      functionMeasurement: bytes(32),
      sessionId: bytes(32),
      sealedSession: bytes(WIRE_LIMITS.maxSealedSessionBytes),
      firstRound: BigInt(Number.MAX_SAFE_INTEGER),
      rate: MAX_AMOUNT,
      base: MAX_AMOUNT,
      cycles: 0xffff_ffff,
      sessionCycles: Number.MAX_SAFE_INTEGER,
      signature: bytes(65),
    });
    assert.equal(decodeMessage(open).kind, 'open');
    const result = encodeMessage({ kind: 'result', round: 1n, cyclesDone: 1, keyHash: bytes(32), signature: bytes(64), stateCiphertext: bytes(WIRE_LIMITS.maxCiphertextBytes - 4096), outputsCiphertext: bytes(2048), workUnits: Number.MAX_SAFE_INTEGER });
    const started = performance.now();
    assert.equal(decodeMessage(result).kind, 'result');
    assert.ok(performance.now() - started < 200, 'a 2 MiB result decodes in linear time');
  });

  it('limits arrays to the longest message and reports the offset of what it refused', () => {
    const long = concat(header(4, MAX_ARRAY_ITEMS + 1), ...Array.from({ length: MAX_ARRAY_ITEMS + 1 }, () => header(0, 0)));
    assert.throws(() => scanFrame(long), (error) => isAirtntError(error, 'MESSAGE_MALFORMED') && error.details.offset === 0);
    assert.throws(() => scanFrame(concat(header(4, 1), header(0, 1), header(0, 2))), (error) => isAirtntError(error, 'MESSAGE_MALFORMED') && /trailing/.test(String(error.details.reason)));
  });
});
