/**
 * `airtnt bench floor`: what one paid round cannot do without, each piece measured on this machine
 * with the code the nodes run (issue 12's "floor per round": one secp256k1 signature and one
 * verification, one Ed25519 signature and verification, the round's AEAD, two durable commits and a
 * loopback round trip), then added up three ways:
 *
 *   - the critical path: the steps of a round that wait for each other under the protocol, in order
 *     (the requester checks result r, signs and stores payment r, sends it; the executor checks and
 *     stores it, releases k of r with the result of r+1; the requester opens result r). The enclave's
 *     work for round r+1 (compute, seal, sign) is not on it: the executor runs r+1 while it checks
 *     payment r (docs/protocol.md, "Durability");
 *   - the CPU a round costs both sides together, and so the most rounds per second `cores` can pay
 *     for when requesters and executor share them (as in `bench load`);
 *   - the bytes of one round on the wire (WebSocket frames of real `result`, `pay` and `key`
 *     messages through a loopback socket), without the state payload and with one of `stateBytes`.
 *
 * A benchmark goal below these figures cannot be met by tuning: only by changing what a round checks,
 * or by faster primitives than @noble and node:crypto give here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { WebSocket, WebSocketServer } from 'ws';
import { decryptRoundPayload, deriveSessionKeys, encryptRoundPayload, type RoundPayloadContext } from '../crypto/round-encryption.js';
import { generateNodeRecordSigner, NODE_PRIMITIVES } from '../crypto/node-primitives.js';
import { encodeMessage } from '../protocol/messages.js';
import { isPaymentSignedBy, keyHashOf, recoverPaymentSignerKey, signPayment, type ChannelDomain, type PaymentTerms } from '../protocol/payment.js';
import { isPaymentSignedByKey, preparePaymentKey } from '../protocol/payment-key.js';
import { RECORD_LENGTH } from '../protocol/record.js';
import { openDatabase } from '../node/sqlite.js';
import { fromHex, toHex } from '../util/bytes.js';
import { machineInfo, type MachineInfo } from './machine.js';
import { median, roundTo } from './stats.js';

export type FloorOptions = {
  /** Samples of each step (the median is kept). */
  iterations: number;
  /** Size of the state payload (a diff) in the bytes figure. */
  stateBytes: number;
  /** Where the durable commit is measured: a folder on the disk the stores use (default: the system's temporary folder). */
  dir?: string;
};

export type FloorReport = {
  /** Median milliseconds of each step, one call each. */
  stepsMs: {
    requesterRecordCheck: number;
    requesterSign: number;
    durableCommit: number;
    /** Against the requester's key prepared once (preparePaymentKey), as the executor checks a session's payments from its ninth on. */
    executorPaymentCheck: number;
    /** Against the key as bytes (noble's verify), as the executor checks a session's second to eighth payments. */
    executorPaymentCheckUnprepared: number;
    /** Preparing the key, once per requester (cached). */
    executorKeyPrepare: number;
    loopbackRoundTrip: number;
    requesterOpen: number;
    enclaveSeal: number;
    enclaveSign: number;
  };
  /** The steps of a round that wait for each other, in order, and their sum. */
  criticalPath: { steps: string[]; ms: number };
  /** CPU of one round on both sides: the signatures, checks and AEAD (the commits' fsync waits and the wire left out). */
  cpuPerRoundMs: number;
  /** Where the durable commit was measured. */
  commitDir: string;
  /** cores x 1000 / cpuPerRoundMs: paid rounds per second at most, requesters and executor on this machine's cores. */
  roundsPerSecondCeiling: number;
  /** Per round on the wire: the three frames, their WebSocket headers (framing), all of it without and with the state payload. */
  bytes: { fixedPerRound: number; perRound: number; stateBytes: number; frames: { result: number; pay: number; key: number }; framing: number };
  /** The goals of issues 12 and 14 beside what the floor allows. */
  goals: {
    life10: { goalMs: number; floorMs: number; rounds: number };
    load: { goalRoundsPerSecond: number; ceiling: number };
    bytes: { goalPerRound: number; fixedPerRound: number; leftForState: number };
  };
  iterations: number;
  machine: MachineInfo;
};

/** Rounds of `bench life --grid 50 --cycles 1000 --per-round 10`, and the goals of issues 12 and 14. */
const LIFE10_ROUNDS = 100;
const LIFE10_GOAL_MS = 150;
const LOAD_GOAL_ROUNDS_PER_SECOND = 1_000;
const BYTES_GOAL_PER_ROUND = 300;

async function timedAsync(iterations: number, step: (i: number) => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await step(i);
    samples.push(performance.now() - started);
  }
  return median(samples);
}

function timed(iterations: number, step: (i: number) => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    step(i);
    samples.push(performance.now() - started);
  }
  return median(samples);
}

export async function benchFloor(options: FloorOptions): Promise<FloorReport> {
  const { iterations, stateBytes } = options;
  const commitDir = options.dir ?? tmpdir();
  const domain: ChannelDomain = { chainId: 31337, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' };
  const channelId = toHex(randomBytes(32));
  const roundKey = new Uint8Array(randomBytes(32));
  const keyHash = keyHashOf(roundKey);
  const termsOf = (i: number): PaymentTerms => ({ channelId, amount: 10_000_000_000n * BigInt(i + 1), keyHash });

  // The requester signs each payment with a viem local account, as src/node/requester.ts does.
  const account = privateKeyToAccount(generatePrivateKey());
  const signatures: `0x${string}`[] = [];
  const requesterSign = await timedAsync(iterations, async (i) => signatures.push(await signPayment(account, domain, termsOf(i))));
  // The executor recovers the first payment of a session and verifies the later ones against that key.
  const { publicKey } = recoverPaymentSignerKey(domain, termsOf(0), signatures[0]!);
  const executorPaymentCheckUnprepared = timed(iterations, (i) => {
    if (!isPaymentSignedBy(domain, termsOf(i), signatures[i]!, publicKey)) throw new Error('a payment the floor signed did not verify');
  });
  // From a session's ninth payment on, against the key prepared once (src/node/executor-payment-intake.ts).
  const executorKeyPrepare = timed(Math.min(iterations, 20), () => preparePaymentKey(publicKey));
  const prepared = preparePaymentKey(publicKey);
  const executorPaymentCheck = timed(iterations, (i) => {
    if (!isPaymentSignedByKey(domain, termsOf(i), signatures[i]!, prepared)) throw new Error('a payment the floor signed did not verify');
  });

  // The enclave signs the 340-byte record; the requester checks it (node:crypto, as the Node edge does).
  const signer = generateNodeRecordSigner();
  const record = new Uint8Array(randomBytes(RECORD_LENGTH));
  const recordSignature = signer.sign(record);
  const enclaveSign = timed(iterations, () => signer.sign(record));
  const recordCheck = timed(iterations, () => {
    if (!NODE_PRIMITIVES.ed25519.verify(recordSignature, record, signer.publicKey)) throw new Error('the record signature did not verify');
  });

  // The state payload encrypted; the requester decrypts it once k arrives.
  const keys = deriveSessionKeys(new Uint8Array(randomBytes(32)), new Uint8Array(randomBytes(32)));
  const context: RoundPayloadContext = { keys, round: 1n, purpose: 'state', roundKey, aead: NODE_PRIMITIVES.aead };
  const payload = new Uint8Array(randomBytes(stateBytes));
  const stateCiphertext = encryptRoundPayload(context, payload);
  const enclaveSeal = timed(iterations, () => encryptRoundPayload(context, payload));
  const requesterOpen = timed(iterations, () => decryptRoundPayload(context, stateCiphertext));

  // One durable commit as the stores make it: WAL, synchronous=FULL (src/node/sqlite.ts).
  const dir = mkdtempSync(join(commitDir, 'airtnt-floor-'));
  let durableCommit: number;
  try {
    const db = openDatabase(join(dir, 'floor.sqlite'), ['CREATE TABLE rows (id INTEGER PRIMARY KEY, body BLOB NOT NULL)']);
    const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
    const commit = db.transaction((body: Uint8Array) => insert.run(body));
    durableCommit = timed(iterations, () => commit(stateCiphertext));
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // As a session link of version 3 or more carries them: a chained round's result without its key hash (the key of
  // the round before, which the requester holds), a pay without its amount (the executor derives it).
  const result = encodeMessage({ kind: 'result', round: 50n, cyclesDone: 10, signature: recordSignature, stateCiphertext, outputsCiphertext: new Uint8Array(0), workUnits: 1_000_000 });
  const pay = encodeMessage({ kind: 'pay', signature: fromHex(signatures[0]!, 65), nextCycles: 10 });
  const key = encodeMessage({ kind: 'key', round: 50n, key: roundKey });
  const wire = await loopbackRounds(iterations, { result, pay, key });

  const stepsMs = {
    requesterRecordCheck: recordCheck,
    requesterSign,
    durableCommit,
    executorPaymentCheck,
    executorPaymentCheckUnprepared,
    executorKeyPrepare,
    loopbackRoundTrip: wire.roundTripMs,
    requesterOpen,
    enclaveSeal,
    enclaveSign,
  };
  const path: [string, number][] = [
    ['requester checks the record of round r (Ed25519)', recordCheck],
    ['requester signs payment r (secp256k1)', requesterSign],
    ['requester commits payment r (fsync)', durableCommit],
    ['pay r to the executor, key r and result r+1 back (loopback)', wire.roundTripMs],
    // The executor runs round r+1 while it checks payment r, and commits both together: the longer
    // of the two is on the path (here the enclave's seal and signature; the function's own compute
    // and the worker hops are the workload's, and count only where they take longer than the check).
    ['executor checks payment r (secp256k1) while round r+1 is sealed and signed: the longer', Math.max(executorPaymentCheck, enclaveSeal + enclaveSign)],
    ['executor commits payment r with the key of r+1 (fsync)', durableCommit],
    ['requester opens state r (AEAD)', requesterOpen],
  ];
  const criticalMs = path.reduce((sum, [, ms]) => sum + ms, 0);
  const cpuPerRoundMs = recordCheck + requesterSign + executorPaymentCheck + requesterOpen + enclaveSeal + enclaveSign;
  const machine = machineInfo();
  const ceiling = (machine.cores * 1000) / cpuPerRoundMs;
  // Without the state payload: a result whose state ciphertext is the AEAD's tag alone.
  const fixedPerRound = wire.bytesPerRound - stateBytes;
  return {
    stepsMs: Object.fromEntries(Object.entries(stepsMs).map(([name, ms]) => [name, roundTo(ms)])) as FloorReport['stepsMs'],
    criticalPath: { steps: path.map(([name]) => name), ms: roundTo(criticalMs) },
    cpuPerRoundMs: roundTo(cpuPerRoundMs),
    commitDir,
    roundsPerSecondCeiling: Math.round(ceiling),
    bytes: { fixedPerRound, perRound: wire.bytesPerRound, stateBytes, frames: { result: result.length, pay: pay.length, key: key.length }, framing: wire.bytesPerRound - result.length - pay.length - key.length },
    goals: {
      life10: { goalMs: LIFE10_GOAL_MS, floorMs: roundTo(criticalMs * LIFE10_ROUNDS, 1), rounds: LIFE10_ROUNDS },
      load: { goalRoundsPerSecond: LOAD_GOAL_ROUNDS_PER_SECOND, ceiling: Math.round(ceiling) },
      bytes: { goalPerRound: BYTES_GOAL_PER_ROUND, fixedPerRound, leftForState: BYTES_GOAL_PER_ROUND - fixedPerRound },
    },
    iterations,
    machine,
  };
}

/**
 * `iterations` rounds of frames over a real loopback WebSocket (the ws package, as the nodes use):
 * the client sends `pay`, the server answers with `key` and `result`. Returns the median time from
 * sending pay to holding the result, and the bytes both sockets wrote per round (frame headers and
 * the client's masking included, TCP/IP headers not).
 */
async function loopbackRounds(iterations: number, frames: { result: Uint8Array; pay: Uint8Array; key: Uint8Array }): Promise<{ roundTripMs: number; bytesPerRound: number }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const accepted = once(server, 'connection') as Promise<[WebSocket, IncomingMessage]>;
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const upgraded = once(client, 'upgrade') as Promise<[IncomingMessage]>;
  try {
    await once(client, 'open');
    const [peer, request] = await accepted;
    const [{ socket }] = await upgraded;
    const peerSocket = request.socket;
    peer.on('message', () => {
      peer.send(frames.key);
      peer.send(frames.result);
    });
    const [writtenBefore, peerWrittenBefore] = [socket.bytesWritten, peerSocket.bytesWritten];
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      const answered = new Promise<void>((resolve) => {
        let seen = 0;
        const onMessage = () => {
          if (++seen < 2) return;
          client.off('message', onMessage);
          resolve();
        };
        client.on('message', onMessage);
      });
      client.send(frames.pay);
      await answered;
      samples.push(performance.now() - started);
    }
    const written = socket.bytesWritten - writtenBefore + (peerSocket.bytesWritten - peerWrittenBefore);
    return { roundTripMs: median(samples), bytesPerRound: Math.round(written / iterations) };
  } finally {
    client.terminate();
    for (const peer of server.clients) peer.terminate();
    server.close();
  }
}
