/**
 * Ctrl-C during `airtnt run life --json` (new-user review 12/11: it printed nothing): the run's JSON so
 * far (RUN_INTERRUPTED: what was paid, the last paid round, how to resume) on stdout and exit 130; the
 * same command then resumes, its banner's round numbers agreeing with --json's resumedFromRound.
 * Real processes: a devnet with one executor, the requester a child that gets SIGINT.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, describe, it } from 'node:test';
import { spawnCli } from '../node/process.js';

const dir = mkdtempSync(join(tmpdir(), 'airtnt-run-interrupt-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A 60x60 soup (fixed, pseudo-random): it keeps changing for well over the 100 generations run here. */
function soup(): string {
  let seed = 7;
  const rows = ['!soup'];
  for (let y = 0; y < 60; y += 1) {
    let row = '';
    for (let x = 0; x < 60; x += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      row += seed / 2 ** 31 < 0.35 ? 'O' : '.';
    }
    rows.push(row);
  }
  return `${rows.join('\n')}\n`;
}

describe('airtnt run: Ctrl-C (real processes)', { timeout: 180_000 }, () => {
  it('with --json prints the run so far as RUN_INTERRUPTED and exits 130; the same command resumes where the banner says', async () => {
    const devnetCli = spawnCli(['devnet', '--json', '--accounts', '3', '--executors', '1']);
    try {
      const [line] = (await once(createInterface({ input: devnetCli.stdout! }), 'line')) as [string];
      const devnet = JSON.parse(line) as { rpcUrl: string; channels: string; accounts: { privateKey: string }[]; executors: { url: string }[] };
      writeFileSync(join(dir, 'soup.cells'), soup());
      const args = [
        'run', 'life', '--pattern', join(dir, 'soup.cells'), '--width', '64', '--height', '64', '--cycles', '200', '--per-round', '2', '--out', join(dir, 'out.rle'),
        '--executor', devnet.executors[0]!.url, '--allow-simulated', '--rpc-url', devnet.rpcUrl, '--channels', devnet.channels, '--private-key', devnet.accounts[0]!.privateKey,
        '--data-dir', join(dir, 'requester'), '--json',
      ];
      const first = spawnCli(args);
      let stdout = '';
      let stderr = '';
      first.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const exited = once(first, 'exit');
      // Interrupted once a few rounds are paid (the progress line counts rounds done).
      await new Promise<void>((resolve, reject) => {
        first.stderr!.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (/rounds 3\//.test(stderr)) resolve();
        });
        first.once('exit', (code) => reject(new Error(`the run ended (${code}) before round 3: ${stderr}`)));
      });
      first.kill('SIGINT');
      const [code] = (await exited) as [number | null];
      assert.equal(code, 130, stderr);
      const interrupted = JSON.parse(stdout.trim().split('\n').at(-1)!) as { ok: boolean; error: { code: string; details: { roundsDone: number; lastRoundDone: number; paid: string; runSpent: string }; hint: string } };
      assert.equal(interrupted.ok, false);
      assert.equal(interrupted.error.code, 'RUN_INTERRUPTED');
      const { roundsDone, lastRoundDone, paid, runSpent } = interrupted.error.details;
      assert.ok(roundsDone >= 3 && lastRoundDone === roundsDone - 1, JSON.stringify(interrupted));
      assert.ok(BigInt(paid) > 0n && BigInt(runSpent) === BigInt(paid));
      assert.match(interrupted.error.hint, new RegExp(`run the same command again to resume after round ${lastRoundDone} `));
      assert.match(stderr, /airtnt: run [0-9a-f]{16} interrupted \(SIGINT\): \d+ of \d+ rounds done \(rounds 0 to \d+\)/);

      // The same command resumes: the banner's round it continues from is --json's resumedFromRound.
      const second = spawnCli(args);
      let out2 = '';
      let err2 = '';
      second.stdout!.on('data', (chunk: Buffer) => (out2 += chunk.toString()));
      second.stderr!.on('data', (chunk: Buffer) => (err2 += chunk.toString()));
      assert.equal(((await once(second, 'exit')) as [number | null])[0], 0, err2);
      const done = JSON.parse(out2.trim().split('\n').at(-1)!) as { ok: boolean; rounds: number; resumedFromRound: number };
      assert.equal(done.rounds, 100);
      const banner = /resuming run \S+ from the store in \S+: (\d+) of 100 rounds done \(rounds 0 to (\d+)\), (\d+) left, .*?(?:continuing from round|the run continues from round) (\d+) \(resumedFromRound in --json/.exec(err2);
      assert.ok(banner, err2);
      const [, doneCount, last, left, from] = banner.map(Number);
      assert.ok(doneCount! >= roundsDone && last === doneCount! - 1 && left === 100 - doneCount!);
      assert.equal(from, done.resumedFromRound, err2);
    } finally {
      devnetCli.kill('SIGTERM');
      await once(devnetCli, 'exit').catch(() => undefined);
    }
  });
});
