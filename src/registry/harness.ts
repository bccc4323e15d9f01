/**
 * A small registry network on any chain, for the gas report and the tests: a registry deployed with
 * given parameters, genesis verifiers (fresh accounts funded by `funder`) that joined and became
 * active, and helpers that move through epochs and produce admission verdicts the way verifiers do
 * (each proves on the case seed, the committee is drawn, members sign one Verdict).
 * Time moves with anvil's evm_increaseTime: anvil-compatible chains only.
 */
import { randomBytes } from 'node:crypto';
import { keccak256, parseEther, toHex as viemToHex, type Address, type Hex, type LocalAccount } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { createChainClient, type ChainClient } from '../chain/client.js';
import { deployRegistry, type RegistryParameters } from '../chain/deploy-registry.js';
import { joinRegistry, type RegistryRole } from '../chain/join-registry.js';
import { readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { readRegistryNode } from '../chain/read-registry-node.js';
import { chainNow, increaseTime } from '../chain/time.js';
import { transact } from '../chain/transact.js';
import { vrfPublicKey } from '../vrf/ecvrf.js';
import { readChallenge, readChallengeCommittee } from '../chain/read-challenge.js';
import { readReviewCommittee } from '../chain/read-review-committee.js';
import { readJoinCommittee } from '../chain/read-join-committee.js';
import { caseIdOf, caseSeed, challengeCommitteeSize, drawChallengeCommittee } from './committee.js';
import { keysHashOf, packSignatures, signVerdict, type CommittedKeys, type RegistryDomain, type Verdict } from './signing.js';

export type NetNode = {
  client: ChainClient;
  address: Address;
  /** The enclave's secp256k1 key (signs round records). */
  enclave: LocalAccount;
  sealingKey: Hex;
  vrfSecret: Uint8Array;
  vrfKey: Hex;
  /** The enclave's signing key and runtime measurement (random here: the harness has no enclave). */
  signingKey: Hex;
  runtimeMeasurement: Hex;
  evidenceHash: Hex;
  keysHash: Hex;
};

export type RegistryNet = {
  registry: Address;
  domain: RegistryDomain;
  params: RegistryParameters;
  rpcUrl: string;
  funder: ChainClient;
  /** Genesis verifiers, in slot order. */
  verifiers: NetNode[];
};

export const DEFAULT_REGISTRY_PARAMETERS: Omit<RegistryParameters, 'genesisVerifiers'> = {
  epochLength: 1000n,
  minStake: parseEther('1'),
  committeeSize: 7n,
  quorum: 5n,
  unbondingDelay: 5000n,
  maxChannelDuration: 3600n,
  challengeWindow: 600n,
  seedBond: parseEther('0.1'),
  reporterShareBps: 5000n,
  joinFee: parseEther('0.07'),
  policyHash: keccak256(viemToHex('airtnt default admission policy v1')),
};

/** A new funded account with fresh enclave, sealing and VRF keys. */
export async function newNode(funder: ChainClient, funding = parseEther('20')): Promise<NetNode> {
  const privateKey = generatePrivateKey();
  const client = createChainClient({ rpcUrl: funder.rpcUrl, privateKey, chainId: funder.chain.id });
  await transact(funder, 'fund', () => funder.wallet.sendTransaction({ to: client.account.address, value: funding }));
  const enclave = privateKeyToAccount(generatePrivateKey());
  const vrfSecret = new Uint8Array(randomBytes(32));
  const vrfKey = viemToHex(vrfPublicKey(vrfSecret));
  const sealingKey = viemToHex(new Uint8Array(randomBytes(32)));
  const signingKey = viemToHex(new Uint8Array(randomBytes(32)));
  const runtimeMeasurement = viemToHex(new Uint8Array(randomBytes(32)));
  return {
    client,
    address: client.account.address,
    enclave,
    sealingKey,
    vrfSecret,
    vrfKey,
    signingKey,
    runtimeMeasurement,
    evidenceHash: keccak256(viemToHex(new Uint8Array(randomBytes(64)))),
    keysHash: keysHashOf({ enclaveKey: enclave.address, sealingKey, vrfKey, signingKey, runtimeMeasurement }),
  };
}

/** The keys `node`'s join commits (what its Joined event carries and its keysHash covers). */
export function committedKeys(node: NetNode): CommittedKeys {
  return { enclaveKey: node.enclave.address, sealingKey: node.sealingKey, vrfKey: node.vrfKey, signingKey: node.signingKey, runtimeMeasurement: node.runtimeMeasurement };
}

export async function joinAs(net: Pick<RegistryNet, 'registry' | 'params'>, node: NetNode, role: RegistryRole, stake = net.params.minStake * 2n, endpoint = `http://127.0.0.1:1/${node.address}`) {
  return joinRegistry(node.client, {
    registry: net.registry,
    role,
    tee: 1,
    enclaveKey: node.enclave.address,
    sealingKey: node.sealingKey,
    vrfKey: node.vrfKey,
    signingKey: node.signingKey,
    runtimeMeasurement: node.runtimeMeasurement,
    evidenceHash: node.evidenceHash,
    endpoint,
    stake,
  });
}

/** Deploys a registry whose `verifierCount` genesis verifiers joined; time is moved to when they are active. */
export async function startRegistryNet(
  funder: ChainClient,
  /** endpointFor: the endpoint a verifier registers (a placeholder by default: its /v1/vrf is not served). */
  options: { verifierCount: number; params?: Partial<Omit<RegistryParameters, 'genesisVerifiers'>>; endpointFor?: (node: NetNode) => Promise<string> },
): Promise<RegistryNet> {
  const verifiers: NetNode[] = [];
  for (let i = 0; i < options.verifierCount; i++) verifiers.push(await newNode(funder));
  const params: RegistryParameters = {
    ...DEFAULT_REGISTRY_PARAMETERS,
    ...options.params,
    genesisVerifiers: verifiers.map((v) => v.address),
  };
  const { address: registry } = await deployRegistry(funder, params);
  const net: RegistryNet = { registry, domain: { chainId: funder.chain.id, verifyingContract: registry }, params, rpcUrl: funder.rpcUrl, funder, verifiers };
  for (const verifier of verifiers) await joinAs(net, verifier, 'verifier', undefined, options.endpointFor === undefined ? undefined : await options.endpointFor(verifier));
  const { activeEpoch } = await readRegistryNode(funder, { registry, node: verifiers[0]!.address });
  await warpTo(net, activeEpoch);
  return net;
}

/** Moves chain time to `offset` seconds into `epoch` (no-op when already past that point). */
export async function warpTo(net: RegistryNet, epoch: bigint, offset = 10n): Promise<void> {
  const { start } = await readRegistryEpoch(net.funder, { registry: net.registry, epoch: 0n });
  const target = start + epoch * net.params.epochLength + offset;
  const now = await chainNow(net.funder);
  if (target > now) await increaseTime(net.rpcUrl, target - now);
}

/** A committee's members in slot order, with their addresses. */
export type SlotCommittee = { bitmap: bigint; members: { id: Address; index: number }[] };

export type AdmissionCase = { verdict: Verdict; committee: SlotCommittee; signers: NetNode[] };

/**
 * What verifiers do for a join: the registry draws the join committee on chain for the epoch admit will land in
 * (joinCommittee; `caseEpoch` must be the current epoch, at least two epochs after the join), and its members, in
 * slot order, sign one Verdict (`signers`: slice the first ones for a k of n admission).
 */
export async function admissionCase(net: RegistryNet, node: NetNode, caseEpoch: bigint, collateralHash: Hex): Promise<AdmissionCase> {
  const bitmap = await readJoinCommittee(net.funder, { registry: net.registry, node: node.address, epoch: caseEpoch });
  const { start } = await readRegistryEpoch(net.funder, { registry: net.registry, epoch: caseEpoch });
  const { members, signers } = await slotMembers(net, bitmap, caseEpoch);
  const verdict: Verdict = {
    node: node.address,
    epoch: caseEpoch,
    committee: bitmap,
    evidenceHash: node.evidenceHash,
    collateralHash,
    policyHash: net.params.policyHash,
    time: start,
    keysHash: node.keysHash,
    pass: true,
  };
  return { verdict, committee: { bitmap, members }, signers };
}

/**
 * The members of a bitmap among the net's verifiers, in slot order; `signers` puts those still active in `epoch` first
 * (a member slashed after the epoch's tickets were recorded stays drawn but can no longer sign).
 */
async function slotMembers(net: RegistryNet, bitmap: bigint, epoch: bigint): Promise<{ members: SlotCommittee['members']; signers: NetNode[] }> {
  const bySlot: [number, NetNode, boolean][] = [];
  for (const v of net.verifiers) {
    const info = await readRegistryNode(net.funder, { registry: net.registry, node: v.address });
    if (((bitmap >> BigInt(info.index)) & 1n) === 1n) bySlot.push([info.index, v, activeIn(info, epoch)]);
  }
  bySlot.sort(([a], [b]) => a - b);
  const signers = [...bySlot.filter(([, , active]) => active), ...bySlot.filter(([, , active]) => !active)].map(([, v]) => v);
  return { members: bySlot.map(([index, v]) => ({ id: v.address, index })), signers };
}

/**
 * The committee the registry draws for the open challenge of `node` (in its case epoch), checked against
 * an independent recomputation (drawChallengeCommittee) from the case seed and the verifiers' stakes.
 * Its members in slot order.
 */
export async function drawChallengeCase(net: RegistryNet, node: Address): Promise<{ bitmap: bigint; caseEpoch: bigint; signers: NetNode[] }> {
  const open = await readChallenge(net.funder, { registry: net.registry, node });
  if (open === undefined) throw new Error(`no open challenge of ${node}`);
  const { committee, caseEpoch } = await readChallengeCommittee(net.funder, { registry: net.registry, node });
  const { seed } = await readRegistryEpoch(net.funder, { registry: net.registry, epoch: caseEpoch });
  const candidates = [];
  const bySlot = new Map<number, NetNode>();
  for (const v of net.verifiers) {
    const info = await readRegistryNode(net.funder, { registry: net.registry, node: v.address });
    bySlot.set(info.index, v);
    if (!activeIn(info, caseEpoch) || ((open.signers >> BigInt(info.index)) & 1n) === 1n) continue;
    candidates.push({ index: info.index, stake: info.stake });
  }
  const mirrored = drawChallengeCommittee(caseSeed(seed, caseIdOf('challenge', node, caseEpoch)), candidates, challengeCommitteeSize(net.params.committeeSize), net.params.minStake);
  if (mirrored !== committee) throw new Error(`challenge committee: chain ${committee.toString(2)}, recomputed ${mirrored.toString(2)}`);
  const signers = [...bySlot.entries()].filter(([slot]) => ((committee >> BigInt(slot)) & 1n) === 1n).sort(([a], [b]) => a - b).map(([, v]) => v);
  return { bitmap: committee, caseEpoch, signers };
}

/**
 * The review committee the registry draws for ("review", node, epoch) (reviewCommittee), checked against the same
 * stake-weighted draw recomputed here from the epoch's seed and the verifiers' stakes (the node's own slot left out).
 * Its members in slot order.
 */
export async function drawReviewCase(net: RegistryNet, node: Address, epoch: bigint): Promise<{ bitmap: bigint; signers: NetNode[]; start: bigint }> {
  const bitmap = await readReviewCommittee(net.funder, { registry: net.registry, node, epoch });
  const { seed, start } = await readRegistryEpoch(net.funder, { registry: net.registry, epoch });
  const candidates = [];
  const bySlot = new Map<number, NetNode>();
  for (const v of net.verifiers) {
    const info = await readRegistryNode(net.funder, { registry: net.registry, node: v.address });
    bySlot.set(info.index, v);
    if (!activeIn(info, epoch) || v.address.toLowerCase() === node.toLowerCase()) continue;
    candidates.push({ index: info.index, stake: info.stake });
  }
  const mirrored = drawChallengeCommittee(caseSeed(seed, caseIdOf('review', node, epoch)), candidates, Number(net.params.committeeSize), net.params.minStake);
  if (mirrored !== bitmap) throw new Error(`review committee: chain ${bitmap.toString(2)}, recomputed ${mirrored.toString(2)}`);
  const signers = [...bySlot.entries()].filter(([slot]) => ((bitmap >> BigInt(slot)) & 1n) === 1n).sort(([a], [b]) => a - b).map(([, v]) => v);
  return { bitmap, signers, start };
}

/** A verifier the registry counts in `epoch`: admitted, or leaving after it, and active from it on. */
function activeIn(info: { status: string; activeEpoch: bigint; leaveEpoch: bigint }, epoch: bigint): boolean {
  return (info.status === 'admitted' || (info.status === 'leaving' && epoch < info.leaveEpoch)) && info.activeEpoch !== 0n && info.activeEpoch <= epoch;
}

/** The signatures of `signers` (verifier nodes with their slots) over `verdict`, packed in slot order. */
export async function signedBy(net: RegistryNet, verdict: Verdict, signers: readonly NetNode[]): Promise<Hex> {
  const signed = await Promise.all(
    signers.map(async (s) => ({
      index: (await readRegistryNode(net.funder, { registry: net.registry, node: s.address })).index,
      signature: await signVerdict(s.client.account, net.domain, verdict),
    })),
  );
  return packSignatures(signed);
}
