import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { clientAddress, limitKey, normaliseAddress, trustedProxyList } from './client-address.js';

describe('client address and limit key', () => {
  it('aggregates IPv6 by /64 and counts IPv4-mapped IPv6 as the IPv4 address', () => {
    assert.equal(limitKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd'), '2001:db8:1:2:0:0:0:0/64');
    assert.equal(limitKey('2001:db8:1:2::1'), limitKey('2001:db8:1:2:ffff::9'));
    assert.notEqual(limitKey('2001:db8:1:2::1'), limitKey('2001:db8:1:3::1'));
    assert.equal(limitKey('2001:db8:1:2::1', 48), '2001:db8:1:0:0:0:0:0/48');
    assert.equal(normaliseAddress('::ffff:192.0.2.7'), '192.0.2.7');
    assert.equal(normaliseAddress('::FFFF:c000:0207'), '192.0.2.7');
    assert.equal(limitKey(normaliseAddress('::ffff:192.0.2.7')!), limitKey('192.0.2.7'));
    assert.equal(normaliseAddress('not an address'), undefined);
  });

  it('believes forwarding headers only from trusted proxies, and only the header named', () => {
    const proxies = trustedProxyList(['127.0.0.1', '10.0.0.0/8', 'fd00::/8']);
    const xff = { 'x-forwarded-for': '198.51.100.9, 203.0.113.5, 10.1.2.3' };
    // Not from a proxy: the header is the client's own words.
    assert.equal(clientAddress('192.0.2.1', xff, proxies), '192.0.2.1');
    assert.equal(clientAddress('127.0.0.1', xff, undefined), '127.0.0.1');
    // From a proxy: the nearest untrusted hop (the leftmost entries are the client's to forge).
    assert.equal(clientAddress('127.0.0.1', xff, proxies), '203.0.113.5');
    assert.equal(clientAddress('::ffff:127.0.0.1', xff, proxies), '203.0.113.5');
    // Only the named header counts: a forged Forwarded does nothing when the proxy sets X-Forwarded-For.
    assert.equal(clientAddress('127.0.0.1', { forwarded: 'for=192.0.2.99', 'x-forwarded-for': '203.0.113.5' }, proxies), '203.0.113.5');
    assert.equal(clientAddress('127.0.0.1', { forwarded: 'for=192.0.2.60;proto=https, for="[2001:db8::7]:4711"' }, proxies, 'forwarded'), '2001:db8::7');
    assert.equal(clientAddress('127.0.0.1', { forwarded: 'for=192.0.2.60:8080' }, proxies, 'forwarded'), '192.0.2.60');
    // Garbage or nothing: counted against the proxy that forwarded it.
    assert.equal(clientAddress('127.0.0.1', { 'x-forwarded-for': 'unknown' }, proxies), '127.0.0.1');
    assert.equal(clientAddress('127.0.0.1', {}, proxies), '127.0.0.1');
    assert.equal(clientAddress('127.0.0.1', { 'x-forwarded-for': ['198.51.100.9', '10.9.9.9'] }, proxies), '198.51.100.9');
  });

  it('refuses trusted proxies that are not addresses or ranges', () => {
    for (const bad of ['localhost', '10.0.0.0/33', '10.0.0.0/', '1.2.3.4/8/9', 'fd00::/129']) {
      assert.throws(() => trustedProxyList([bad]), (e) => isAirtntError(e, 'INVALID_EXECUTOR_OPTIONS'), bad);
    }
  });
});
