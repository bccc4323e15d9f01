/** `airtnt executor status` as text: a collect is either in flight or mined and awaiting confirmations, never both; pool payments held are listed as not collected. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeStatus, type ExecutorStatus } from './executor-status-action.js';

describe('executor status text', () => {
  it('counts and lists sent and mined collects apart', () => {
    const channel = { channelId: `0x${'ab'.repeat(32)}`, requester: `0x${'11'.repeat(20)}`, token: `0x${'00'.repeat(20)}`, expiry: '2026-12-01T01:00:00.000Z', signed: '3000', collected: '1000', state: '' };
    const status: ExecutorStatus = {
      sessions: { total: 2, live: 1 },
      earnings: [{ token: channel.token, signed: '3000', collected: '1000' }],
      channels: [channel],
      collectQueue: {
        sending: [
          { channelId: channel.channelId, amount: '2000', status: 'sent', txHash: `0x${'cd'.repeat(32)}`, sentBlock: 40 },
          { channelId: channel.channelId, amount: '1000', status: 'mined', txHash: `0x${'ef'.repeat(32)}`, sentBlock: 31 },
        ],
        toCollect: [{ channelId: channel.channelId, amount: '2000', deadline: channel.expiry }],
      },
    };
    const text = describeStatus('/data', status);
    assert.match(text, /1 to collect, 1 transactions in flight, 1 mined and awaiting confirmations/);
    assert.match(text, /in flight 0xcdcdcd\S* {2}sent at block 40/);
    assert.match(text, /mined 0xefefef\S* {2}awaiting confirmations \(sent at block 31\)/);
    assert.doesNotMatch(text, /in flight 0xefef/);
  });

  it('lists the pool payments a pool member holds, the highest per channel, as not collected', () => {
    const status: ExecutorStatus = {
      sessions: { total: 0, live: 0 },
      earnings: [],
      channels: [],
      collectQueue: { sending: [], toCollect: [] },
      pool: { channels: [{ channelId: `0x${'34'.repeat(32)}`, sessions: 1, held: '30000' }], sessions: [{ sessionId: `0x${'12'.repeat(32)}`, channelId: `0x${'34'.repeat(32)}`, rounds: 4, paidRounds: 3, held: '30000' }], held: '30000', collected: false },
    };
    const text = describeStatus('/data', status);
    assert.match(text, /pool payments {2}30000 \(smallest units; wei for ETH\) held on 1 pool channels \(the highest payment per channel\), not collected/);
    assert.match(text, /channel 0x3434\S* {2}30000 held \(highest over 1 sessions\)/);
    assert.match(text, /session 0x1212\S* {2}3 of 4 own rounds paid, last payment 30000/);
    assert.doesNotMatch(describeStatus('/data', { ...status, pool: undefined }), /pool payments/);
  });
});
