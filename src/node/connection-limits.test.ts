import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { ConnectionLimiter } from './connection-limits.js';

describe('connection limits per address', () => {
  it('admits up to maxPerAddress live connections from one address, others independently', () => {
    const limiter = new ConnectionLimiter({ maxPerAddress: 2, maxNewPerWindow: 100 });
    const a1 = limiter.admit('10.0.0.1');
    const a2 = limiter.admit('10.0.0.1');
    assert.ok(a1.admitted && a2.admitted);
    assert.deepEqual(limiter.admit('10.0.0.1'), { admitted: false, reason: 'too-many-live' });
    assert.ok(limiter.admit('10.0.0.2').admitted);
    a1.release();
    a1.release(); // twice counts once
    assert.ok(limiter.admit('10.0.0.1').admitted);
    assert.deepEqual(limiter.admit('10.0.0.1'), { admitted: false, reason: 'too-many-live' });
  });

  it('limits new connections per window, and forgets idle addresses after it', () => {
    let now = 0;
    const limiter = new ConnectionLimiter({ maxPerAddress: 10, maxNewPerWindow: 3, windowMs: 1_000 }, () => now);
    for (let i = 0; i < 3; i++) {
      const admitted = limiter.admit('h');
      assert.ok(admitted.admitted);
      admitted.release();
    }
    assert.deepEqual(limiter.admit('h'), { admitted: false, reason: 'too-many-new' });
    now = 1_000;
    assert.ok(limiter.admit('h').admitted);
    now = 5_000;
    assert.ok(limiter.admit('x').admitted);
    limiter.prune();
    assert.equal(limiter.trackedAddresses, 2); // 'h' still has a live connection, 'x' too
  });

  it('refuses nonsensical limits', () => {
    assert.throws(() => new ConnectionLimiter({ maxPerAddress: 0 }), (e) => isAirtntError(e, 'INVALID_EXECUTOR_OPTIONS'));
  });
});
