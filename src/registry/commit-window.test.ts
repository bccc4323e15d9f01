/**
 * The --from-registry message about when to run again counts in chain time (new-user review 12/11: a
 * devnet's clock runs ahead of the wall clock after its epochs are warped through, so a window given as
 * UTC chain timestamps was read on the wrong clock): seconds from now on the chain, and the same window
 * on this machine's clock.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commitWindow } from './select-executor.js';

const at = (iso: string) => BigInt(Date.parse(iso) / 1000);

describe('--from-registry: the committed epoch\'s window', () => {
  it('says when it opens and how long it lasts in chain time, and where that falls on this machine\'s clock when the chain runs ahead', () => {
    // As seen on a devnet: the chain 97 s ahead of the machine, the committed epoch opening in 39 s of chain time.
    const text = commitWindow({ target: 23n, from: at('2026-12-01T10:22:18Z'), until: at('2026-12-01T10:22:48Z'), chainNow: at('2026-12-01T10:21:39Z'), wallNow: at('2026-12-01T10:20:02Z') });
    assert.match(text, /^which opens in 39 s of chain time and lasts 30 s /);
    assert.match(text, /the chain's clock reads 2026-12-01T10:21:39\.000Z, 97 s ahead of this machine's clock/);
    assert.match(text, /by this machine's clock from 2026-12-01T10:20:41\.000Z to 2026-12-01T10:21:11\.000Z\)$/);
  });

  it('says so when the window is open now, and names no skew between clocks that agree', () => {
    const text = commitWindow({ target: 5n, from: 1000n, until: 1060n, chainNow: 1010n, wallNow: 1009n });
    assert.match(text, /^which is open now and lasts 60 s /);
    assert.doesNotMatch(text, /ahead of|behind/);
  });
});
