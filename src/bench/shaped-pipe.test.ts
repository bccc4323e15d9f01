/**
 * The user-space shaping relay of `bench netfaults` (where the kernel has no netem) delays every chunk
 * and loses some, but, like TCP, never reorders bytes: a reordered stream put a `result` frame before
 * the `key` frame ahead of it, and the requester rightly refused the session (MESSAGE_OUT_OF_ORDER).
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, connect, type Socket, type AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { shapedPipe } from './netns.js';

describe('shaped relay pipe', { timeout: 30_000 }, () => {
  it('delivers every byte in order, whatever the jitter and loss, then ends', async () => {
    // sender -> [a | b] -> (shapedPipe b -> c) -> [c | d] -> receiver
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as AddressInfo).port;
    const accepted: Socket[] = [];
    server.on('connection', (socket) => accepted.push(socket));
    const pair = async (): Promise<[Socket, Socket]> => {
      const client = connect(port, '127.0.0.1');
      client.setNoDelay(true);
      await once(client, 'connect');
      while (accepted.length === 0) await once(server, 'connection');
      return [client, accepted.shift()!];
    };
    const [a, b] = await pair();
    const [c, d] = await pair();
    shapedPipe(b, c, { delayMs: 3, jitterMs: 3, lossPercent: 20 });
    const received: Buffer[] = [];
    d.on('data', (chunk: Buffer) => received.push(chunk));
    const ended = once(d, 'end');
    const sent: Buffer[] = [];
    for (let i = 0; i < 300; i++) {
      const chunk = Buffer.from(`${i},`);
      sent.push(chunk);
      a.write(chunk);
      // One chunk per turn, so that the relay reads them as separate chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    a.end();
    await ended;
    assert.equal(Buffer.concat(received).toString(), Buffer.concat(sent).toString());
    for (const socket of [a, b, c, d]) socket.destroy();
    server.close();
  });
});
