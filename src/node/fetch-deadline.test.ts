/**
 * Regression (hostile executor): /v1/info and /v1/collateral served one byte at a time used to hold the
 * requester for as long as the bytes kept coming (the socket timeout only bounds silence). The whole
 * exchange must end within the timeout.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { fetchExecutorCollateral } from './collateral-client.js';
import { fetchExecutorInfo } from './verify-executor.js';

describe('fetching an executor\'s documents has a total deadline', () => {
  let server: Server;
  let base: string;
  const timers = new Set<NodeJS.Timeout>();

  before(async () => {
    // Answers 200 at once, then one byte every 100 ms, for ever.
    server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => response.write(' '), 100);
      timers.add(timer);
      response.on('close', () => clearInterval(timer));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    for (const timer of timers) clearInterval(timer);
    server.closeAllConnections();
    server.close();
  });

  for (const [name, fetch] of [
    ['info', (url: string) => fetchExecutorInfo(url, 600)],
    ['collateral', (url: string) => fetchExecutorCollateral(url, 600)],
  ] as const) {
    it(`a trickled ${name} document fails with EXECUTOR_TIMEOUT at the deadline`, async () => {
      const started = performance.now();
      await assert.rejects(fetch(base), (error: unknown) => isAirtntError(error, 'EXECUTOR_TIMEOUT'));
      const took = performance.now() - started;
      assert.ok(took < 3_000, `took ${took.toFixed(0)} ms against a 600 ms deadline`);
    });
  }
});
