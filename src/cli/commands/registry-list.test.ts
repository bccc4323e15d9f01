/** `airtnt registry list` names the TEE kind each node's join registered: a verifier's 0 is "no TEE", not "unknown". */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEther, zeroHash, type Address } from 'viem';
import { TEE_CODES, teeName, type ListedNode } from '../../registry/read-nodes.js';
import { nodeJson, nodeLine } from './registry-action.js';

function listed(role: 'executor' | 'verifier', tee: number): ListedNode {
  return {
    status: 'admitted', role, tee, index: 0, stake: parseEther('2'), pendingStake: 0n, pendingEpoch: 0n, activeEpoch: 4n, leaveEpoch: 0n, joinEpoch: 2n,
    enclaveKey: `0x${'11'.repeat(20)}` as Address, commitment: zeroHash, address: `0x${'22'.repeat(20)}` as Address, endpoint: 'http://127.0.0.1:7000',
    sealingKey: zeroHash, vrfKey: zeroHash, signingKey: zeroHash, runtimeMeasurement: zeroHash, evidenceHash: zeroHash, caseEpoch: 2n, joinBlock: 10n,
  };
}

describe('registry list: TEE kinds', () => {
  it('names every kind an executor can join with, and no node is "unknown"', () => {
    for (const [name, code] of Object.entries(TEE_CODES)) {
      assert.equal(teeName(code), name);
      assert.match(nodeLine(listed('executor', code)), new RegExp(`^executor admitted 0x2222\\S+ 2 ETH TEE ${name} http://127\\.0\\.0\\.1:7000$`));
      assert.equal(nodeJson(listed('executor', code)).tee, name);
    }
    // Verifiers join with 0: they judge evidence and run nothing.
    assert.match(nodeLine(listed('verifier', 0)), /^verifier admitted 0x2222\S+ 2 ETH no TEE http/);
    assert.equal(nodeJson(listed('verifier', 0)).tee, 'none');
    // A code this version does not know is shown as the code.
    assert.match(nodeLine(listed('executor', 9)), / TEE code 9 /);
    for (const line of [nodeLine(listed('verifier', 0)), nodeLine(listed('executor', 9))]) assert.doesNotMatch(line, /unknown/);
  });
});
