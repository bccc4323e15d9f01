import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeMessage, encodeMessage, type OpenMessage, type ResultMessage } from './messages.js';
import type { OwnerOpening } from './owner-opening.js';
import { decodeOwners, encodeOwners, MAX_OWNER_MODULE_BYTES } from './owners-wire.js';

const filled = (length: number, byte: number) => new Uint8Array(length).fill(byte);
const malformed = (error: unknown) => (error as { code?: string }).code === 'MESSAGE_MALFORMED';

const owners: OwnerOpening = {
  chainId: 31337n,
  channels: filled(20, 1),
  recipient: filled(32, 2),
  releases: [{ role: 'code', policyHash: filled(32, 3), sealed: filled(100, 4) }, { role: 'data', policyHash: filled(32, 5), sealed: filled(90, 6) }],
  encryptedModule: filled(300, 7),
};

const open: OpenMessage = {
  kind: 'open', token: undefined, lane: 0n, functionMeasurement: filled(32, 8), sessionId: filled(32, 9), sealedSession: filled(200, 10),
  firstRound: 1n, rate: 1000n, base: 0n, cycles: 3, sessionCycles: 6, signature: filled(65, 11),
};

describe('owners in the open frame, and the input commitment in a result', () => {
  it('round-trip, and an open without owners is the old 12-item frame', () => {
    assert.deepEqual(decodeMessage(encodeMessage({ ...open, owners })), { ...open, owners });
    assert.deepEqual(decodeMessage(encodeMessage(open)), open);
    const { encryptedModule: _, ...dataOnly } = { ...owners, releases: [owners.releases[1]!] };
    assert.deepEqual(decodeOwners(encodeOwners(dataOnly)), dataOnly);
    const result: ResultMessage = { kind: 'result', round: 1n, cyclesDone: 3, keyHash: filled(32, 1), signature: filled(64, 2), stateCiphertext: filled(40, 3), outputsCiphertext: filled(33, 4), workUnits: 7 };
    assert.deepEqual(decodeMessage(encodeMessage(result)), result);
    assert.deepEqual(decodeMessage(encodeMessage({ ...result, inputStateCommitment: filled(32, 9) })), { ...result, inputStateCommitment: filled(32, 9) });
  });

  it('refuses truncated, trailing, oversized and unknown fields before slicing', () => {
    const bytes = encodeOwners(owners);
    assert.throws(() => decodeOwners(bytes.subarray(0, bytes.length - 1)), malformed);
    assert.throws(() => decodeOwners(new Uint8Array([...bytes, 0])), malformed);
    const badVersion = bytes.slice();
    badVersion[0] = 2;
    assert.throws(() => decodeOwners(badVersion), malformed);
    const badRole = bytes.slice();
    badRole[1 + 32 + 20 + 32 + 1] = 9;
    assert.throws(() => decodeOwners(badRole), malformed);
    const hugeLength = bytes.slice();
    new DataView(hugeLength.buffer).setUint32(1 + 32 + 20 + 32 + 1 + 1 + 32, 0xffff_ffff, false);
    assert.throws(() => decodeOwners(hugeLength), malformed);
    assert.throws(() => encodeOwners({ ...owners, encryptedModule: new Uint8Array(MAX_OWNER_MODULE_BYTES + 1) }), (error: unknown) => (error as { code?: string }).code === 'MODULE_TOO_LARGE');
  });
});
