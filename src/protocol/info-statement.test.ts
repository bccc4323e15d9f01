import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { checkStatementToSign, encodeInfoStatement, MAX_INFO_STATEMENT_BYTES, verifyInfoStatement, type InfoStatement } from './info-statement.js';
import { generateNodeRecordSigner } from '../crypto/node-primitives.js';
import { RECORD_DOMAIN_TAG } from './record.js';

const key = generateNodeRecordSigner();
const statement: InfoStatement = {
  signingPublicKey: key.publicKey,
  chainId: 31337,
  channels: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
  executor: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  pricePerCycle: 1_000n,
  minDeposit: 10n ** 15n,
  limits: { maxCyclesPerRound: 10_000_000, minChannelSeconds: 600, maxFrameBytes: 4 * 1024 * 1024, maxStateBytes: 4 * 1024 * 1024 },
  acceptedTokens: [
    { token: '0x00000000000000000000000000000000000a11ce', pricePerCycle: 7n },
    { token: '0x0000000000000000000000000000000000000000', pricePerCycle: 1_000n },
  ],
  functions: ['ab'.repeat(32), '01'.repeat(32)],
};

describe('signed info statement', () => {
  it('has the documented layout: 201 bytes of header, 52 per token, 2 + 32 per function, lists sorted', () => {
    const bytes = encodeInfoStatement(statement);
    assert.equal(bytes.length, 201 + 2 * 52 + 2 + 2 * 32);
    assert.equal(Buffer.from(bytes.subarray(0, 23)).toString('latin1'), 'airtnt/executor-info/v2');
    assert.equal(Buffer.from(bytes.subarray(201, 221)).toString('hex'), '0'.repeat(40), 'ETH (the zero address) sorts first');
    assert.equal(Buffer.from(bytes.subarray(bytes.length - 64, bytes.length - 32)).toString('hex'), '01'.repeat(32));
    // Order of the lists in the document does not matter.
    assert.deepEqual(encodeInfoStatement({ ...statement, acceptedTokens: [...statement.acceptedTokens].reverse(), functions: [...statement.functions].reverse() }), bytes);
    assert.ok(MAX_INFO_STATEMENT_BYTES < 64 * 1024);
  });

  it('refuses the statement of an enclave of an earlier protocol (v1 tag, airtnt/3), whatever version its host claims', () => {
    const v1 = encodeInfoStatement(statement);
    v1.set(new TextEncoder().encode('airtnt/executor-info/v1'), 0);
    assert.throws(() => verifyInfoStatement(statement, key.sign(v1)), (e) => isAirtntError(e, 'INFO_NOT_SIGNED'));
    // And the current enclave never signs one: what it signs starts with the current tag.
    assert.throws(() => checkStatementToSign(v1, key.publicKey));
  });

  it('verifies the enclave\'s signature, and refuses any field changed', () => {
    const signature = key.sign(encodeInfoStatement(statement));
    verifyInfoStatement(statement, signature);
    for (const changed of [{ pricePerCycle: 999n }, { executor: '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC' as const }, { minDeposit: 0n }, { chainId: 1 }, { functions: ['ab'.repeat(32)] }]) {
      assert.throws(() => verifyInfoStatement({ ...statement, ...changed }, signature), (e) => isAirtntError(e, 'INFO_NOT_SIGNED'), JSON.stringify(changed, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
    }
  });

  it('lets the enclave sign only a well-formed statement naming its own key (never a round record)', () => {
    const bytes = encodeInfoStatement(statement);
    checkStatementToSign(bytes, key.publicKey);
    const refused = (candidate: Uint8Array, signer = key.publicKey) => assert.throws(() => checkStatementToSign(candidate, signer), (e) => isAirtntError(e, 'INFO_STATEMENT_INVALID'));
    refused(bytes, generateNodeRecordSigner().publicKey);
    refused(bytes.subarray(0, bytes.length - 1));
    refused(new Uint8Array([...bytes, 0]));
    const record = new Uint8Array(332);
    record.set(RECORD_DOMAIN_TAG);
    refused(record);
    assert.throws(() => encodeInfoStatement({ ...statement, functions: ['ab'.repeat(32), 'AB'.repeat(32)] }), (e) => isAirtntError(e, 'INFO_STATEMENT_INVALID'));
  });

  it('appends the module policy (accept, maxModuleBytes, listed measurements) only when stated, signed like the rest', () => {
    const plain = encodeInfoStatement(statement);
    const listed = { ...statement, modules: { accept: 'list' as const, measurements: ['cd'.repeat(32), 'ef'.repeat(32)], maxModuleBytes: 2 ** 21 } };
    const bytes = encodeInfoStatement(listed);
    assert.equal(bytes.length, plain.length + 11 + 2 * 32);
    assert.deepEqual(bytes.subarray(0, plain.length), plain, 'the older layout, then the trailer');
    assert.equal(bytes[plain.length], 2);
    assert.equal(Buffer.from(bytes.subarray(plain.length + 1, plain.length + 9)).readBigUInt64BE(), 2n ** 21n);
    assert.equal(Buffer.from(bytes.subarray(plain.length + 9, plain.length + 11)).readUInt16BE(), 2);
    checkStatementToSign(bytes, key.publicKey);
    const any = encodeInfoStatement({ ...statement, modules: { accept: 'any', measurements: [], maxModuleBytes: 1024 } });
    assert.equal(any.length, plain.length + 11);
    checkStatementToSign(any, key.publicKey);
    const signature = key.sign(bytes);
    verifyInfoStatement(listed, signature);
    for (const changed of [{ accept: 'any' as const, measurements: [] }, { maxModuleBytes: 2 ** 22 }, { measurements: ['cd'.repeat(32)] }]) {
      assert.throws(() => verifyInfoStatement({ ...listed, modules: { ...listed.modules, ...changed } }, signature), (e) => isAirtntError(e, 'INFO_NOT_SIGNED'));
    }
    assert.throws(() => verifyInfoStatement(statement, signature), (e) => isAirtntError(e, 'INFO_NOT_SIGNED'), 'dropping the policy breaks the signature');
    assert.throws(() => checkStatementToSign(new Uint8Array([...bytes.subarray(0, plain.length), 3, ...bytes.subarray(plain.length + 1)]), key.publicKey), (e) => isAirtntError(e, 'INFO_STATEMENT_INVALID'));
    assert.throws(() => checkStatementToSign(bytes.subarray(0, bytes.length - 1), key.publicKey), (e) => isAirtntError(e, 'INFO_STATEMENT_INVALID'));
  });
  it('appends maxChannelSeconds (tag 0xc1, uint64) only when stated, after the module policy, signed like the rest', () => {
    const plain = encodeInfoStatement(statement);
    const bounded = { ...statement, limits: { ...statement.limits, maxChannelSeconds: 3600 } };
    const bytes = encodeInfoStatement(bounded);
    assert.equal(bytes.length, plain.length + 9);
    assert.deepEqual(bytes.subarray(0, plain.length), plain, 'the older layout, then the trailer');
    assert.equal(bytes[plain.length], 0xc1);
    assert.equal(Buffer.from(bytes.subarray(plain.length + 1)).readBigUInt64BE(), 3600n);
    checkStatementToSign(bytes, key.publicKey);
    const both = encodeInfoStatement({ ...bounded, modules: { accept: 'list', measurements: ['cd'.repeat(32)], maxModuleBytes: 1024 } });
    assert.equal(both.length, plain.length + 11 + 32 + 9);
    assert.equal(both[both.length - 9], 0xc1, 'the channel trailer comes last');
    checkStatementToSign(both, key.publicKey);
    const signature = key.sign(bytes);
    verifyInfoStatement(bounded, signature);
    assert.throws(() => verifyInfoStatement({ ...bounded, limits: { ...bounded.limits, maxChannelSeconds: 7200 } }, signature), (e) => isAirtntError(e, 'INFO_NOT_SIGNED'), 'a raised bound breaks the signature');
    assert.throws(() => verifyInfoStatement(statement, signature), (e) => isAirtntError(e, 'INFO_NOT_SIGNED'), 'dropping the bound breaks the signature');
    const refused = (candidate: Uint8Array) => assert.throws(() => checkStatementToSign(candidate, key.publicKey), (e) => isAirtntError(e, 'INFO_STATEMENT_INVALID'));
    refused(bytes.subarray(0, bytes.length - 1));
    refused(new Uint8Array([...bytes, 0]));
    refused(new Uint8Array([...bytes.subarray(0, plain.length), 0xc2, ...bytes.subarray(plain.length + 1)]));
    refused(new Uint8Array([...both, ...bytes.subarray(plain.length)]));
  });
});
