/**
 * Owners' agents against a real executor process (anvil, `airtnt executor start`, simulated TEE): the
 * requester takes the enclave's identity from the executor's /v1/info, has the executor's enclave
 * sign the release request (POST /v1/release-request), and gets the release from a data owner's agent
 * process. The executor's enclave signs nothing but a release request naming its own key.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '@noble/hashes/sha2.js';
import type { EnclaveIdentity } from '../enclave/types.js';
import { loadBuiltinFunction } from '../functions/abi.js';
import { startTestWorld, type TestWorld } from '../node/testing.js';
import { fetchExecutorInfo } from '../node/verify-executor.js';
import type { ExecutorProcess } from '../node/process.js';
import { generateOwnerKey } from '../protocol/owner-data.js';
import { RELEASE_REQUEST_BYTES, REQUESTER_RECIPIENT, verifyReleaseRequest, type SessionBinding } from '../protocol/release.js';
import { fromHex, toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { fetchOwnerPolicy, requestRelease } from './client.js';
import { executorReleaseSigner, RELEASE_REQUEST_PATH } from './relay.js';
import { loggedReleases, startAgentProcess, stopAgentProcess, type AgentProcess } from './test-helpers.js';

describe('owner releases to a real executor\'s enclave (executor process, agent process, anvil)', { timeout: 600_000 }, () => {
  let world: TestWorld;
  let executor: ExecutorProcess;
  let agent: AgentProcess;
  let identity: EnclaveIdentity;
  let lifeMeasurement: Uint8Array;
  const dir = mkdtempSync(join(tmpdir(), 'airtnt-owner-executor-'));

  before(async () => {
    world = await startTestWorld();
    executor = await world.startExecutor(1);
    const { info } = await fetchExecutorInfo(executor.url, 30_000);
    identity = { tee: info.tee, insecure: info.insecure, ...info.enclave };
    lifeMeasurement = sha256(await loadBuiltinFunction('life'));
    agent = await startAgentProcess(dir, 'data', {
      version: 1, role: 'data', release: 'dataKey',
      tee: { allowedKinds: ['simulated'], measurements: [toHex(info.enclave.runtimeMeasurement)], allowSimulated: true },
      functions: [toHex(lifeMeasurement)], results: { recipient: 'requester' },
      chainId: world.devnet.chainId, channels: world.devnet.channels,
    }, generateOwnerKey());
  });

  after(async () => {
    if (agent) await stopAgentProcess(agent);
    await world?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const session = (chainId = BigInt(world.devnet.chainId)): SessionBinding => ({
    chainId, channels: fromHex(world.devnet.channels), channelId: randomBytes(32), sessionId: randomBytes(32), functionMeasurement: lifeMeasurement, recipient: REQUESTER_RECIPIENT,
  });

  it('the executor\'s enclave signs the request, and the agent releases to it for that session only', async () => {
    const policy = await fetchOwnerPolicy(agent.url);
    const binding = session();
    const release = await requestRelease({ agentUrl: agent.url, identity, session: binding, policy, signRequest: executorReleaseSigner(executor.url) });
    assert.equal(release.owned.role, 'data');
    const { releases } = loggedReleases(agent);
    assert.equal(releases.length, 1);
    assert.equal(releases[0]!.sessionId, toHex(binding.sessionId));
    // A requester writing another chain (or contract) into the binding: the executor's enclave, told its chain
    // at creation, signs no such request, so no agent releases for it (the agent's own chainId rule comes second).
    for (const other of [session(1n), { ...session(), channels: randomBytes(20) }]) {
      await assert.rejects(
        requestRelease({ agentUrl: agent.url, identity, session: other, policy, signRequest: executorReleaseSigner(executor.url) }),
        (error: unknown) => isAirtntError(error, 'OWNER_CHAIN_MISMATCH'),
      );
    }
    assert.equal(loggedReleases(agent).releases.length, 1, 'nothing more released');
  });

  it('the executor\'s enclave refuses to sign anything but a release request naming its own key', async () => {
    const post = (statement: string) => fetch(new URL(RELEASE_REQUEST_PATH, executor.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ statement }) });
    assert.equal((await post(toHex(randomBytes(RELEASE_REQUEST_BYTES)))).status, 400);
    assert.equal((await post('0x00')).status, 400);
    // A well-formed request signed: the signature verifies under the attested key.
    const policy = await fetchOwnerPolicy(agent.url);
    const binding = { ...session(), role: policy.role, policyHash: policy.policyHash };
    let signed: Uint8Array | undefined;
    await requestRelease({ agentUrl: agent.url, identity, session: binding, policy, signRequest: async (statement) => (signed = await executorReleaseSigner(executor.url)(statement)) });
    assert.ok(signed && verifyReleaseRequest(binding, identity.signingPublicKey, signed));
  });
});
