/**
 * parseInfo on documents from executors of another protocol version: refused before anything else is
 * read, with both versions named (a requester of airtnt/4 cannot open the rounds of an airtnt/3 enclave).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { parseInfo, PROTOCOL_VERSION } from './info.js';

describe('executor info: protocol version', () => {
  it('refuses another version by naming both, its text made printable and bounded', () => {
    assert.equal(PROTOCOL_VERSION, 'airtnt/4');
    assert.throws(() => parseInfo({ protocol: 'airtnt/3', executor: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8' }), (error) => {
      assert.ok(isAirtntError(error, 'INFO_MALFORMED'));
      assert.match(error.message, /speaks protocol airtnt\/3, this requester airtnt\/4/);
      return true;
    });
    assert.throws(() => parseInfo({ protocol: `airtnt/9\n\u001b[31m${'x'.repeat(500)}` }), (error) => {
      assert.ok(isAirtntError(error, 'INFO_MALFORMED'));
      assert.ok(!error.shortMessage.includes('\n') && !error.shortMessage.includes('\u001b') && error.shortMessage.length < 200, error.shortMessage);
      return true;
    });
  });

  it('reads a document of its own version further, and says which field is wrong', () => {
    assert.throws(() => parseInfo({ protocol: PROTOCOL_VERSION }), (error) => {
      assert.ok(isAirtntError(error, 'INFO_MALFORMED'));
      assert.equal(error.message.includes('speaks protocol'), false);
      assert.ok(typeof error.details?.field === 'string');
      return true;
    });
    // Not a string: the schema's answer, as before.
    assert.throws(() => parseInfo({ protocol: 4 }), (error) => isAirtntError(error, 'INFO_MALFORMED') && error.details?.field === 'protocol');
  });
});
