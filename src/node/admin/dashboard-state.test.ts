/** The dashboard's JSON from a real executor store: channels and their collect state, collateral expiry. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Hex } from 'viem';
import { ExecutorStore } from '../executor-store.js';
import type { ExecutorInfo } from '../info.js';
import { executorDashboardSource } from './dashboard-state.js';
import { DashboardRecorder } from './recorder.js';

const ETH = '0x0000000000000000000000000000000000000000';
const info = {
  executor: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8',
  chainId: 31337,
  tee: 'sgx',
  insecure: false,
  pricePerCycle: 1000n,
  minDeposit: 0n,
  acceptedTokens: [{ token: ETH, pricePerCycle: 1000n }],
  functions: [],
  limits: { maxCyclesPerRound: 10, minChannelSeconds: 600, maxFrameBytes: 1024, maxStateBytes: 1024 },
  enclave: { signingPublicKey: new Uint8Array(32), hpkePublicKey: new Uint8Array(32), runtimeMeasurement: new Uint8Array(32), evidence: { kind: 'sgx', quote: new Uint8Array(100) } },
} as unknown as ExecutorInfo;

describe('dashboard state', () => {
  it('lists channels with what was paid and collected, and says when the collateral expires', () => {
    const dir = mkdtempSync(join(tmpdir(), 'airtnt-dash-'));
    const store = new ExecutorStore(join(dir, 'executor.sqlite'));
    try {
      const channelId = `0x${'ab'.repeat(32)}` as Hex;
      const sessionId = `0x${'cd'.repeat(32)}` as Hex;
      store.insertSession({ sessionId, channelId, requester: info.executor, token: ETH, lane: 0n, rate: 1000n, base: 0n, firstRound: 0n }, 2_000_000_000n, Date.now());
      store.insertRound({ sessionId, channelId, round: 0n, cyclesAsked: 5, cyclesDone: 5, key: new Uint8Array(32), keyHash: `0x${'11'.repeat(32)}`, amountDue: 5000n });
      store.insertPaymentAndRelease({ channelId, amount: 5000n, keyHash: `0x${'11'.repeat(32)}`, key: new Uint8Array(32), signature: `0x${'22'.repeat(65)}`, sessionId, round: 0n }, Date.now());
      const nextUpdate = new Date(Date.now() + 3 * 86_400_000);
      const source = executorDashboardSource({
        dataDir: dir,
        info,
        url: 'http://127.0.0.1:1',
        observe: () => ({ activeSessions: new Set([sessionId]), activeChannels: new Set([channelId]), unconfirmedCollects: 0, collectQueue: 1 }),
        recorder: new DashboardRecorder(),
        collateral: { currentJson: () => ({}), current: () => ({ issuedAt: new Date(), nextUpdate }) },
      });
      let state = source.state() as { channels: { paid: string; collect: string; active: boolean; expiry: number }[]; collateral: { served: boolean; expiresAt: number }; totals: { rounds: number; keysReleased: number }; sessions: { live: boolean }[] };
      assert.deepEqual(state.channels.map((c) => [c.paid, c.collect, c.active, c.expiry]), [['5000', 'to collect', true, 2_000_000_000]]);
      assert.equal(state.collateral.served, true);
      assert.equal(state.collateral.expiresAt, nextUpdate.getTime());
      assert.equal(state.totals.rounds, 1);
      assert.equal(state.totals.keysReleased, 1);
      assert.equal(state.sessions[0]?.live, true);
      store.markCollected(channelId, 5000n, Date.now());
      state = source.state() as typeof state;
      assert.equal(state.channels[0]?.collect, 'collected');
      source.close();
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
