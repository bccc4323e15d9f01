/**
 * The owners' part of a session opening (docs/protocol.md part 2, "Owner releases in a session
 * opening"): the releases the requester fetched from the owners' agents, the encrypted module, and
 * the result recipient. Its digest is appended to the sealed session's aad, so the requester's signed
 * opening (which covers keccak256(sealedSession)) names the recipient and the releases, and the host
 * cannot strip or swap them. Pure.
 *
 *   ownersDigest = sha256("airtnt/session-owners/v1" || chainId(32) || channels(20) || recipient(32)
 *                         || n(1) || n x ( role(1) || policyHash(32) || sha256(sealedRelease)(32) )
 *                         || sha256(encryptedModule) or 32 zero bytes)
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { assertLength, concatBytes, equalBytes, toHex, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { decryptData, decryptModule } from './owner-data.js';
import { isRequesterRecipient, openRelease, OWNER_ROLES, type OwnerRole, type SessionBinding } from './release.js';

const OWNERS_DOMAIN = utf8('airtnt/session-owners/v1');
/** One code owner and one data owner at most. */
export const MAX_OWNER_RELEASES = 2;

export type OwnerRelease = { role: OwnerRole; policyHash: Uint8Array; sealed: Uint8Array };

export type OwnerOpening = {
  chainId: bigint;
  channels: Uint8Array;
  /** X25519 key results are sealed to; 32 zero bytes: the requester. */
  recipient: Uint8Array;
  releases: OwnerRelease[];
  /** The code owner's module, encrypted under its code key (owner-data.ts); with a code release only. */
  encryptedModule?: Uint8Array | undefined;
};

function u256be(value: bigint): Uint8Array {
  const out = new Uint8Array(32);
  let rest = value;
  for (let i = 31; i >= 0; i--) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return out;
}

/** The chain and channels contract an executor is on, as its enclave was configured with at creation. */
export type ExecutorChain = { chainId: bigint; channels: Uint8Array };

/**
 * The owners' chain and contract are written by the requester: an opening naming any other than the
 * executor's own would let a release pinned to one chain (policy chainId/channels) run on another.
 * Checked by the host (early) and by the enclave (against its own configuration, which the host cannot
 * change after creation).
 */
export function checkOwnersChain(owners: Pick<OwnerOpening, 'chainId' | 'channels'>, chain: ExecutorChain, what = 'the owners name'): void {
  if (owners.chainId !== chain.chainId || !equalBytes(owners.channels, chain.channels)) {
    throw new AirtntError('OWNER_CHAIN_MISMATCH', `${what} chain ${owners.chainId} and contract ${toHex(owners.channels)}, but this executor is on chain ${chain.chainId}, contract ${toHex(chain.channels)}`, {
      details: { chainId: String(owners.chainId), channels: toHex(owners.channels), executorChainId: String(chain.chainId), executorChannels: toHex(chain.channels) },
      hint: 'ask the owners\' agents for releases bound to the chain and channels contract the executor states in its signed info',
    });
  }
}

function checkShape(owners: OwnerOpening): void {
  assertLength(owners.channels, 20, 'channels');
  assertLength(owners.recipient, 32, 'recipient');
  if (typeof owners.chainId !== 'bigint' || owners.chainId < 0n || owners.chainId >= 1n << 256n) {
    throw new AirtntError('OWNER_OPENING_INVALID', 'chainId must be a uint256', { details: { chainId: String(owners.chainId) } });
  }
  const roles = owners.releases.map((release) => release.role);
  if (roles.length === 0 || roles.length > MAX_OWNER_RELEASES || new Set(roles).size !== roles.length || roles.some((role) => OWNER_ROLES[role] === undefined)) {
    throw new AirtntError('OWNER_OPENING_INVALID', 'an opening carries one or two releases, at most one per role', { details: { roles } });
  }
  for (const release of owners.releases) assertLength(release.policyHash, 32, 'policyHash');
  if (roles.includes('code') !== (owners.encryptedModule !== undefined)) {
    throw new AirtntError('OWNER_OPENING_INVALID', 'an encrypted module goes with a code owner\'s release, and a code owner\'s release with an encrypted module', {
      details: { roles, encryptedModule: owners.encryptedModule !== undefined },
    });
  }
}

/** The digest the sealed session's aad ends with when the opening carries owners. */
export function ownersDigest(owners: OwnerOpening): Uint8Array {
  checkShape(owners);
  const parts = owners.releases.map((release) => concatBytes(new Uint8Array([OWNER_ROLES[release.role]]), release.policyHash, sha256(release.sealed)));
  return sha256(concatBytes(
    OWNERS_DOMAIN,
    u256be(owners.chainId),
    owners.channels,
    owners.recipient,
    new Uint8Array([owners.releases.length]),
    ...parts,
    owners.encryptedModule ? sha256(owners.encryptedModule) : new Uint8Array(32),
  ));
}

export type OpenedOwners = {
  /** The code owner's module, decrypted (this session's only: never cached for others). */
  module?: Uint8Array;
  /** The state the session starts from: the requester's, or the data owner's data decrypted. */
  state: Uint8Array;
  /** The session secret the results are under when a recipient is named. */
  resultSecret?: Uint8Array;
};

/**
 * Enclave side: opens every release for this session and applies it. Throws (and nothing is kept)
 * when any release is for another session, enclave or recipient, when a code release comes without
 * the module it decrypts, or when a named recipient is given no result secret, or more than one.
 */
export function openOwnerReleases(params: {
  hpkeSecretKey: Uint8Array;
  sessionId: Uint8Array;
  channelId: Uint8Array;
  functionMeasurement: Uint8Array;
  owners: OwnerOpening;
  /** The state the requester sealed: the data owner's ciphertext when a data key is released, empty with inline data. */
  state: Uint8Array;
  maxStateBytes: number;
}): OpenedOwners {
  const { owners } = params;
  checkShape(owners);
  const session: SessionBinding = {
    chainId: owners.chainId,
    channels: owners.channels,
    channelId: params.channelId,
    sessionId: params.sessionId,
    functionMeasurement: params.functionMeasurement,
    recipient: owners.recipient,
  };
  const opened: OpenedOwners = { state: params.state };
  const resultSecrets: Uint8Array[] = [];
  for (const entry of owners.releases) {
    const release = openRelease({ hpkeSecretKey: params.hpkeSecretKey, binding: { ...session, role: entry.role, policyHash: entry.policyHash }, sealed: entry.sealed });
    if (release.resultSecret) resultSecrets.push(release.resultSecret);
    switch (release.kind) {
      case 'codeKey':
        opened.module = decryptModule(owners.encryptedModule!, release.secret, params.functionMeasurement);
        break;
      case 'dataKey':
        opened.state = decryptData(params.state, release.secret);
        break;
      case 'inlineData':
        if (params.state.length !== 0) {
          throw new AirtntError('OWNER_OPENING_INVALID', 'the data owner released its data inline, so the requester\'s sealed state must be empty', { details: { stateLength: params.state.length } });
        }
        opened.state = release.secret.slice(); // a copy: the release's own bytes are wiped below
        break;
    }
    release.secret.fill(0);
  }
  if (opened.state.length > params.maxStateBytes) {
    throw new AirtntError('STATE_TOO_LARGE', 'the data owner\'s data is larger than this enclave accepts', { details: { length: opened.state.length, maxStateBytes: params.maxStateBytes } });
  }
  if (!isRequesterRecipient(owners.recipient)) {
    // Only the owner that named itself recipient puts a result secret in its release; a second one
    // would be someone else's (the requester's own fake release), so both are refused.
    if (resultSecrets.length !== 1) {
      throw new AirtntError('RESULT_SECRET_MISSING', resultSecrets.length === 0 ? 'the session names a result recipient, but no owner released a result secret for it' : 'more than one release carries a result secret', {
        details: { recipient: toHex(owners.recipient), resultSecrets: resultSecrets.length },
        hint: 'results for a named recipient are under the secret its own owner agent releases; ask that agent for this session',
      });
    }
    opened.resultSecret = resultSecrets[0]!;
  }
  return opened;
}

