/**
 * A verifier's seed step when the registry refuses its commit (here: it joined but is not active): it
 * says so, and in the reveal half it does not try to reveal a secret that was never committed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createChainClient, type ChainClient } from '../chain/client.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { chainNow } from '../chain/time.js';
import { joinAs, newNode, startRegistryNet, warpTo, type RegistryNet } from './harness.js';
import { readRegistryConstants } from './read-params.js';
import { seedStep } from './verifier-seed.js';

let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;
const dir = mkdtempSync(join(tmpdir(), 'airtnt-verifier-seed-'));

before(async () => {
  devnet = await startDevnet({ accountCount: 2 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  net = await startRegistryNet(funder, { verifierCount: 3 });
});
after(async () => {
  await devnet?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('seedStep', { timeout: 300_000 }, () => {
  it('a refused commit is logged and never revealed', async () => {
    const late = await newNode(funder);
    await joinAs(net, late, 'verifier');
    const constants = await readRegistryConstants(late.client, net.registry);
    const { epoch } = await readRegistryEpoch(funder, { registry: net.registry });
    const next = epoch + 1n;
    const lines: string[] = [];
    await warpTo(net, next, 1n);
    assert.equal(await seedStep(late.client, constants, dir, await chainNow(funder), (line) => lines.push(line)), 'idle');
    assert.match(lines.join('\n'), new RegExp(`seed: commit for epoch ${next} refused \\(REGISTRY_[A-Z_]+\\): nothing to reveal`));
    await warpTo(net, next, constants.epochLength / 2n + 1n);
    lines.length = 0;
    assert.equal(await seedStep(late.client, constants, dir, await chainNow(funder), (line) => lines.push(line)), 'idle');
    assert.deepEqual(lines, [], 'no reveal was tried');
  });
});
