// Embeds an executor and a requester in one application, on a local development chain:
// the executor rents out a (simulated) enclave, the requester runs Conway's Game of Life on it and
// pays round by round. Run from a project that depends on airtnt: node rent-and-run.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { privateKeyToAccount } from 'viem/accounts';
import { AirtntError, createChainClient } from 'airtnt';
import { createExecutor } from 'airtnt/executor';
import { decodeLifeState, encodeLifeState, lifeRunReference, parseRle } from 'airtnt/functions';
import { createLifeJob, createRequester } from 'airtnt/requester';
import { GLIDER_GUN_RLE, startDevnet } from 'airtnt/testing';

const dir = mkdtempSync(join(tmpdir(), 'airtnt-example-'));
// A local anvil chain with the channels contract deployed and funded development accounts.
const devnet = await startDevnet();

// The executor: a chain client for its account (a raw key here), then the node. start() listens.
const executorChain = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1].privateKey, channels: devnet.channels, chainId: devnet.chainId });
const executor = createExecutor(executorChain, {
  enclave: { tee: 'simulated' }, // no hardware protection: development only
  dataDir: join(dir, 'executor'),
  pricePerCycle: 1_000n, // wei per cycle
  collectTuning: { worthFactor: 0n }, // collect even payments smaller than their gas (a devnet)
});
await executor.start();

// The requester: any viem Account signs (here from a private key; mnemonicToAccount or toAccount work too).
const account = privateKeyToAccount(devnet.accounts[2].privateKey);
const requesterChain = createChainClient({ rpcUrl: devnet.rpcUrl, account, channels: devnet.channels, chainId: devnet.chainId });
const requester = createRequester(requesterChain, {
  dataDir: join(dir, 'requester'),
  // Accept the simulated TEE: development only. In production pin the measurements you trust.
  policy: { allowedKinds: ['simulated'], allowSimulated: true },
  maxPricePerCycle: 1_000n,
});

const pattern = parseRle(GLIDER_GUN_RLE);
const job = await createLifeJob({ pattern, width: 48, height: 24, cycles: 30, perRound: 10, executors: [executor.url] });

try {
  const run = requester.run(job);
  // Progress: one report per paid round (or pass onProgress to createRequester).
  for await (const progress of run) {
    console.error(`${progress.rounds}/${progress.totalRounds} rounds, ${progress.cyclesDone}/${progress.totalCycles} cycles, paid ${progress.paid} wei`);
  }
  const result = await run;
  const expected = lifeRunReference(decodeLifeState(encodeLifeState(48, 24, pattern)), 30).pattern;
  const correct = Buffer.from(result.finalState).equals(Buffer.from(encodeLifeState(48, 24, expected)));
  console.log(JSON.stringify({ rounds: result.rounds, cyclesDone: result.cyclesDone, paidWei: String(result.runSpent), correct }));
  if (!correct) process.exitCode = 1;
} catch (error) {
  if (error instanceof AirtntError) console.error(`${error.code}: ${error.shortMessage}\n${error.hint ?? ''}\n${error.docsPath}`);
  throw error;
} finally {
  requester.close();
  await executor.close();
  await devnet.stop();
  rmSync(dir, { recursive: true, force: true });
}
