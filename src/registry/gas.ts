/**
 * Gas of the registry operations from real receipts (part of `airtnt bench gas`): a registry with 7
 * genesis verifiers, committees of 7 and a quorum of 5; an executor joins, is admitted by 5 of 7
 * verdicts, adds stake and leaves; another is slashed for equivocation; on a registry of 20 verifiers, an
 * admission is challenged and overturned (its 5 signers slashed) by the 15-member committee the registry
 * draws on chain from the 15 others, and the challenger claims its credit. Anchors from the field
 * (docs/protocol.md, "Registry", gas) are printed beside them.
 */
import { keccak256, toHex } from 'viem';
import type { ChainClient } from '../chain/client.js';
import { addStake } from '../chain/add-stake.js';
import { admitNode } from '../chain/admit-node.js';
import { recordTickets } from '../chain/record-tickets.js';
import { commitSeed } from '../chain/commit-seed.js';
import { commitTask } from '../chain/commit-task.js';
import { deployRegistry } from '../chain/deploy-registry.js';
import { readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { requestLeave } from '../chain/request-leave.js';
import { revealSeed } from '../chain/reveal-seed.js';
import { slashEquivocation } from '../chain/slash-equivocation.js';
import { slashVerdictEquivocation } from '../chain/slash-verdict-equivocation.js';
import { increaseTime, chainNow } from '../chain/time.js';
import { withdrawStake } from '../chain/withdraw-stake.js';
import { airtntRegistryAbi } from '../chain/generated/contracts.js';
import { claimCredit } from '../chain/claim-credit.js';
import { openChallenge } from '../chain/open-challenge.js';
import { resolveChallenge } from '../chain/resolve-challenge.js';
import { readAdmission } from './challenge.js';
import { challengeQuorum } from './committee.js';
import { admissionCase, drawChallengeCase, joinAs, newNode, signedBy, startRegistryNet, warpTo, type NetNode, type RegistryNet } from './harness.js';
import { readRegistryConstants } from './read-params.js';
import { committeeBitmap, signRoundRecord, signVerdict } from './signing.js';
import { claimVerdictFee } from '../chain/claim-verdict-fee.js';
import { readRegistryNode } from '../chain/read-registry-node.js';

export type RegistryGasReport = {
  /** Deploying AirtntRegistry (once per chain). */
  creation: number;
  /** An executor's join (stake, keys, endpoint; the event carries what the chain does not store). */
  join: number;
  /**
   * Admission with 5 of 7 verdict signatures, its join committee drawn on chain from the epoch's recorded tickets
   * (every admission of an epoch but the first; the goal is <= 90,000).
   */
  admit5of7: number;
  /** The same with all 7 signatures. */
  admit7of7: number;
  /** Admission with 5 of 7 as the first draw of its epoch: it records the epoch's tickets (7 verifier slots). */
  admit5of7FirstDraw: number;
  /** A verifier's join (pending: it takes no slot yet). */
  joinVerifier: number;
  /** A verifier's admission with 5 of 7 (tickets recorded): admit5of7 plus giving it the next verifier slot. */
  admitVerifier5of7: number;
  /** Recording an epoch's tickets on its own (recordTickets, 7 verifier slots). */
  recordTickets: number;
  /** A verdict signer taking its share of the join fee. */
  claimVerdictFee: number;
  addStake: number;
  /** Announcing the leave, and the payout after unbonding. */
  leave: number;
  withdraw: number;
  /** Slashing an enclave's equivocation (two signed round records; the goal is <= 60,000). */
  slashEquivocation: number;
  /** Slashing a verifier's opposite verdicts on the same inputs of one case. */
  slashVerdictEquivocation: number;
  /** Opening a challenge of an admission (5 admitting signatures re-checked, the bond). */
  openChallenge: number;
  /** Upholding it: the committee drawn on chain (15 of 20 slots), 8 of its 15 verdicts, the node removed, the 5 signers of its verdict slashed. */
  overturnSlash: number;
  /** The challenger taking its credited bond and reward (pull payment). */
  claimCredit: number;
  /** A requester's task-id commitment, a verifier's seed commit and reveal. */
  commitTask: number;
  commitSeed: number;
  revealSeed: number;
  /** Figures from the field (docs/protocol.md, "Registry", gas), for comparison. */
  anchors: {
    kOfNEcdsa5Signatures: string;
    kOfNEcdsa7Signatures: string;
    hashOnlyRecord: number;
    poseRegister: string;
    equivocationTwoEcrecovers: string;
  };
  goals: { admit5of7: number; slashEquivocation: number };
};

const COLLATERAL = keccak256(toHex('collateral versions'));

/** An executor (or `role`) joined and admitted by `signers` of 7; with `recorded`, the epoch's tickets are recorded first (a later draw). */
async function admittedExecutor(net: RegistryNet, signers: number, recorded: boolean, role: 'executor' | 'verifier' = 'executor'): Promise<{ node: NetNode; admitGas: bigint; joinGas: bigint; claimGas: bigint; recordGas: bigint }> {
  const node = await newNode(net.funder);
  const joined = await joinAs(net, node, role);
  await warpTo(net, joined.caseEpoch);
  const c = await admissionCase(net, node, joined.caseEpoch, COLLATERAL);
  const record = recorded ? (await recordTickets(net.funder, { registry: net.registry })).gasUsed : 0n;
  const admitted = await admitNode(net.funder, {
    registry: net.registry,
    node: node.address,
    evidenceHash: c.verdict.evidenceHash,
    keysHash: c.verdict.keysHash,
    collateralHash: c.verdict.collateralHash,
    committee: c.verdict.committee,
    signatures: await signedBy(net, c.verdict, c.signers.slice(0, signers)),
  });
  // The first signer takes its share of the join fee.
  const digest = await net.funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'verdictDigest', args: [c.verdict] });
  const slots = await Promise.all(c.signers.slice(0, signers).map(async (s) => (await readRegistryNode(net.funder, { registry: net.registry, node: s.address })).index));
  const claimed = await claimVerdictFee(c.signers[0]!.client, { registry: net.registry, node: node.address, digest, signers: committeeBitmap(slots), index: slots[0]! });
  return { node, admitGas: admitted.gasUsed, joinGas: joined.gasUsed, claimGas: claimed.gasUsed, recordGas: record };
}

export async function measureRegistryGas(funder: ChainClient): Promise<RegistryGasReport> {
  const net = await startRegistryNet(funder, { verifierCount: 7 });
  const creation = await deployRegistry(funder, { ...net.params });
  const five = await admittedExecutor(net, 5, true);
  const seven = await admittedExecutor(net, 7, true);
  const first = await admittedExecutor(net, 5, false);
  const admittedVerifier = await admittedExecutor(net, 5, true, 'verifier');
  const staked = await addStake(five.node.client, { registry: net.registry, amount: net.params.minStake });
  const left = await requestLeave(five.node.client, { registry: net.registry });
  const payoutAt = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'withdrawableAt', args: [five.node.address] });
  await increaseTime(net.rpcUrl, payoutAt - (await chainNow(funder)) + 1n);
  const withdrawn = await withdrawStake(five.node.client, { registry: net.registry });

  // Equivocation by the second executor's enclave, reported by a stranger.
  const reporter = await newNode(funder);
  const sessionId = keccak256(toHex('gas session'));
  const records = ['state A', 'state B'].map((s) => keccak256(toHex(s)));
  const signed = await Promise.all(records.map(async (recordHash) => ({ recordHash, signature: await signRoundRecord(seven.node.enclave, net.domain, { sessionId, round: 1n, recordHash }) })));
  const slashed = await slashEquivocation(reporter.client, { registry: net.registry, node: seven.node.address, sessionId, round: 1n, a: signed[0]!, b: signed[1]! });

  // A verifier's two verdicts on one evidence.
  const verifier = net.verifiers[6]!;
  const { epoch, start } = await readRegistryEpoch(funder, { registry: net.registry });
  const verdict = { node: seven.node.address, epoch, committee: 127n, evidenceHash: seven.node.evidenceHash, collateralHash: COLLATERAL, policyHash: net.params.policyHash, time: start, keysHash: seven.node.keysHash, pass: true };
  const other = { ...verdict, pass: false };
  const verdictSlashed = await slashVerdictEquivocation(reporter.client, {
    registry: net.registry,
    verifier: verifier.address,
    a: { verdict, signature: await signVerdict(verifier.client.account, net.domain, verdict) },
    b: { verdict: other, signature: await signVerdict(verifier.client.account, net.domain, other) },
  });

  // Seeds and tasks: commit in the first half of an epoch, reveal in the second.
  const task = await commitTask(reporter.client, { registry: net.registry, salt: keccak256(toHex('gas task')) });
  const now = (await readRegistryEpoch(funder, { registry: net.registry })).epoch + 1n;
  await warpTo(net, now, 10n);
  const seeder = net.verifiers[0]!;
  const secret = keccak256(toHex('gas secret'));
  const committed = await commitSeed(seeder.client, { registry: net.registry, secret, bond: net.params.seedBond });
  await warpTo(net, now, net.params.epochLength / 2n + 10n);
  const revealed = await revealSeed(seeder.client, { registry: net.registry, secret });

  const challenge = await measureChallenge(funder);

  const gas = (result: { gasUsed: bigint }): number => Number(result.gasUsed);
  return {
    creation: gas(creation),
    join: Number(five.joinGas),
    admit5of7: Number(five.admitGas),
    admit7of7: Number(seven.admitGas),
    admit5of7FirstDraw: Number(first.admitGas),
    joinVerifier: Number(admittedVerifier.joinGas),
    admitVerifier5of7: Number(admittedVerifier.admitGas),
    recordTickets: Number(five.recordGas),
    claimVerdictFee: Number(five.claimGas),
    addStake: gas(staked),
    leave: gas(left),
    withdraw: gas(withdrawn),
    slashEquivocation: gas(slashed),
    slashVerdictEquivocation: gas(verdictSlashed),
    openChallenge: gas(challenge.opened),
    overturnSlash: gas(challenge.upheld),
    claimCredit: gas(challenge.claimed),
    commitTask: gas(task),
    commitSeed: gas(committed),
    revealSeed: gas(revealed),
    anchors: {
      kOfNEcdsa5Signatures: '84,000-88,000',
      kOfNEcdsa7Signatures: '100,000-108,000',
      hashOnlyRecord: 44_500,
      poseRegister: '152,963-187,151',
      equivocationTwoEcrecovers: '30,000-40,000',
    },
    goals: { admit5of7: 90_000, slashEquivocation: 60_000 },
  };
}

/**
 * A challenge on its own registry (20 verifiers: a challenge committee of 2 * 7 + 1 drawn from the 15 that
 * did not sign the admission): an executor admitted by 5 of 7, challenged, and overturned by 8 of the 15
 * drawn for the challenge; the challenger then claims its credit.
 */
async function measureChallenge(funder: ChainClient): Promise<{ opened: { gasUsed: bigint }; upheld: { gasUsed: bigint }; claimed: { gasUsed: bigint } }> {
  const net = await startRegistryNet(funder, { verifierCount: 20 });
  const constants = await readRegistryConstants(funder, net.registry);
  const node = await newNode(funder);
  const joined = await joinAs(net, node, 'executor');
  await warpTo(net, joined.caseEpoch);
  const c = await admissionCase(net, node, joined.caseEpoch, COLLATERAL);
  await admitNode(funder, {
    registry: net.registry,
    node: node.address,
    evidenceHash: c.verdict.evidenceHash,
    keysHash: c.verdict.keysHash,
    collateralHash: c.verdict.collateralHash,
    committee: c.verdict.committee,
    signatures: await signedBy(net, c.verdict, c.signers.slice(0, Number(net.params.quorum))),
  });
  const admission = await readAdmission(funder, constants, node.address, 0n);
  const challenger = await newNode(funder);
  const opened = await openChallenge(challenger.client, { registry: net.registry, verdict: admission.verdict, signers: admission.signers, bond: net.params.minStake });
  const caseEpoch = (await readRegistryEpoch(funder, { registry: net.registry })).epoch + 2n;
  await warpTo(net, caseEpoch);
  const drawn = await drawChallengeCase(net, node.address);
  const verdict = { ...admission.verdict, epoch: caseEpoch, committee: drawn.bitmap, pass: false };
  const upheld = await resolveChallenge(funder, { registry: net.registry, verdict, signatures: await signedBy(net, verdict, drawn.signers.slice(0, challengeQuorum(net.params.committeeSize))) });
  const claimed = await claimCredit(challenger.client, { registry: net.registry });
  return { opened, upheld, claimed };
}
