import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { limitSockets } from './socket-limits.js';

/** A raw TCP client from `localAddress` that sends half a request and then nothing. */
async function halfRequest(port: number, localAddress: string): Promise<Socket> {
  const socket = connect({ host: '127.0.0.1', port, localAddress });
  socket.on('error', () => undefined);
  // A socket the server refuses may be reset before or right after it connects.
  await new Promise<void>((resolve) => {
    socket.once('connect', resolve);
    socket.once('close', resolve);
  });
  if (!socket.destroyed) socket.write('GET /v1/info HTTP/1.1\r\nHost: x\r\n');
  // Read whatever comes (a 408), so that the server's close reaches us.
  socket.resume();
  return socket;
}

function closed(socket: Socket): Promise<void> {
  // Not events.once: it rejects on the 'error' (a reset) that comes before the close.
  return socket.destroyed ? Promise.resolve() : new Promise((resolve) => socket.once('close', () => resolve()));
}

async function get(port: number, localAddress: string): Promise<number> {
  const socket = connect({ host: '127.0.0.1', port, localAddress });
  socket.on('error', () => undefined);
  await once(socket, 'connect');
  socket.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (text += chunk));
  await once(socket, 'close');
  return Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1] ?? 0);
}

describe('raw socket limits (plain HTTP before any upgrade)', () => {
  let server: Server;
  let port: number;
  let limits: { openSockets(): number };

  before(async () => {
    server = createServer({ connectionsCheckingInterval: 100 }, (_request, response) => response.end('ok'));
    limits = limitSockets(server, { maxPerKey: 4, maxTotal: 64, headersTimeoutMs: 600, requestTimeoutMs: 800 });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('regression (attack campaign): one host cannot hold more than its share of half-sent requests', async () => {
    const sockets = await Promise.all(Array.from({ length: 10 }, () => halfRequest(port, '127.0.0.2')));
    // The sockets beyond the share are closed by the server at once.
    const refused = sockets.slice(4);
    await Promise.all(refused.map(closed));
    assert.ok(sockets.slice(0, 4).every((socket) => !socket.destroyed));
    assert.equal(limits.openSockets(), 4);
    // Another host is still served meanwhile.
    assert.equal(await get(port, '127.0.0.3'), 200);
    // And the held half-sent requests are ended by the request timeout (408 or a close), not kept.
    await Promise.all(sockets.slice(0, 4).map(closed));
    assert.equal(limits.openSockets(), 0);
  });

  it('a socket reset by its peer ends only that socket', async () => {
    const socket = await halfRequest(port, '127.0.0.4');
    socket.resetAndDestroy();
    await closed(socket);
    assert.equal(await get(port, '127.0.0.4'), 200);
  });
});
