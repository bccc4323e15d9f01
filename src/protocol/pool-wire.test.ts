import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Encoder } from 'cbor-x';
import { isAirtntError } from '../util/errors.js';
import { decodePoolFrame, encodePoolFrame, MAX_POOL_FRAME_BYTES, MAX_REPLICA_BYTES, type PoolFrame } from './pool-wire.js';

const b = (length: number, fill = 1) => new Uint8Array(length).fill(fill);
const cbor = new Encoder({ useRecords: false, tagUint8Array: false } as ConstructorParameters<typeof Encoder>[0]);

const frames: PoolFrame[] = [
  { kind: 'error', code: 'POOL_VIEW_STALE', message: 'view 2 is already accepted' },
  { kind: 'poolKey', sessionId: b(32), sealedPoolKey: b(80, 2), signature: b(64, 3) },
  { kind: 'replicate', sessionId: b(32), view: 3, round: 7n, keyHash: b(32, 4), ciphertext: b(500, 5), lastPayment: { amount: (1n << 96n) - 1n, signature: b(65, 6) } },
  { kind: 'replicate', sessionId: b(32), view: 0, round: 1n, keyHash: b(32, 4), ciphertext: b(0), lastPayment: undefined },
  // Pool link 2: the round the payment is for, named (the round two before one replicated ahead).
  { kind: 'replicate', sessionId: b(32), view: 3, round: 9n, keyHash: b(32, 4), ciphertext: b(50, 5), lastPayment: { amount: 77n, signature: b(65, 6), round: 7n } },
  { kind: 'ack', sessionId: b(32), view: 3, round: 7n, keyHash: b(32, 4), signature: b(64, 7) },
  { kind: 'viewChange', sessionId: b(32), view: 4, executor: b(20, 8), lastPaidRound: 6n, lastPaidKeyHash: b(32, 9), ackCount: 1, signature: b(65, 10) },
  { kind: 'payment', sessionId: b(32), member: b(20, 8), amount: 12_345n, keyHash: b(32, 9), signature: b(65, 10) },
];

describe('pool link frames', () => {
  it('round-trip every kind, and an ack costs under 150 bytes', () => {
    for (const frame of frames) assert.deepEqual(decodePoolFrame(encodePoolFrame(frame)), frame);
    assert.ok(encodePoolFrame(frames[5]!).length < 150);
  });

  it('refuse a frame above the limit before decoding, and a kind above its own limit', () => {
    assert.throws(() => decodePoolFrame(new Uint8Array(MAX_POOL_FRAME_BYTES + 1)), (e) => isAirtntError(e, 'MESSAGE_TOO_LARGE'));
    const bigAck = cbor.encode([3, b(32), 1, 1, b(32), b(300)]);
    assert.throws(() => decodePoolFrame(bigAck), (e) => isAirtntError(e, 'MESSAGE_TOO_LARGE'));
  });

  it('refuse CBOR the frames never use (maps, tags, nesting, trailing bytes) in the pre-scan', () => {
    for (const bad of [cbor.encode({ a: 1 }), cbor.encode([3, [1, 2]]), new Uint8Array([...encodePoolFrame(frames[5]!), 0])]) {
      assert.throws(() => decodePoolFrame(bad), (e) => isAirtntError(e, 'MESSAGE_MALFORMED'));
    }
  });

  it('refuse unknown kinds, wrong lengths, a replica above its bound, view 0 in a view change, half a payment', () => {
    assert.throws(() => decodePoolFrame(cbor.encode([9, 1])), (e) => isAirtntError(e, 'MESSAGE_UNKNOWN_KIND'));
    const malformed = (items: unknown[]) => assert.throws(() => decodePoolFrame(cbor.encode(items)), (e) => isAirtntError(e, 'MESSAGE_MALFORMED'));
    malformed([3, b(31), 1, 1, b(32), b(64)]);
    malformed([2, b(32), 1, 1, b(32), b(MAX_REPLICA_BYTES + 1), null, null]);
    malformed([4, b(32), 0, b(20), 1, b(32), 1, b(65)]);
    malformed([4, b(32), 1, b(20), 1, b(32), 8, b(65)]);
    malformed([2, b(32), 1, 1, b(32), b(10), 5, null]);
    malformed([5, b(32), b(20), 1n << 96n, b(32), b(65)]);
    // A named round needs its payment; ten items are none of the shapes.
    malformed([2, b(32), 1, 9, b(32), b(10), null, null, 7]);
    malformed([2, b(32), 1, 9, b(32), b(10), 5, b(65), -1]);
    malformed([2, b(32), 1, 9, b(32), b(10), 5, b(65), 7, 0]);
  });
});
