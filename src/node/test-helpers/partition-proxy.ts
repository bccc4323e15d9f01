/**
 * A loopback TCP relay that a test can cut: bytes flow both ways until cut(), after which every
 * byte in either direction is dropped while both sockets stay open. An executor behind it is then
 * alive, its socket open, and silent to whoever connects through the relay: a network partition
 * (the executor keeps its own links to others, e.g. its pool links to the standbys).
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

export type PartitionProxy = { url: string; cut(): void; readonly isCut: boolean; close(): Promise<void> };

/** Relays 127.0.0.1:<free port> to `target` (an http:// base URL); `url` is the relay's base URL. */
export async function startPartitionProxy(target: string): Promise<PartitionProxy> {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  let cut = false;
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('error', () => socket.destroy());
    socket.on('close', () => sockets.delete(socket));
  };
  const server: Server = createServer((client) => {
    track(client);
    const executor = connect({ host: upstream.hostname, port: Number(upstream.port) });
    track(executor);
    // Written by hand rather than piped, so that a cut drops bytes instead of buffering them.
    client.on('data', (chunk) => {
      if (!cut) executor.write(chunk);
    });
    executor.on('data', (chunk) => {
      if (!cut) client.write(chunk);
    });
    // Before the cut a close is relayed; after it nothing is, as on a partitioned network.
    client.on('close', () => {
      if (!cut) executor.destroy();
    });
    executor.on('close', () => {
      if (!cut) client.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the partition proxy has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    cut() {
      cut = true;
    },
    get isCut() {
      return cut;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
