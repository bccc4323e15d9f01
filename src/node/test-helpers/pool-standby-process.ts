/**
 * A standby pool member as its own process, for tests that kill it: a simulated-TEE enclave, the
 * member's pool.sqlite and the pool link served with the production handlers (pool-standby-host.ts).
 * It prints one JSON line (its pool link URL and enclave keys) when ready. Sessions are opened on it
 * through stdin (one JSON line per opening, hex fields), standing in for the session wire's `open`,
 * which does not carry a pool yet; it answers each with a JSON line.
 * Usage: node --import tsx pool-standby-process.ts <pool.sqlite>
 */
import { createInterface } from 'node:readline';
import { createEnclave } from '../../enclave/index.js';
import { createSimulatedProvider } from '../../tee/simulated.js';
import { fromHex, toHex } from '../../util/bytes.js';
import { startPoolLinkServer } from '../pool-link.js';
import { poolStandbyHandlers } from '../pool-standby-host.js';
import { PoolStore } from '../pool-store.js';

const storePath = process.argv[2];
if (storePath === undefined) throw new Error('usage: pool-standby-process.ts <pool.sqlite>');
const enclave = await createEnclave({ tee: createSimulatedProvider(), executionWorkers: 1 });
const store = PoolStore.open(storePath);
const server = await startPoolLinkServer({ handlers: poolStandbyHandlers({ enclave: enclave.pool, store, log: (line) => process.stderr.write(`${line}\n`) }) });
const identity = enclave.identity();
process.stdout.write(`${JSON.stringify({ url: server.url, signingPublicKey: toHex(identity.signingPublicKey), hpkePublicKey: toHex(identity.hpkePublicKey) })}\n`);

type Opening = { sessionId: string; channelId: string; functionMeasurement: string; sealedSession: string; firstRound: string; poolSection: string };
for await (const line of createInterface({ input: process.stdin })) {
  const opening = JSON.parse(line) as Opening;
  try {
    await enclave.openSession({
      sessionId: fromHex(opening.sessionId),
      channelId: fromHex(opening.channelId),
      functionMeasurement: fromHex(opening.functionMeasurement),
      sealedSession: fromHex(opening.sealedSession),
      firstRound: BigInt(opening.firstRound),
      poolSection: fromHex(opening.poolSection),
    });
    process.stdout.write(`${JSON.stringify({ opened: opening.sessionId })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ error: (error as Error).message })}\n`);
  }
}
