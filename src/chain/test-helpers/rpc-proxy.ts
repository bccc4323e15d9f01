/**
 * A JSON-RPC proxy on loopback in front of anvil that a test controls: it forwards every request and
 * lets the test rewrite answers (here: a receipt the node "does not have yet"). Test-only.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type RpcRequest = { jsonrpc: '2.0'; id: number | string; method: string; params?: unknown[] };
/** Returns the answer to send instead of forwarding, or undefined to forward the request. */
export type RpcOverride = (request: RpcRequest) => unknown;

export type RpcProxy = { url: string; close(): Promise<void> };

const MAX_BODY = 1 << 20;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY) request.destroy(new Error('request body too large'));
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

export async function startRpcProxy(target: string, override: RpcOverride): Promise<RpcProxy> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      try {
        const body = await readBody(request);
        const parsed = JSON.parse(body) as RpcRequest;
        const answer = override(parsed);
        const text =
          answer === undefined
            ? await (await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text()
            : JSON.stringify({ jsonrpc: '2.0', id: parsed.id, result: answer });
        response.writeHead(200, { 'content-type': 'application/json' }).end(text);
      } catch (error) {
        response.writeHead(502).end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
