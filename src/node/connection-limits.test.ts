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
    assert.deepEqual(limiter.admit('10.0.0.1'), { admitted: false, reason: 'too-many-live', retryAfterSeconds: 1 });
    assert.ok(limiter.admit('10.0.0.2').admitted);
    a1.release();
    a1.release(); // twice counts once
    assert.ok(limiter.admit('10.0.0.1').admitted);
    assert.deepEqual(limiter.admit('10.0.0.1'), { admitted: false, reason: 'too-many-live', retryAfterSeconds: 1 });
  });

  it('limits new connections per window, says when the window ends, and forgets idle addresses after it', () => {
    let now = 0;
    const limiter = new ConnectionLimiter({ maxPerAddress: 10, maxNewPerWindow: 3, windowMs: 10_000 }, () => now);
    for (let i = 0; i < 3; i++) {
      const admitted = limiter.admit('h');
      assert.ok(admitted.admitted);
      admitted.release();
    }
    now = 2_500;
    assert.deepEqual(limiter.admit('h'), { admitted: false, reason: 'too-many-new', retryAfterSeconds: 8 });
    now = 10_000;
    assert.ok(limiter.admit('h').admitted);
    now = 50_000;
    assert.ok(limiter.admit('x').admitted);
    limiter.prune();
    assert.equal(limiter.trackedAddresses, 2); // 'h' still has a live connection, 'x' too
  });

  it('lets one address hold only a few connections that have not opened a session', () => {
    const limiter = new ConnectionLimiter({ maxPerAddress: 8, maxPreOpenPerAddress: 2 });
    const a = limiter.admit('h');
    const b = limiter.admit('h');
    assert.ok(a.admitted && b.admitted);
    assert.equal(limiter.admit('h').admitted, false);
    a.opened();
    assert.ok(limiter.admit('h').admitted, 'an opened session no longer counts as idle');
  });

  it('a few addresses holding idle sockets cannot fill the global cap: the oldest unopened socket is evicted', () => {
    const limiter = new ConnectionLimiter({ maxTotal: 64, maxPerAddress: 8, maxPreOpenPerAddress: 8 });
    const evicted: string[] = [];
    // The attack of issue 9: 8 addresses x 8 idle sockets fill 64 slots.
    for (let host = 0; host < 8; host++) {
      for (let i = 0; i < 8; i++) assert.ok(limiter.admit(`10.0.0.${host}`, () => evicted.push(`10.0.0.${host}#${i}`)).admitted);
    }
    assert.equal(limiter.liveConnections, 64);
    const honest = limiter.admit('192.0.2.1', () => evicted.push('honest'));
    assert.ok(honest.admitted, 'an honest client still gets in');
    assert.deepEqual(evicted, ['10.0.0.0#0']);
    assert.equal(limiter.liveConnections, 64);
    honest.opened();
    // Opened sessions are never evicted: once every slot holds one, the node is full.
    const full = new ConnectionLimiter({ maxTotal: 2 });
    const s1 = full.admit('a');
    const s2 = full.admit('b');
    assert.ok(s1.admitted && s2.admitted);
    s1.opened();
    s2.opened();
    assert.deepEqual(full.admit('c'), { admitted: false, reason: 'full', retryAfterSeconds: 1 });
    s2.release();
    assert.ok(full.admit('c').admitted);
  });

  it('refuses nonsensical limits', () => {
    assert.throws(() => new ConnectionLimiter({ maxPerAddress: 0 }), (e) => isAirtntError(e, 'INVALID_EXECUTOR_OPTIONS'));
    assert.throws(() => new ConnectionLimiter({ maxTotal: 1.5 }), (e) => isAirtntError(e, 'INVALID_EXECUTOR_OPTIONS'));
  });
});
