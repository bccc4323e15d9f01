/**
 * A whole open network on one development chain (anvil: time is moved with evm_increaseTime), for
 * `airtnt devnet --executors N --verifiers V` and the tests: deploys a registry whose genesis verifiers are
 * the given accounts, joins running executors, and walks the chain through epochs phase by phase, waiting
 * at each phase for what the verifier processes must do there (seed commits, admissions, reveals) before
 * moving time on. Nothing is faked: the verifiers are real nodes polling the chain.
 *
 * Bootstrap limit: the genesis verifiers become active in epoch 2, so the seed of epoch 2 (which draws the
 * committees of joins made in epoch 0) has no reveal and is predictable. Only the deployer's genesis list is
 * trusted at that point anyway; requesters select on seeds with reveals only (from epoch 3 on).
 */
import { parseEther, type Address, type Hex } from 'viem';
import type { AttestationPolicy } from '../attestation/policy.js';
import type { ChainClient } from '../chain/client.js';
import { createChainClient } from '../chain/client.js';
import { deployRegistry, type RegistryParameters } from '../chain/deploy-registry.js';
import { airtntRegistryAbi } from '../chain/generated/contracts.js';
import { readRegistryNode, type RegistryStatus } from '../chain/read-registry-node.js';
import { chainNow, increaseTime } from '../chain/time.js';
import { AirtntError } from '../util/errors.js';
import { joinExecutor } from './join-executor.js';
import { policyHashOf } from './verdict-producer.js';
import { readRegistryConstants, type RegistryConstants } from './read-params.js';

/** The devnet's admission policy: every kind, the simulated TEE (INSECURE) included; `verifier start --allow-simulated`. */
export const DEVNET_POLICY: AttestationPolicy = { allowedKinds: ['sgx', 'tdx', 'sev-snp', 'nitro', 'simulated'], allowSimulated: true };

export type NetworkExecutor = { url: string; privateKey: Hex; dataDir: string };

/** Registry parameters for a devnet of `verifiers` verifiers: committees of min(V, 7), quorum a majority. */
export function devnetRegistryParameters(verifiers: readonly Address[], epochLength = 1000n): RegistryParameters {
  const committeeSize = BigInt(Math.min(verifiers.length, 7));
  return {
    epochLength,
    minStake: parseEther('1'),
    committeeSize,
    quorum: committeeSize / 2n + 1n,
    unbondingDelay: 5000n,
    maxChannelDuration: 3600n,
    challengeWindow: 600n,
    seedBond: parseEther('0.1'),
    reporterShareBps: 5000n,
    joinFee: parseEther('0.01'),
    policyHash: policyHashOf(DEVNET_POLICY),
    genesisVerifiers: verifiers,
  };
}

export async function deployNetworkRegistry(funder: ChainClient, verifiers: readonly Address[], epochLength?: bigint): Promise<Address> {
  return (await deployRegistry(funder, devnetRegistryParameters(verifiers, epochLength))).address;
}

/** Joins each running executor with its own account (it must be funded) and `stake`. */
export async function joinNetworkExecutors(funder: ChainClient, registry: Address, executors: readonly NetworkExecutor[], stake = parseEther('2')): Promise<void> {
  for (const executor of executors) {
    const client = createChainClient({ rpcUrl: funder.rpcUrl, privateKey: executor.privateKey, chainId: funder.chain.id });
    await joinExecutor(client, registry, { executorUrl: executor.url, dataDir: executor.dataDir, stake, timeoutMs: 10_000 });
  }
}

export type NetworkClock = {
  constants: RegistryConstants;
  /** Moves to the commit phase of `target`, through the commit and reveal phases of every epoch before. */
  advanceTo(target: bigint, inEpoch?: (epoch: bigint) => Promise<void>): Promise<void>;
};

export type AdmittedExecutor = { node: Address; status: RegistryStatus; caseEpoch: bigint; activeEpoch: bigint };

/**
 * `airtnt devnet --executors N --verifiers V`: joins every running executor, then walks the chain through
 * the seed phases of each epoch up to the one in which the last of them is a candidate, waiting in the
 * case epoch until the verifier nodes admitted them all. Returns each executor's record as the chain has
 * it (a test or the devnet's output shows `admitted`; a failed admission times out with a named error).
 */
export async function admitNetworkExecutors(
  funder: ChainClient,
  registry: Address,
  verifiers: readonly Address[],
  executors: readonly NetworkExecutor[],
  timeoutMs = 120_000,
  progress: (line: string) => void = () => {},
): Promise<AdmittedExecutor[]> {
  const nodes: Address[] = [];
  let caseEpoch = 0n;
  for (const executor of executors) {
    const client = createChainClient({ rpcUrl: funder.rpcUrl, privateKey: executor.privateKey, chainId: funder.chain.id });
    const joined = await joinExecutor(client, registry, { executorUrl: executor.url, dataDir: executor.dataDir, stake: parseEther('2'), timeoutMs: 10_000 });
    nodes.push(joined.node);
    if (joined.caseEpoch > caseEpoch) caseEpoch = joined.caseEpoch;
    progress(`joined ${joined.node} (${executor.url}); judged in epoch ${joined.caseEpoch}`);
  }
  const read = async () => Promise.all(nodes.map((node) => readRegistryNode(funder, { registry, node })));
  const clock = await networkClock(funder, registry, verifiers, timeoutMs, progress);
  // Admitted in epoch c, a candidate from c + DELAY_EPOCHS (2): the devnet is ready for selection then.
  await clock.advanceTo(caseEpoch + 2n, async (epoch) => {
    if (epoch !== caseEpoch) return;
    progress(`epoch ${epoch}: waiting for the verifiers to admit ${nodes.length} executor(s)`);
    await waitUntil(`admission of ${nodes.length} executor(s) in epoch ${epoch}`, async () => (await read()).every((n) => n.status === 'admitted'), timeoutMs);
    progress(`epoch ${epoch}: all ${nodes.length} executor(s) admitted`);
  });
  return (await read()).map((record, i) => ({ node: nodes[i]!, status: record.status, caseEpoch: record.joinEpoch + 2n, activeEpoch: record.activeEpoch }));
}

async function waitUntil(what: string, condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new AirtntError('REGISTRY_NETWORK_TIMEOUT', `devnet network: timed out waiting for ${what}`, { details: { timeoutMs } });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * `progress` gets one line per epoch and phase. A seed commit can only be made in the first half of its
 * epoch, in chain time (which moves a second a second besides the jumps made here): once that half is
 * over without every verifier's commit, waiting longer cannot help, so the walk fails at once
 * (REGISTRY_SEED_PHASE_MISSED) instead of timing out minutes later. A missed reveal only costs that
 * verifier its bond: the walk says so and goes on.
 */
export async function networkClock(funder: ChainClient, registry: Address, verifiers: readonly Address[], timeoutMs = 120_000, progress: (line: string) => void = () => {}): Promise<NetworkClock> {
  const constants = await readRegistryConstants(funder, registry);
  const { genesis, epochLength } = constants;
  const commits = async () => funder.public.getContractEvents({ address: registry, abi: airtntRegistryAbi, eventName: 'SeedCommitted', fromBlock: 0n, strict: true });
  const reveals = async () => funder.public.getContractEvents({ address: registry, abi: airtntRegistryAbi, eventName: 'SeedRevealed', fromBlock: 0n, strict: true });
  const epochNow = async () => ((await chainNow(funder)) - genesis) / epochLength;
  const warpTo = async (time: bigint) => {
    const now = await chainNow(funder);
    if (time > now) await increaseTime(funder.rpcUrl, time - now);
  };
  // Genesis verifiers are active from epoch DELAY_EPOCHS = 2: before, nobody may commit.
  const committers = (epoch: bigint) => (epoch >= 2n ? verifiers.length : 0);
  return {
    constants,
    async advanceTo(target, inEpoch) {
      for (let epoch = await epochNow(); ; epoch++) {
        const start = genesis + epoch * epochLength;
        await warpTo(start + 1n);
        const committed = async () => (await commits()).filter((e) => e.args.epoch === epoch).length;
        const needed = committers(epoch);
        progress(`epoch ${epoch}: commit phase, waiting for ${needed} seed commit(s)`);
        await waitUntil(`seed commits in epoch ${epoch}`, async () => {
          if ((await committed()) >= needed) return true;
          if ((await chainNow(funder)) < start + epochLength / 2n) return false;
          const made = await committed(); // read again: a commit may have landed just before the phase closed
          if (made >= needed) return true;
          throw new AirtntError('REGISTRY_SEED_PHASE_MISSED', `the commit phase of epoch ${epoch} closed with ${made} of ${needed} seed commits`, {
            details: { epoch, commits: made, verifiers: needed, phaseSeconds: epochLength / 2n },
            hint: 'a verifier was too slow to commit within half an epoch on this machine: use a longer epoch (or a less loaded machine) and start again',
          });
        }, timeoutMs);
        if (inEpoch !== undefined) await inEpoch(epoch);
        if (epoch >= target) {
          progress(`epoch ${epoch}: reached`);
          return;
        }
        await warpTo(start + epochLength / 2n + 1n);
        const expected = await committed();
        const revealed = async () => (await reveals()).filter((e) => e.args.seedEpoch === epoch + 1n).length;
        progress(`epoch ${epoch}: reveal phase, waiting for ${expected} reveal(s)`);
        await waitUntil(`seed reveals in epoch ${epoch}`, async () => (await revealed()) >= expected || (await chainNow(funder)) >= start + epochLength, timeoutMs);
        const made = await revealed();
        if (made < expected) progress(`epoch ${epoch}: the reveal phase closed with ${made} of ${expected} reveals (a verifier forfeits its bond); going on`);
      }
    },
  };
}
