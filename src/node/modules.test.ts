/**
 * Modules sent with sessions, against real executor processes on a real devnet: the acceptance
 * policy, bad modules refused over the wire with typed errors while the executor keeps serving, an
 * opening naming a module the executor lacks refused before anything is signed or run, a bad module
 * refused by the requester before any channel opens, and the module cache kept across a restart.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '@noble/hashes/sha2.js';
import WebSocket from 'ws';
import { decodeMessage, encodeMessage } from '../protocol/messages.js';
import { sealModule } from '../protocol/sealing.js';
import { toHex } from '../util/bytes.js';
import { isAirtntError, isRemoteRefusal } from '../util/errors.js';
import { connectWithBackoff, type ExecutorPeer } from './peer.js';
import type { ExecutorProcess } from './process.js';
import { createModuleJob } from './requester-client.js';
import { eventually, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { fetchExecutorInfo } from './verify-executor.js';

const FIXTURES = join(import.meta.dirname, '..', 'functions', 'fixtures');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, `${name}.wasm`)));
const ACCUMULATOR = fixture('accumulator');

function accumulatorState(k: number): Uint8Array {
  const state = new Uint8Array(16);
  new DataView(state.buffer).setUint32(0, k, true);
  return state;
}

let world: TestWorld;
let any: ExecutorProcess;
let listed: ExecutorProcess;
/** Accepts any module, with the default limits: hostile slow-start modules are checked on it. */
let fair: ExecutorProcess;

before(async () => {
  world = await startTestWorld();
  const list = join(world.dir, 'accepted.txt');
  writeFileSync(list, `# the accumulator only\n${toHex(sha256(ACCUMULATOR)).slice(2)}\n`);
  [any, listed, fair] = await Promise.all([
    world.startExecutor(1, { name: 'any', args: ['--accept-functions', 'any', '--max-module-bytes', '4096'] }),
    world.startExecutor(2, { name: 'listed', args: ['--accept-functions', list] }),
    world.startExecutor(5, { name: 'fair', args: ['--accept-functions', 'any'] }),
  ]);
});
after(async () => {
  await world.close();
});

async function peerOf(url: string): Promise<ExecutorPeer> {
  return connectWithBackoff(`${url.replace('http', 'ws')}/v1/session`, { timeoutMs: 10_000 });
}

/** The enclave key of an executor, from its info. */
async function enclaveKey(url: string): Promise<Uint8Array> {
  return (await fetchExecutorInfo(url, 10_000)).info.enclave.hpkePublicKey;
}

async function offer(url: string, module: Uint8Array, sealed?: Uint8Array) {
  const peer = await peerOf(url);
  try {
    await peer.send({ kind: 'module', functionMeasurement: sha256(module), sealedModule: undefined });
    const asked = await peer.next(30_000, 'module status');
    assert.equal(asked.kind, 'moduleStatus');
    await peer.send({ kind: 'module', functionMeasurement: sha256(module), sealedModule: sealed ?? sealModule({ enclaveHpkePublicKey: await enclaveKey(url), module }) });
    return await peer.next(30_000, 'module status');
  } finally {
    peer.close();
  }
}

const remote = (code: string) => (error: unknown) => isRemoteRefusal(error, code);

describe('modules over the protocol (executor processes)', { timeout: 600_000 }, () => {
  it('publishes its acceptance policy in its signed /v1/info', async () => {
    const { info } = await fetchExecutorInfo(any.url, 10_000);
    assert.deepEqual(info.modules, { accept: 'any', measurements: [], maxModuleBytes: 4096 });
    const listedInfo = (await fetchExecutorInfo(listed.url, 10_000)).info;
    assert.equal(listedInfo.modules?.accept, 'list');
    assert.deepEqual(listedInfo.modules?.measurements, [toHex(sha256(ACCUMULATOR)).slice(2)]);
  });

  it('refuses bad modules over the wire with a typed error, and keeps serving', async () => {
    await assert.rejects(offer(any.url, fixture('bad-import')), remote('INVALID_FUNCTION'));
    await assert.rejects(offer(any.url, fixture('bad-start-loop')), remote('INVALID_FUNCTION'));
    const big = new Uint8Array(randomBytes(5000));
    await assert.rejects(offer(any.url, big, big), remote('MODULE_TOO_LARGE'));
    const held = await offer(any.url, ACCUMULATOR);
    assert.ok(held.kind === 'moduleStatus' && held.held);
  });

  it('refuses a function outside its list before anything is sent', async () => {
    const peer = await peerOf(listed.url);
    try {
      await peer.send({ kind: 'module', functionMeasurement: sha256(fixture('bad-export')), sealedModule: undefined });
      await assert.rejects(peer.next(30_000, 'module status'), remote('FUNCTION_NOT_ACCEPTED'));
    } finally {
      peer.close();
    }
  });

  it('refuses an opening whose module it does not hold (MODULE_NEEDED), before any signature or chain read', async () => {
    const peer = await peerOf(any.url);
    try {
      await peer.send({
        kind: 'open', token: undefined, lane: 0n, functionMeasurement: new Uint8Array(randomBytes(32)), sessionId: new Uint8Array(randomBytes(32)),
        sealedSession: new Uint8Array(randomBytes(100)), firstRound: 0n, rate: TEST_PRICE_PER_CYCLE, base: 0n, cycles: 1, sessionCycles: 1, signature: new Uint8Array(65),
      });
      await assert.rejects(peer.next(30_000, 'result'), remote('MODULE_NEEDED'));
    } finally {
      peer.close();
    }
  });

  it('a requester refuses a bad module before any channel opens or anything is sent', async () => {
    const requester = world.requester(3, { name: 'bad-module' });
    const client = world.client(3);
    const nonce = await client.public.getTransactionCount({ address: client.account.address });
    await assert.rejects(requester.run(createModuleJob({ module: fixture('bad-own-memory'), state: new Uint8Array(4), cycles: 2, perRound: 1, executors: [any.url] })), (error) => isAirtntError(error, 'INVALID_FUNCTION'));
    assert.equal(await client.public.getTransactionCount({ address: client.account.address }), nonce, 'no transaction sent');
  });

  it('runs a listed module, and keeps it across a restart (stored in its data directory): not sent again', async () => {
    const requester = world.requester(4, { name: 'listed-runs' });
    const first = await requester.run(createModuleJob({ module: ACCUMULATOR, state: accumulatorState(3), cycles: 10, perRound: 2, executors: [listed.url] }));
    assert.equal(first.modulesSent, 1);
    assert.equal(first.cyclesDone, 3);
    assert.equal(first.terminated, true);
    await listed.stop();
    listed = await world.startExecutor(2, { name: 'listed', args: ['--accept-functions', join(world.dir, 'accepted.txt')] });
    // Stored modules are restored in the background, after the executor listens.
    await eventually(async () => {
      const stats = (await (await fetch(new URL('/v1/stats', listed.url))).json()) as { modules: { restored: number } };
      return stats.modules.restored === 1 ? true : undefined;
    }, 60_000, 'the stored module restored');
    const second = await requester.run(createModuleJob({ module: ACCUMULATOR, state: accumulatorState(4), cycles: 10, perRound: 2, executors: [listed.url] }));
    assert.equal(second.modulesSent, 0, 'the restarted executor still holds it');
    assert.equal(second.cyclesDone, 4);
  });

  it('checks an honest module while two hostile addresses keep sending slow-start modules (fair per client address)', async () => {
    const loop = fixture('bad-start-loop');
    const sealedLoop = sealModule({ enclaveHpkePublicKey: await enclaveKey(fair.url), module: loop });
    const frame = encodeMessage({ kind: 'module', functionMeasurement: sha256(loop), sealedModule: sealedLoop });
    let stop = false;
    const codes: string[] = [];
    // One hostile connection: sends the looping module, waits for the refusal, and does it again.
    const hostile = async (localAddress: string, sent: () => void) => {
      let first = true;
      while (!stop) {
        await new Promise<void>((resolve) => {
          const ws = new WebSocket(`${fair.url.replace('http', 'ws')}/v1/session`, { localAddress });
          ws.on('error', () => resolve());
          ws.on('close', () => resolve());
          ws.on('open', () => ws.send(frame, () => (first ? ((first = false), sent()) : undefined)));
          ws.on('message', (data: Buffer) => {
            const reply = decodeMessage(new Uint8Array(data));
            if (reply.kind === 'error') codes.push(reply.code);
            ws.close();
          });
        });
      }
    };
    const sentOnce: Promise<void>[] = [];
    const loops = ['127.0.0.2', '127.0.0.2', '127.0.0.3', '127.0.0.3'].map((address) => {
      let markSent!: () => void;
      sentOnce.push(new Promise<void>((resolve) => (markSent = resolve)));
      return hostile(address, markSent);
    });
    try {
      await Promise.all(sentOnce);
      const requester = world.requester(6, { name: 'honest-under-load' });
      const result = await requester.run(createModuleJob({ module: ACCUMULATOR, state: accumulatorState(3), cycles: 10, perRound: 2, executors: [fair.url] }));
      assert.equal(result.modulesSent, 1);
      assert.equal(result.cyclesDone, 3);
      assert.equal(result.terminated, true);
      assert.ok(codes.includes('ENCLAVE_BUSY'), `a second module check from one address is refused (${codes.join(', ')})`);
    } finally {
      stop = true;
      // Stopped first: its enclave then ends the slow-start checks still running (each would otherwise
      // spin for its whole compile limit before the hostile connections close).
      await fair.stop();
      await Promise.all(loops);
    }
  });
});
