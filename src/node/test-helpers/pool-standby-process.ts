/**
 * A standby pool member as its own process, for tests that kill it: a simulated-TEE enclave, the
 * member's pool.sqlite and the pool link served with the production handlers (pool-standby-host.ts).
 * It prints one JSON line (its pool link URL and enclave keys) when ready. Sessions are opened on it
 * and keys asked of it through stdin (one JSON line each, hex fields), standing in for the session
 * wire's `open`, key request, view change and round, which do not carry a pool yet; it answers each with a JSON line.
 * Usage: node --import tsx pool-standby-process.ts <pool.sqlite>
 */
import { createInterface } from 'node:readline';
import { createEnclave } from '../../enclave/index.js';
import { createSimulatedProvider } from '../../tee/simulated.js';
import { fromHex, toHex } from '../../util/bytes.js';
import { isAirtntError } from '../../util/errors.js';
import { startPoolLinkServer } from '../pool-link.js';
import { poolStandbyHandlers, releaseStandbyKey } from '../pool-standby-host.js';
import { PoolStore } from '../pool-store.js';

const storePath = process.argv[2];
if (storePath === undefined) throw new Error('usage: pool-standby-process.ts <pool.sqlite>');
const enclave = await createEnclave({ tee: createSimulatedProvider(), executionWorkers: 1 });
const store = PoolStore.open(storePath);
const server = await startPoolLinkServer({ handlers: poolStandbyHandlers({ enclave: enclave.pool, store, log: (line) => process.stderr.write(`${line}\n`) }) });
const identity = enclave.identity();
process.stdout.write(`${JSON.stringify({ url: server.url, signingPublicKey: toHex(identity.signingPublicKey), hpkePublicKey: toHex(identity.hpkePublicKey) })}\n`);

type Opening = { type: 'open'; sessionId: string; channelId: string; functionMeasurement: string; sealedSession: string; firstRound: string; poolSection: string };
type KeyRequest = { type: 'releaseKey'; sessionId: string; round: string; amount: string; signature: string };
type ViewChange = { type: 'viewChange'; target?: string; sessionId: string; view: number; executor: `0x${string}`; lastPaidRound: string; lastPaidKeyHash: `0x${string}`; ackCount: number; signature: string; paymentAmount?: string; paymentSignature?: string };
type RunRound = { type: 'runRound'; sessionId: string; round: string; cycles: number };
type Request = Opening | KeyRequest | ViewChange | RunRound;

async function handle(request: Request): Promise<Record<string, string>> {
  if (request.type === 'viewChange') {
    const terms = { sessionId: request.sessionId as `0x${string}`, view: request.view, executor: request.executor, lastPaidRound: BigInt(request.lastPaidRound), lastPaidKeyHash: request.lastPaidKeyHash, ackCount: request.ackCount };
    // `target`: the session it is sent to, when a test sends one signed for another session.
    const payment = request.paymentAmount === undefined || request.paymentSignature === undefined ? undefined : { amount: BigInt(request.paymentAmount), signature: fromHex(request.paymentSignature) };
    const accepted = await enclave.pool.acceptViewChange(fromHex(request.target ?? request.sessionId), terms, fromHex(request.signature), payment);
    return { executor: String(accepted.executor), nextRound: accepted.nextRound.toString() };
  }
  if (request.type === 'runRound') {
    const result = await enclave.runRound(fromHex(request.sessionId), BigInt(request.round), request.cycles);
    return { record: toHex(result.record), signature: toHex(result.signature), stateCiphertext: toHex(result.stateCiphertext), outputsCiphertext: toHex(result.outputsCiphertext), key: toHex(result.key) };
  }
  if (request.type === 'releaseKey') {
    const key = await releaseStandbyKey({ enclave: enclave.pool, store }, { sessionId: fromHex(request.sessionId), round: BigInt(request.round), payment: { amount: BigInt(request.amount), signature: fromHex(request.signature) } });
    return { key: toHex(key) };
  }
  await enclave.openSession({
    sessionId: fromHex(request.sessionId),
    channelId: fromHex(request.channelId),
    functionMeasurement: fromHex(request.functionMeasurement),
    sealedSession: fromHex(request.sealedSession),
    firstRound: BigInt(request.firstRound),
    poolSection: fromHex(request.poolSection),
  });
  return { opened: request.sessionId };
}

for await (const line of createInterface({ input: process.stdin })) {
  const answer = await handle(JSON.parse(line) as Request).catch((error: unknown) => ({ error: isAirtntError(error) ? error.code : String(error) }));
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
