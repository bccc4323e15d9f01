/** decimals() of hostile tokens on anvil: only one word holding 0..36 is accepted, and the call is bounded. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { zeroAddress, type Address } from 'viem';
import { isAirtntError } from '../util/errors.js';
import { deployContract } from './deploy.js';
import { oddDecimalsAbi, oddDecimalsBytecode, sixDecimalsTokenAbi, sixDecimalsTokenBytecode } from './generated/contracts.js';
import { startFixture, type Fixture } from './test-helpers/fixture.js';
import { MAX_TOKEN_DECIMALS, readTokenDecimals } from './token-decimals.js';

let f: Fixture;
before(async () => {
  f = await startFixture();
});
after(async () => {
  await f?.devnet.stop();
});

const odd = async (mode: number, value: bigint): Promise<Address> => (await deployContract(f.stranger, 'OddDecimals', oddDecimalsAbi, oddDecimalsBytecode, [BigInt(mode), value])).address;
const failsWith = (code: string) => (error: unknown) => isAirtntError(error, code);

describe('readTokenDecimals', () => {
  it('reads 6 and 18, and 18 for ETH', async () => {
    const six = (await deployContract(f.stranger, 'SixDecimalsToken', sixDecimalsTokenAbi, sixDecimalsTokenBytecode)).address;
    assert.equal(await readTokenDecimals(f.requester, six), 6);
    assert.equal(await readTokenDecimals(f.requester, f.devnet.token), 18);
    assert.equal(await readTokenDecimals(f.requester, zeroAddress), 18);
    assert.equal(await readTokenDecimals(f.requester, await odd(0, BigInt(MAX_TOKEN_DECIMALS))), MAX_TOKEN_DECIMALS);
  });

  it('refuses out-of-range values, wrong-sized answers, reverts, gas burners and addresses without code', async () => {
    await assert.rejects(readTokenDecimals(f.requester, await odd(0, 37n)), failsWith('TOKEN_DECIMALS_INVALID'));
    await assert.rejects(readTokenDecimals(f.requester, await odd(0, 1n << 200n)), failsWith('TOKEN_DECIMALS_INVALID'));
    await assert.rejects(readTokenDecimals(f.requester, await odd(3, 6n)), failsWith('TOKEN_DECIMALS_INVALID'));
    await assert.rejects(readTokenDecimals(f.requester, await odd(4, 6n)), failsWith('TOKEN_DECIMALS_INVALID'));
    await assert.rejects(readTokenDecimals(f.requester, await odd(1, 6n)), failsWith('TOKEN_DECIMALS_UNREADABLE'));
    const started = performance.now();
    await assert.rejects(readTokenDecimals(f.requester, await odd(2, 6n)), failsWith('TOKEN_DECIMALS_UNREADABLE'));
    assert.ok(performance.now() - started < 10_000, 'the gas limit bounds a spinning decimals()');
    await assert.rejects(readTokenDecimals(f.requester, f.stranger.account.address), failsWith('TOKEN_NOT_A_CONTRACT'));
  });
});
