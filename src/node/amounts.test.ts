import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { zeroAddress } from 'viem';
import { isAirtntError } from '../util/errors.js';
import { DEFAULT_ETH_PRICE_CAP, describeAmount, parseAmount, resolveAmount, resolvePriceCap } from './amounts.js';

const TOKEN = '0x00000000000000000000000000000000000a11ce';
const failsWith = (code: string) => (error: unknown) => isAirtntError(error, code);

describe('amounts in real units', () => {
  it('ETH: wei, gwei and eth; digits alone are wei; the default price limit is 1 gwei', () => {
    assert.equal(resolveAmount('1gwei', zeroAddress, 18, 'x'), 1_000_000_000n);
    assert.equal(resolveAmount('0.000000001 eth', zeroAddress, 18, 'x'), 1_000_000_000n);
    assert.equal(resolveAmount('1500', zeroAddress, 18, 'x'), 1500n);
    assert.equal(resolveAmount('0.5gwei', zeroAddress, 18, 'x'), 500_000_000n);
    assert.equal(resolvePriceCap(undefined, zeroAddress, 18), DEFAULT_ETH_PRICE_CAP);
    assert.equal(DEFAULT_ETH_PRICE_CAP, 1_000_000_000n);
  });

  it('tokens: whole tokens scale by decimals (6 and 18), units are the smallest unit', () => {
    assert.equal(resolveAmount('0.001tokens', TOKEN, 6, 'x'), 1000n);
    assert.equal(resolveAmount('0.001tokens', TOKEN, 18, 'x'), 1_000_000_000_000_000n);
    assert.equal(resolveAmount('2 token', TOKEN, 0, 'x'), 2n);
    assert.equal(resolveAmount('1000units', TOKEN, 6, 'x'), 1000n);
    assert.equal(resolveAmount(1000n, TOKEN, 6, 'x'), 1000n);
  });

  it('a token has no default price limit: the old 1e9 base units would be 1,000 tokens of a 6-decimal token', () => {
    assert.throws(() => resolvePriceCap(undefined, TOKEN, 6), failsWith('PRICE_CAP_REQUIRED'));
    assert.equal(describeAmount(1_000_000_000n, TOKEN, 6), '1000 tokens (1000000000 units, 6 decimals)');
  });

  it('refuses what is not an amount, ETH units for a token, finer than the unit, and beyond 2^96', () => {
    for (const text of ['', '-5', '0.5', '1 dollar', '1e9', '0x10', '1.2.3']) assert.throws(() => parseAmount(text), failsWith('AMOUNT_INVALID'), text);
    assert.throws(() => resolveAmount('1gwei', TOKEN, 18, 'x'), failsWith('AMOUNT_UNIT_MISMATCH'));
    assert.throws(() => resolveAmount('5wei', TOKEN, 18, 'x'), failsWith('AMOUNT_UNIT_MISMATCH'));
    assert.throws(() => resolveAmount('0.0000001tokens', TOKEN, 6, 'x'), failsWith('AMOUNT_BELOW_UNIT'));
    assert.throws(() => resolveAmount('0.1gwei1', zeroAddress, 18, 'x'), failsWith('AMOUNT_INVALID'));
    assert.equal(resolveAmount('0.0000010000tokens', TOKEN, 6, 'x'), 1n, 'trailing zeros are not finer');
    assert.throws(() => resolveAmount('1000000000000tokens', TOKEN, 18, 'x'), failsWith('AMOUNT_OUT_OF_RANGE'));
  });
});
