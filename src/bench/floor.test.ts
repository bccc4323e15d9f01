/**
 * `bench floor` measures real primitives, a real SQLite commit and a real loopback WebSocket: the
 * figures hang together (the path is the sum of its steps, the wire carries the frames and their
 * headers) whatever this machine's speed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { benchFloor } from './floor.js';

describe('bench floor', () => {
  it('measures each step of a round and adds them up; the wire carries the three frames with their WebSocket headers', async () => {
    const report = await benchFloor({ iterations: 5, stateBytes: 100 });
    for (const [step, ms] of Object.entries(report.stepsMs)) assert.ok(ms > 0, `${step} was measured`);
    const s = report.stepsMs;
    const path = s.requesterRecordCheck + s.requesterSign + 2 * s.durableCommit + s.loopbackRoundTrip + Math.max(s.executorPaymentCheck, s.enclaveSeal + s.enclaveSign) + s.requesterOpen;
    assert.ok(Math.abs(report.criticalPath.ms - path) < 0.02, `${report.criticalPath.ms} is the sum of its steps (${path})`);
    assert.equal(report.criticalPath.steps.length, 7);
    assert.ok(Math.abs(report.goals.life10.floorMs - report.criticalPath.ms * 100) < 1);
    // From the unrounded CPU time: the printed cpuPerRoundMs (3 decimals) can move the rounded ceiling by one.
    assert.ok(Math.abs(report.roundsPerSecondCeiling - (report.machine.cores * 1000) / report.cpuPerRoundMs) <= 1, `${report.roundsPerSecondCeiling} is cores x 1000 / ${report.cpuPerRoundMs}`);
    const frames = report.bytes.frames.result + report.bytes.frames.pay + report.bytes.frames.key;
    assert.equal(report.bytes.framing, report.bytes.perRound - frames);
    // ws headers: 2 or 4 bytes from the server (unmasked), 6 from the client (masked).
    assert.ok(report.bytes.perRound >= frames + 2 + 2 + 6 && report.bytes.perRound <= frames + 4 + 4 + 14, `${report.bytes.perRound} on the wire for ${frames} of frames`);
    assert.equal(report.bytes.fixedPerRound + 100, report.bytes.perRound);
    assert.equal(report.goals.bytes.leftForState, 300 - report.bytes.fixedPerRound);
  });
});
