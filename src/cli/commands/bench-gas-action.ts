/**
 * The work of `airtnt bench gas` (registered in bench-gas.ts): on the chain the options name (an
 * embedded devnet by default), deploy what is missing, measure every operation from its receipt and
 * print the report beside the Airtnt figures.
 */
import { createChainClient, withChannels } from '../../chain/client.js';
import { deployChannels, deployTestToken } from '../../chain/deploy.js';
import { measureGas, type GasReport } from '../../chain/gas-report.js';
import { mintTestToken } from '../../chain/token.js';
import type { Hex } from '../../util/bytes.js';
import { AirtntError } from '../../util/errors.js';
import { resolveChain } from '../chain-options.js';
import type { BenchGasOptions } from './bench-gas.js';

/** Airtnt's published figures (docs: /work/shared/reference/anchors.md). */
const AIRTNT = {
  creation: { published: 317_486, paper: 358_600 },
  initChannel: { published: 81_053, paper: 81_053 },
  closeChannel: { published: 54_408 + 49_897, paper: 114_757 },
  channelTimeout: { published: 21_064, paper: 21_732 },
  relationship: { published: 421_800, paper: 358_600 + 81_053 + 114_757 },
};
const TARGETS = { openPlusClose: 90_000, openPlusRefund: 70_000 };

export async function benchGasCommand(options: BenchGasOptions): Promise<void> {
  const report = await run(options);
  console.log(options.json ? JSON.stringify(report) : table(report));
}

async function run(options: BenchGasOptions): Promise<GasReport> {
  const { client: requester, devnet } = await resolveChain(options, { requireChannels: false, accountIndex: 1 });
  try {
    let executorKey = devnet?.accounts[2]?.privateKey ?? options.executorKey;
    if (executorKey === undefined || !/^0x[0-9a-fA-F]{64}$/.test(executorKey)) {
      throw new AirtntError('INVALID_CHAIN_OPTIONS', 'with --rpc-url, bench gas needs --executor-key (a second funded account)');
    }
    executorKey = executorKey as Hex;
    const channelsClient = options.channels === undefined && !devnet ? withChannels(requester, await deployChannels(requester)) : requester;
    const executor = createChainClient({
      rpcUrl: channelsClient.rpcUrl,
      privateKey: executorKey as Hex,
      channels: channelsClient.channels,
      chainId: channelsClient.chain.id,
    });
    let token = devnet?.token;
    if (token === undefined) {
      token = await deployTestToken(channelsClient, 'plain');
      await mintTestToken(channelsClient, { token, to: channelsClient.account.address, amount: 10n ** 24n });
    }
    return await measureGas({ requester: channelsClient, executor, token, rpcUrl: channelsClient.rpcUrl });
  } finally {
    await devnet?.stop();
  }
}

function table(r: GasReport): string {
  const n = (value: number): string => value.toLocaleString('en-US');
  const row = (op: string, gas: string, airtnt: string, note = ''): string =>
    `${op.padEnd(24)}${gas.padStart(12)}   ${airtnt.padEnd(34)}${note}`;
  const verdict = (value: number, target: number): string => (value <= target ? `<= ${n(target)} ok` : `> ${n(target)}`);
  return [
    'Channel gas from receipts (airtnt on anvil; Airtnt: published contract re-measured / paper, April 2018)',
    row('operation', 'airtnt', 'Airtnt (published / paper)'),
    row('creation', n(r.creation), `${n(AIRTNT.creation.published)} / ${n(AIRTNT.creation.paper)}`, 'airtnt: once per chain; Airtnt: once per channel'),
    row('open (fresh lane)', n(r.open), `${n(AIRTNT.initChannel.published)} (initChannel)`, 'a never-used slot costs 22,100'),
    row('open (reused lane)', n(r.reopen), `${n(AIRTNT.initChannel.published)} (initChannel)`),
    row('topUp', n(r.topUp), '-'),
    row('extend', n(r.extend), '-'),
    row('collect', n(r.collect), '-', 'pays without closing'),
    row('close', n(r.close), `${n(AIRTNT.closeChannel.published)} / ${n(AIRTNT.closeChannel.paper)}`, 'Airtnt: closeChannel called twice'),
    row('release', n(r.release), '-'),
    row('refund', n(r.refund), `${n(AIRTNT.channelTimeout.published)} / ${n(AIRTNT.channelTimeout.paper)}`, 'channelTimeout'),
    row('open ERC-20 (fresh)', n(r.openErc20), '-', 'ETH only in Airtnt'),
    row('open ERC-20 (reused)', n(r.reopenErc20), '-'),
    row('collect ERC-20', n(r.collectErc20), '-'),
    row('close ERC-20', n(r.closeErc20), '-'),
    row('refund ERC-20', n(r.refundErc20), '-'),
    '',
    row('relationship (fresh)', n(r.openPlusClose), `${n(AIRTNT.relationship.published)} / ${n(AIRTNT.relationship.paper)}`, 'open + close vs creation (+ init) + close'),
    row('relationship (reused)', n(r.reopenPlusClose), `${n(AIRTNT.relationship.published)} / ${n(AIRTNT.relationship.paper)}`),
    '',
    `target open + close   ${verdict(r.reopenPlusClose, TARGETS.openPlusClose)} on a reused lane (${n(r.reopenPlusClose)}); ${verdict(r.openPlusClose, TARGETS.openPlusClose)} on a fresh lane (${n(r.openPlusClose)})`,
    `target open + refund  ${verdict(r.reopenPlusRefund, TARGETS.openPlusRefund)} on a reused lane (${n(r.reopenPlusRefund)}); ${verdict(r.openPlusRefund, TARGETS.openPlusRefund)} on a fresh lane (${n(r.openPlusRefund)})`,
    '',
    'Registry gas from receipts (airtnt on anvil; anchors: figures from the field, docs/protocol.md "Registry")',
    row('operation', 'airtnt', 'anchor'),
    row('registry creation', n(r.registry.creation), '-', 'once per chain'),
    row('join', n(r.registry.join), r.registry.anchors.poseRegister, 'POSE register'),
    row('admit 5 of 7', n(r.registry.admit5of7), r.registry.anchors.kOfNEcdsa5Signatures, `k-of-n ECDSA; goal ${verdict(r.registry.admit5of7, r.registry.goals.admit5of7)}`),
    row('admit 7 of 7', n(r.registry.admit7of7), r.registry.anchors.kOfNEcdsa7Signatures),
    row('admit 5 of 7, first draw of its epoch', n(r.registry.admit5of7FirstDraw), '-', 'records the epoch\'s tickets'),
    row('verifier join (pending, no slot)', n(r.registry.joinVerifier), '-', '-'),
    row('verifier admit 5 of 7', n(r.registry.admitVerifier5of7), '-', 'takes the next verifier slot'),
    row('recordTickets', n(r.registry.recordTickets), '-', 'an epoch\'s tickets, 7 verifier slots'),
    row('claimVerdictFee', n(r.registry.claimVerdictFee), '-', 'a verifier\'s share of the join fee'),
    row('addStake', n(r.registry.addStake), '-'),
    row('leave', n(r.registry.leave), '-'),
    row('withdraw', n(r.registry.withdraw), '-'),
    row('slash equivocation', n(r.registry.slashEquivocation), r.registry.anchors.equivocationTwoEcrecovers, `goal ${verdict(r.registry.slashEquivocation, r.registry.goals.slashEquivocation)}`),
    row('slash verdicts', n(r.registry.slashVerdictEquivocation), r.registry.anchors.equivocationTwoEcrecovers),
    row('openChallenge', n(r.registry.openChallenge), '-', 'challenging an admission of 5 signers, with the bond'),
    row('overturn slash', n(r.registry.overturnSlash), '-', '15 of 20 slots drawn on chain, 8 of 15 verdicts; 5 signers slashed, node removed'),
    row('claimCredit', n(r.registry.claimCredit), '-', 'the challenger takes its bond and reward (pull)'),
    row('commitTask', n(r.registry.commitTask), '-'),
    row('commitSeed', n(r.registry.commitSeed), '-'),
    row('revealSeed', n(r.registry.revealSeed), '-'),
    '',
    'Pool gas from receipts (AirtntPools, pool of 3)',
    row('pools creation', n(r.pools.creation), '-', 'once per chain'),
    row('collectPool (first)', n(r.pools.collectPoolFirst), '-', 'a member\'s first collect on a channel'),
    row('collectPool', n(r.pools.collectPool), '-', 'a later collect, bounded by the member\'s allocation'),
  ].join('\n');
}
