/**
 * A pool member is the executor of at most one view of a session (docs/protocol.md, "A member's floor on
 * a channel"): once it runs rounds, a view change sent to it is refused, whichever member it names. The
 * standbys' bound for the first round of a view (its member's amount before it, 0) rests on this. On a
 * real executor process: a hostile requester (this test) opens a pool session on member-1 with member-2
 * (another executor process) as its standby, takes round 0's result, and sends member-1 a signed view change.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { zeroAddress } from 'viem';
import { withChannels } from '../chain/client.js';
import { deployPools } from '../chain/deploy-pools.js';
import { chainNow, openChannel, readChannel } from '../chain/index.js';
import { poolOpeningSection, sealPoolSessionOpening } from '../protocol/pool-opening.js';
import { poolAddress, signViewChange } from '../protocol/pool-signatures.js';
import { signSessionOpen } from '../protocol/session-open.js';
import { fromHex, toHex } from '../util/bytes.js';
import { isRemoteRefusal } from '../util/errors.js';
import { connectWithBackoff } from './peer.js';
import type { ExecutorProcess } from './process.js';
import { fetchExecutorInfo } from './verify-executor.js';
import { lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';

let world: TestWorld;
let pools: `0x${string}`;
let members: ExecutorProcess[];

before(async () => {
  world = await startTestWorld();
  pools = (await deployPools(world.client(0))).address;
  members = [await world.startExecutor(1, { name: 'member-1', args: ['--pools', pools] }), await world.startExecutor(2, { name: 'member-2', args: ['--pools', pools] })];
});
after(async () => {
  await world?.close();
});

describe('a pool member executes at most one view', { timeout: 120_000 }, () => {
  it('the view-0 executor, having run round 0, refuses a view change naming itself or its standby (MESSAGE_OUT_OF_ORDER)', async () => {
    for (const [lane, named] of [[1n, 0], [2n, 1]] as const) {
      const { job } = await lifeJob({ width: 40, height: 20, cycles: 20, perRound: 10, executors: [members[0]!.url] });
      const infos = await Promise.all(members.map(async (member) => (await fetchExecutorInfo(member.url, 5_000)).info));
      const chain = withChannels(world.client(5), pools);
      const payees = [world.devnet.accounts[1]!.address, world.devnet.accounts[2]!.address];
      const opening = { index: 0, ackCount: 0, members: infos.map((info, i) => ({ payee: payees[i]!, enclavePublicKey: info.enclave.signingPublicKey, enclaveHpkeKey: info.enclave.hpkePublicKey })) };
      await openChannel(chain, { executor: poolAddress(payees), lane, amount: 1_000n * TEST_PRICE_PER_CYCLE, expiry: (await chainNow(chain)) + 3600n });
      const channel = await readChannel(chain, { requester: chain.account.address, executor: poolAddress(payees), token: zeroAddress, lane });
      const sessionId = new Uint8Array(randomBytes(32));
      const fields = { sessionId, channelId: fromHex(channel.channelId, 32, 'channelId'), functionMeasurement: job.functionMeasurement, firstRound: 0n };
      const terms = { requester: chain.account.address, domain: chain.domain, rate: TEST_PRICE_PER_CYCLE };
      const sealedSession = sealPoolSessionOpening({ ...fields, enclaveHpkePublicKey: infos[0]!.enclave.hpkePublicKey, sessionSecret: new Uint8Array(randomBytes(32)), pool: opening, terms, state: job.initialState });
      const schedule = { rate: TEST_PRICE_PER_CYCLE, base: 0n, roundCycles: 10, sessionCycles: 20 };
      const signature = await signSessionOpen(chain.account, chain.domain, { executor: poolAddress(payees), token: zeroAddress, lane, sessionId, functionMeasurement: job.functionMeasurement, sealedSession, firstRound: 0n, ...schedule });
      const peer = await connectWithBackoff(new URL('/v1/session', members[0]!.url.replace(/^http/, 'ws')).toString(), { timeoutMs: 5_000 });
      try {
        const poolLink = new URL('/v1/pool', members[1]!.url.replace(/^http/, 'ws')).toString();
        await peer.send({ kind: 'open', token: undefined, lane, functionMeasurement: job.functionMeasurement, sessionId, sealedSession, firstRound: 0n, rate: TEST_PRICE_PER_CYCLE, base: 0n, cycles: 10, sessionCycles: 20, signature, pool: { section: poolOpeningSection(opening, terms), standbys: [{ index: 1, url: poolLink }] } });
        const result = await peer.next(30_000, 'result');
        assert.equal(result.kind, 'result', JSON.stringify({ kind: result.kind, ...(result.kind === 'error' ? { code: result.code, message: result.message } : {}) }));
        // Nothing paid yet: lastPaidRound = firstRound with a zero key hash (pool-rules.ts paidThrough).
        const change = { sessionId: toHex(sessionId), view: 1, executor: payees[named]!, lastPaidRound: 0n, lastPaidKeyHash: `0x${'00'.repeat(32)}` as const, ackCount: 0 };
        const changeSignature = fromHex(await signViewChange(chain.account, chain.domain, change), 65, 'signature');
        await peer.send({ kind: 'viewChange', view: 1, executor: change.executor, lastPaidRound: 0n, lastPaidKeyHash: new Uint8Array(32), ackCount: 0, signature: changeSignature, nextCycles: named === 0 ? 10 : 0, standbys: [] });
        await assert.rejects(peer.next(10_000, 'the answer to the view change'), (error) => isRemoteRefusal(error, 'MESSAGE_OUT_OF_ORDER'), `named member ${named}`);
      } finally {
        peer.close();
      }
    }
  });
});
