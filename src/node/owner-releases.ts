/**
 * The requester's part of an owners' run (docs/protocol.md part 2, "Owner releases"): per session,
 * ask the code owner's and the data owner's agents for their releases, the executor's enclave signing
 * each request (POST /v1/release-request), and attach them to the opening. The requester holds only
 * sealed releases, the encrypted module and data, and the result secret sealed to the recipient.
 */
import { AirtntError } from '../util/errors.js';
import { fromHex, toHex } from '../util/bytes.js';
import type { ChainClient } from '../chain/index.js';
import type { EnclaveIdentity } from '../enclave/types.js';
import { fetchOwnerPolicy, ownerOpeningFor, requestRelease, type FetchedRelease, type OwnerPolicySummary } from '../owner/client.js';
import { executorReleaseSigner } from '../owner/relay.js';
import { REQUESTER_RECIPIENT } from '../protocol/release.js';
import type { OwnersForSession } from './session-context.js';
import type { VerifiedExecutor } from './verify-executor.js';

/** Owners of a job: their agents' URLs, and the code owner's encrypted module (owner-data.ts). */
export type JobOwners = {
  codeOwner?: string | undefined;
  dataOwner?: string | undefined;
  encryptedModule?: Uint8Array | undefined;
};

/** What the run hands on to the results' recipient, per session. */
export type RecipientResults = { sessionId: string; recipient: string; sealedResultSecret: string };

type Owner = { url: string; policy: OwnerPolicySummary };

/** The X25519 key a data owner's policy names as recipient, or zeros (the requester). */
function recipientOf(owner: Owner | undefined): Uint8Array {
  const results = (owner?.policy.policy as { results?: { recipient?: string; publicKey?: string } } | undefined)?.results;
  if (results?.recipient !== 'owner') return REQUESTER_RECIPIENT;
  if (results.publicKey === undefined) throw new AirtntError('OWNER_AGENT_BAD_ANSWER', `the owner at ${owner!.url} names itself recipient without a public key`);
  return fromHex(results.publicKey.startsWith('0x') ? results.publicKey : `0x${results.publicKey}`, 32, 'results.publicKey');
}

async function ownerAt(url: string | undefined, role: 'code' | 'data', timeoutMs: number): Promise<Owner | undefined> {
  if (url === undefined) return undefined;
  const policy = await fetchOwnerPolicy(url, { timeoutMs });
  if (policy.role !== role) {
    throw new AirtntError('OWNER_AGENT_BAD_ANSWER', `the agent at ${url} is a ${policy.role} owner, not a ${role} owner`, { details: { url, role: policy.role } });
  }
  return { url, policy };
}

/**
 * Fetches the owners' policies once, and returns the per-session step SessionClient calls once it
 * drew its session id. `onResultSecret` gets the result secret sealed to a named recipient.
 */
export async function ownersForRun(params: {
  owners: JobOwners;
  chain: ChainClient;
  executor: VerifiedExecutor;
  functionMeasurement: Uint8Array;
  timeoutMs: number;
  onResultSecret(results: RecipientResults): void;
}): Promise<{ forSession: OwnersForSession; recipient: Uint8Array }> {
  const code = await ownerAt(params.owners.codeOwner, 'code', params.timeoutMs);
  const data = await ownerAt(params.owners.dataOwner, 'data', params.timeoutMs);
  if (code !== undefined && params.owners.encryptedModule === undefined) {
    throw new AirtntError('OWNER_OPENING_INVALID', 'a code owner\'s release needs the code owner\'s encrypted module');
  }
  const recipient = recipientOf(data);
  const { info } = params.executor;
  const identity: EnclaveIdentity = { tee: info.tee, insecure: info.insecure, ...info.enclave };
  const signRequest = executorReleaseSigner(params.executor.url, { timeoutMs: params.timeoutMs });
  const forSession: OwnersForSession = async ({ sessionId, channelId }) => {
    const session = { chainId: BigInt(params.chain.chain.id), channels: fromHex(params.chain.channels, 20, 'channels'), channelId, sessionId, functionMeasurement: params.functionMeasurement, recipient };
    const releases: FetchedRelease[] = [];
    for (const owner of [code, data]) {
      if (owner === undefined) continue;
      releases.push(await requestRelease({ agentUrl: owner.url, identity, session, policy: owner.policy, signRequest, timeoutMs: params.timeoutMs }));
    }
    const sealed = releases.find((release) => release.sealedResultSecret !== undefined)?.sealedResultSecret;
    if (sealed !== undefined) params.onResultSecret({ sessionId: toHex(sessionId), recipient: toHex(recipient), sealedResultSecret: toHex(sealed) });
    return ownerOpeningFor({ session, releases, ...(code === undefined ? {} : { encryptedModule: params.owners.encryptedModule }) }).owners;
  };
  return { forSession, recipient };
}
