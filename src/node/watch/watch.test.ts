/**
 * `airtnt run life --watch`: the watch page during a real paid run on a devnet, in Chromium (the
 * grid drawn on the canvas is the run's), its token, and the CLI flag printing the page's URL.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { decodeLifeState } from '../../functions/life.js';
import { browserSkipReason, launchChromium } from '../admin/browser-testing.js';
import { runCli, type ExecutorProcess } from '../process.js';
import { GLIDER_GUN_RLE, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from '../testing.js';
import { RunWatch, startWatchServer } from './run-watch.js';

let world: TestWorld;
let executor: ExecutorProcess;

before(async () => {
  world = await startTestWorld();
  executor = await world.startExecutor(1);
});
after(async () => {
  await world.close();
});

describe('watching a run', () => {
  it('serves progress, spend, each round\'s executor and the grid, behind its token', { skip: browserSkipReason() }, async () => {
    const { job, expected } = await lifeJob({ width: 48, height: 32, cycles: 60, perRound: 10, executors: [executor.url] });
    const watch = new RunWatch({ kind: 'life', totalCycles: 60, perRound: 10 });
    watch.setLifeState(job.initialState);
    const server = await startWatchServer(watch);
    const browser = await launchChromium();
    try {
      assert.equal((await fetch(`${server.url}api/state`)).status, 401);
      assert.equal((await fetch(`${server.url}api/state`, { headers: { authorization: 'Bearer not-the-token-at-all' } })).status, 401);
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      await page.goto(`${server.url}#token=${server.token}`);
      // The initial grid is drawn before the first round is paid.
      const initialAlive = decodeLifeState(job.initialState).cells.reduce((n, c) => n + c, 0);
      await page.locator(`canvas#grid[data-alive="${initialAlive}"]`).waitFor({ timeout: 30_000 });

      const result = await world.requester(2, { onProgress: (progress) => watch.update(progress) }).run(job).then(
        (r) => r,
        (error: unknown) => {
          watch.finished(error);
          throw error;
        },
      );
      watch.finished();
      await page.locator('body[data-status="done"]').waitFor({ timeout: 30_000 });
      const finalAlive = decodeLifeState(expected).cells.reduce((n, c) => n + c, 0);
      await page.locator(`canvas#grid[data-alive="${finalAlive}"]`).waitFor({ timeout: 30_000 });
      assert.equal(await page.textContent('#rounds'), `${result.rounds} / 6`);
      assert.equal(await page.textContent('#cycles'), '60 / 60');
      assert.equal(await page.textContent('#spent'), `0.${(60n * TEST_PRICE_PER_CYCLE).toString().padStart(18, '0').replace(/0+$/, '')} ETH`);
      assert.equal(await page.locator('#round-list tr').count(), result.rounds);
      assert.equal(await page.locator('#round-list tr td:nth-child(2)').first().textContent(), executor.url);
      const shot = await page.screenshot();
      assert.ok(shot.length > 5_000, `screenshot of ${shot.length} bytes`);
      // The grid is sent only when the page does not have it yet.
      const state = (await (await fetch(`${server.url}api/state?grid=-1`, { headers: { authorization: `Bearer ${server.token}` } })).json()) as { gridVersion: number; grid: unknown };
      assert.notEqual(state.grid, null);
      const again = (await (await fetch(`${server.url}api/state?grid=${state.gridVersion}`, { headers: { authorization: `Bearer ${server.token}` } })).json()) as { grid: unknown };
      assert.equal(again.grid, null);
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('airtnt run life --watch prints a loopback URL with its token in the fragment, and the run completes', async () => {
    const patternFile = join(world.dir, 'gun.rle');
    writeFileSync(patternFile, GLIDER_GUN_RLE);
    const args = ['run', 'life', '--pattern', patternFile, '--width', '40', '--height', '20', '--cycles', '20', '--per-round', '10', '--executor', executor.url, '--out', join(world.dir, 'watched.rle'), '--json', '--allow-simulated', '--data-dir', join(world.dir, 'cli-watch'), '--rpc-url', world.devnet.rpcUrl, '--channels', world.devnet.channels, '--watch'];
    const run = await runCli(args, { env: { AIRTNT_PRIVATE_KEY: world.devnet.accounts[3]!.privateKey }, timeoutMs: 180_000 });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /watch this run at http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{32}\n/);
    assert.equal((JSON.parse(run.stdout.trim().split('\n').pop()!) as { rounds: number }).rounds, 2);
  });
});
