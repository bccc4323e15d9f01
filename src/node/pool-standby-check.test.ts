/**
 * H9-1: a pool opening names its members' keys, and the requester writes it. The view-0 executor's
 * host must check each member it seals the pool key to (pool-standby-check.ts): a member whose /v1/info
 * evidence does not bind the keys the opening names (keys the requester made), one that does not
 * answer, or one with no URL is refused; a genuine simulated enclave's info is accepted.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ed25519 } from '@noble/curves/ed25519.js';
import { zeroAddress } from 'viem';
import { generateHpkeKeyPair } from '../crypto/hpke.js';
import { createEnclave, type EnclaveHandle } from '../enclave/index.js';
import { createSimulatedProvider } from '../tee/simulated.js';
import { isAirtntError } from '../util/errors.js';
import { buildInfo, infoToJson, INFO_PATH } from './info.js';
import { checkStandbys } from './pool-standby-check.js';

let self: EnclaveHandle;
let standby: EnclaveHandle;
let server: Server;
let base: string;
/** Takes connections and never answers. */
let silentServer: TcpServer;
let silent: string;
const silentSockets = new Set<Socket>();

function infoOf(enclave: EnclaveHandle): unknown {
  return infoToJson(buildInfo({ executor: zeroAddress, pricePerCycle: 1n, chainId: 31337, channels: zeroAddress, identity: enclave.identity(), functions: [], limits: { maxCyclesPerRound: 100, minChannelSeconds: 60, maxFrameBytes: 1 << 20, maxStateBytes: 1 << 20 } }));
}

before(async () => {
  [self, standby] = await Promise.all([createEnclave({ tee: createSimulatedProvider(), executionWorkers: 1 }), createEnclave({ tee: createSimulatedProvider(), executionWorkers: 1 })]);
  const body = JSON.stringify(infoOf(standby));
  server = createServer((request, response) => {
    if (request.url === INFO_PATH) response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // Its sockets are destroyed at the end: close() waits for every connection, and a client need not close
  // one it gave up on.
  silentServer = createTcpServer((socket) => {
    silentSockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => silentServer.listen(0, '127.0.0.1', resolve));
  silent = `ws://127.0.0.1:${(silentServer.address() as AddressInfo).port}/v1/pool`;
  base = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/v1/pool`;
});
after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  for (const socket of silentSockets) socket.destroy();
  await new Promise((resolve) => silentServer.close(resolve));
  await Promise.all([self.close(), standby.close()]);
});

const memberOf = (enclave: EnclaveHandle) => ({ payee: zeroAddress, enclavePublicKey: enclave.identity().signingPublicKey, enclaveHpkeKey: enclave.identity().hpkePublicKey });

async function refusal(promise: Promise<void>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isAirtntError(error, 'POOL_STANDBY_UNVERIFIED'), String(error));
    return String((error as { details?: { reason?: string } }).details?.reason);
  }
  assert.fail('the opening was accepted');
}

describe('an executor checks the pool members it seals the pool key to', () => {
  it('accepts a member whose attested info binds the keys the opening names', async () => {
    await checkStandbys({ self: self.identity(), selfIndex: 0, members: [memberOf(self), memberOf(standby)], standbys: new Map([[1, base]]) });
  });

  it('refuses a member whose keys the requester made (its URL serves another enclave\'s evidence)', async () => {
    const fake = { payee: zeroAddress, enclavePublicKey: ed25519.getPublicKey(ed25519.utils.randomSecretKey()), enclaveHpkeKey: generateHpkeKeyPair().publicKey };
    const reason = await refusal(checkStandbys({ self: self.identity(), selfIndex: 0, members: [memberOf(self), fake], standbys: new Map([[1, base]]) }));
    assert.match(reason, /BINDING_MISMATCH/);
  });

  it('refuses a member that does not answer in time, and one with no URL', async () => {
    const started = Date.now();
    const reason = await refusal(checkStandbys({ self: self.identity(), selfIndex: 0, members: [memberOf(self), memberOf(standby)], standbys: new Map([[1, silent]]), options: { timeoutMs: 300 } }));
    assert.ok(Date.now() - started < 5_000, reason);
    assert.match(await refusal(checkStandbys({ self: self.identity(), selfIndex: 0, members: [memberOf(self), memberOf(standby)], standbys: new Map() })), /no URL/);
  });

  it('refuses a simulated member when this executor\'s policy does not accept the simulated TEE', async () => {
    const reason = await refusal(checkStandbys({ self: self.identity(), selfIndex: 0, members: [memberOf(self), memberOf(standby)], standbys: new Map([[1, base]]), options: { policy: { allowedKinds: ['sgx'] } } }));
    assert.match(reason, /POLICY|simulated/i);
  });
});
