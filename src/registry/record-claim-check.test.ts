/** The requester's check of each round's RoundRecord claim against the registry's domain and the enclave's record key. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { createRecordClaimSigner } from '../enclave/record-claim.js';
import { isAirtntError } from '../util/errors.js';
import { checkRecordClaim } from './record-claim-check.js';

const domain = { chainId: 31337, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' as const };
const sessionId = new Uint8Array(randomBytes(32));
const record = new Uint8Array(randomBytes(180));

const refused = (error: unknown) => isAirtntError(error, 'RECORD_CLAIM_INVALID');

describe('RoundRecord claim check', () => {
  it('accepts the enclave\'s own claim and refuses every other', async () => {
    const enclave = createRecordClaimSigner(domain);
    const claim = await enclave.sign(sessionId, 3n, record);
    const expected = { recordAddress: enclave.address, sessionId, round: 3n, record };
    await checkRecordClaim(domain, expected, claim);

    await assert.rejects(checkRecordClaim(domain, expected, undefined), refused, 'no claim');
    await assert.rejects(checkRecordClaim(domain, { ...expected, recordAddress: undefined }, claim), refused, 'no record key bound');
    await assert.rejects(checkRecordClaim(domain, { ...expected, round: 4n }, claim), refused, 'another round');
    await assert.rejects(checkRecordClaim(domain, { ...expected, sessionId: new Uint8Array(32) }, claim), refused, 'another session');
    await assert.rejects(checkRecordClaim(domain, { ...expected, record: record.slice(1) }, claim), refused, 'another record');
    await assert.rejects(checkRecordClaim({ ...domain, verifyingContract: '0x0000000000000000000000000000000000000001' }, expected, claim), refused, 'another registry');
    await assert.rejects(checkRecordClaim({ ...domain, chainId: 1 }, expected, claim), refused, 'another chain');
    const stranger = createRecordClaimSigner(domain);
    await assert.rejects(checkRecordClaim(domain, expected, await stranger.sign(sessionId, 3n, record)), refused, 'another key');
    await assert.rejects(checkRecordClaim(domain, expected, claim.slice(0, 64)), refused, 'short');
    const garbage = new Uint8Array(65).fill(0xff);
    await assert.rejects(checkRecordClaim(domain, expected, garbage), refused, 'not a signature');
  });
});
