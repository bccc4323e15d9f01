/**
 * The collect race on a devnet with a block every second (issue 9, case 5): fifty 1-wei decoy
 * sessions end just before a large one whose channel expires 10 blocks later. The large collect must
 * land in time and no decoy is worth its gas. With decoys that are worth collecting, all of them
 * and the large one go out several per block, the large one first.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCollectRace } from './collect-race.js';

describe('collect race', () => {
  it('collects the large payment in time behind fifty 1-wei decoys, and sends no decoy', async () => {
    const result = await runCollectRace({ blockTimeSeconds: 1, decoys: 50 });
    assert.equal(result.largeCollectedInTime, true, JSON.stringify(result));
    assert.ok(result.largeLandedBlocksAfterEnd !== null && result.largeLandedBlocksAfterEnd <= 3, JSON.stringify(result));
    assert.equal(result.decoysSent, 0);
    assert.equal(result.decoyGasUsed, '0');
  });

  it('sends decoys worth their gas several per block, after the large one', async () => {
    const result = await runCollectRace({ blockTimeSeconds: 1, decoys: 50, decoyAmount: 10n ** 16n });
    assert.equal(result.largeCollectedInTime, true, JSON.stringify(result));
    assert.ok(result.largeLandedBlocksAfterEnd !== null && result.largeLandedBlocksAfterEnd <= 3, JSON.stringify(result));
    // All fifty go out on a quiet machine; a loaded one may end the scenario before the last batches.
    assert.ok(result.decoysSent >= 16, JSON.stringify(result));
    assert.ok(result.firstDecoyBlocksAfterEnd !== null && result.firstDecoyBlocksAfterEnd >= result.largeLandedBlocksAfterEnd!, 'no decoy before the large one');
    assert.ok(result.maxCollectsPerBlock > 1, JSON.stringify(result));
  });
});
