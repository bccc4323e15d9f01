import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEther } from 'viem';
import { duration, leaveLines, registryStatusLine } from './executor-registry-text.js';

const node = { address: '0x00000000000000000000000000000000000000aa' as const, stake: parseEther('2'), pendingStake: 0n, leaveEpoch: 0n, caseEpoch: 4n, endpoint: 'http://127.0.0.1:8547' };

describe('executor status --registry and executor leave: the operator\'s lines', () => {
  it('says the epoch now and the case epoch; a pending or not yet active node says "not yet active"', () => {
    assert.equal(
      registryStatusLine({ ...node, status: 'admitted', activeEpoch: 6n }, 7n),
      '0x00000000000000000000000000000000000000aa: now epoch 7; admitted in case epoch 4; active since epoch 6; 2 ETH staked; endpoint http://127.0.0.1:8547',
    );
    assert.match(registryStatusLine({ ...node, status: 'admitted', activeEpoch: 6n }, 5n), /now epoch 5; admitted in case epoch 4; not yet active \(a candidate from epoch 6\)/);
    assert.match(registryStatusLine({ ...node, status: 'pending', stake: 0n, pendingStake: parseEther('2'), activeEpoch: 0n }, 3n), /now epoch 3; pending: judged in case epoch 4; not yet active; 2 ETH staked/);
  });

  it('leave gives withdrawableAt as an ISO time and the unbonding delay as a duration', () => {
    const text = leaveLines({ node: node.address, leaveEpoch: 9n, withdrawableAt: 1_800_000_000n, unbondingDelay: 5000n, now: 1_799_999_000n, txHash: '0xabc' });
    assert.match(text, /a candidate until epoch 9/);
    assert.match(text, /withdrawn from 2027-01-15T08:00:00\.000Z \(chain time; the unbonding delay is 1 h 23 min 20 s, 16 min 40 s from now\)/);
    assert.equal(duration(0n), '0 s');
    assert.equal(duration(90_061n), '1 d 1 h 1 min 1 s');
  });
});
