/**
 * The devnet's walk through epochs (networkClock): when an epoch's commit phase closes without every
 * verifier's seed commit, it fails at once with a named error instead of waiting out its timeout (a
 * commit can never be made after its phase), and it reports each epoch and phase as it goes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createChainClient, type ChainClient } from '../chain/client.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { increaseTime } from '../chain/time.js';
import { isAirtntError } from '../util/errors.js';
import { networkClock } from './devnet-network.js';
import { startRegistryNet, type RegistryNet } from './harness.js';

let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;

before(async () => {
  devnet = await startDevnet({ accountCount: 2 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  // One genesis verifier that runs no node: it never commits.
  net = await startRegistryNet(funder, { verifierCount: 1, params: { committeeSize: 1n, quorum: 1n, epochLength: 100n } });
});
after(async () => {
  await devnet?.stop();
});

describe('networkClock', { timeout: 300_000 }, () => {
  it('fails fast, by name, when a commit phase closes without every verifier\'s commit, after saying which phase it waits in', async () => {
    const lines: string[] = [];
    // The timeout is far longer than the test's: only the phase closing may end the wait.
    const clock = await networkClock(funder, net.registry, net.verifiers.map((v) => v.address), 600_000, (line) => {
      lines.push(line);
      // The walk waits for commits: let the chain's time run past the commit half of the epoch.
      if (/commit phase/.test(line)) void increaseTime(devnet.rpcUrl, 60);
    });
    const error = await clock.advanceTo(100n).then(() => undefined, (e: unknown) => e);
    assert.ok(isAirtntError(error, 'REGISTRY_SEED_PHASE_MISSED'), String(error));
    assert.match(error.message, /commit phase of epoch \d+ closed with 0 of 1 seed commits/);
    assert.match(lines[0]!, /^epoch \d+: commit phase, waiting for 1 seed commit\(s\)$/);
  });
});
