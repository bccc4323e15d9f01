/**
 * Every command's --help, --version and wrong flags, each as a real `airtnt` process: help exits 0
 * with a usage line, a wrong flag exits non-zero with a message naming it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cliCommand, packageRoot } from '../util/paths.js';

type Outcome = { code: number | null; stdout: string; stderr: string };

async function cli(args: string[]): Promise<Outcome> {
  const [command, ...prefix] = cliCommand();
  const child = spawn(command!, [...prefix, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

/** The subcommand names listed in a help text's "Commands:" section (without `help`). */
function subcommandsOf(help: string): string[] {
  const section = help.split(/\nCommands:\n/)[1];
  if (section === undefined) return [];
  return section
    .split('\n')
    .map((line) => /^ {2}([a-z][a-z0-9-]*)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined && name !== 'help');
}

/** Runs `work` over `items`, two at a time (the machine has few cores). */
async function pool<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

describe('airtnt help, version and flags (real processes)', { timeout: 600_000 }, () => {
  it('--help works for every command and subcommand, with a usage line', async () => {
    const root = await cli(['--help']);
    assert.equal(root.code, 0, root.stderr);
    assert.match(root.stdout, /^Usage: airtnt /);
    const commands = subcommandsOf(root.stdout);
    for (const expected of ['devnet', 'executor', 'run', 'runs', 'bench']) assert.ok(commands.includes(expected), `${expected} listed in ${commands.join(', ')}`);
    const groups = await pool(commands, async (name) => ({ name, outcome: await cli([name, '--help']) }));
    const leaves: string[][] = [];
    for (const { name, outcome } of groups) {
      assert.equal(outcome.code, 0, `airtnt ${name} --help: ${outcome.stderr}`);
      assert.match(outcome.stdout, new RegExp(`^Usage: airtnt ${name} `), `airtnt ${name} --help`);
      const subs = subcommandsOf(outcome.stdout);
      if (subs.length === 0) leaves.push([name]);
      for (const sub of subs) leaves.push([name, sub]);
    }
    assert.ok(leaves.some((path) => path.join(' ') === 'executor start'));
    assert.ok(leaves.some((path) => path.join(' ') === 'run life'));
    const helps = await pool(leaves, async (path) => ({ path, outcome: await cli([...path, '--help']) }));
    for (const { path, outcome } of helps) {
      assert.equal(outcome.code, 0, `airtnt ${path.join(' ')} --help: ${outcome.stderr}`);
      assert.match(outcome.stdout, new RegExp(`^Usage: airtnt ${path.join(' ')}`), `airtnt ${path.join(' ')} --help`);
      assert.match(outcome.stdout, /--help/);
    }
    const wrong = await pool(leaves, async (path) => ({ path, outcome: await cli([...path, '--no-such-flag']) }));
    for (const { path, outcome } of wrong) {
      assert.notEqual(outcome.code, 0, `airtnt ${path.join(' ')} --no-such-flag must fail`);
      assert.match(outcome.stderr, /error: (unknown option '--no-such-flag'|required option '--[a-z-]+ <[a-z]+>' not specified)/, `airtnt ${path.join(' ')}: ${outcome.stderr}`);
    }
  });

  it('every command\'s --help answers quickly: command modules load their heavy parts only when they run', async () => {
    // Timed on the built CLI, what users run (tsx would time its own compiling). The bound is 600 ms
    // of wall time, or three times the cheapest airtnt process (--version) on a machine so loaded
    // that even that is slow: a command that imports viem, the enclave or SQLite to define its
    // options takes five to ten times --version.
    const main = join(packageRoot(), 'dist', 'cli', 'main.js');
    assert.ok(existsSync(main), `${main} is missing: build first (npm run build)`);
    const timed = async (args: string[]): Promise<{ ms: number; outcome: Outcome }> => {
      const start = performance.now();
      const child = spawn(process.execPath, [main, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const [code] = (await once(child, 'exit')) as [number | null];
      return { ms: performance.now() - start, outcome: { code, stdout, stderr: '' } };
    };
    const fastest = async (args: string[], runs: number) => {
      let best = Infinity;
      for (let run = 0; run < runs; run++) best = Math.min(best, (await timed(args)).ms);
      return best;
    };
    const baseline = await fastest(['--version'], 3);
    const bound = Math.max(600, 3 * baseline);
    const paths: string[][] = [[]];
    for (const name of subcommandsOf((await timed(['--help'])).outcome.stdout)) {
      paths.push([name]);
      for (const sub of subcommandsOf((await timed([name, '--help'])).outcome.stdout)) paths.push([name, sub]);
    }
    assert.ok(paths.some((path) => path.join(' ') === 'executor start'));
    assert.ok(paths.some((path) => path.join(' ') === 'run life'));
    const slow: string[] = [];
    for (const path of paths) {
      // One at a time (they would slow each other down); a second try before calling one slow.
      const first = await timed([...path, '--help']);
      assert.equal(first.outcome.code, 0, `airtnt ${path.join(' ')} --help`);
      let ms = first.ms;
      if (ms > bound) ms = Math.min(ms, await fastest([...path, '--help'], 1));
      if (ms > bound) slow.push(`airtnt ${[...path, '--help'].join(' ')}: ${Math.round(ms)} ms`);
    }
    assert.deepEqual(slow, [], `over ${Math.round(bound)} ms (--version: ${Math.round(baseline)} ms)`);
  });

  it('a flag with a bad value names the flag and the value, and exits non-zero', async () => {
    const port = await cli(['executor', 'start', '--port', 'eighty']);
    assert.notEqual(port.code, 0);
    assert.match(port.stderr, /--port.*eighty/);
    const price = await cli(['executor', 'start', '--price-per-cycle', '1 dollar']);
    assert.notEqual(price.code, 0);
    assert.match(price.stderr, /--price-per-cycle/);
    assert.doesNotMatch(price.stderr + price.stdout, /BigInt/);
  });

  it('with --json a wrong flag also prints one JSON error on stdout', async () => {
    const outcome = await cli(['runs', 'list', '--json', '--no-such-flag']);
    assert.notEqual(outcome.code, 0);
    const failure = JSON.parse(outcome.stdout.trim()) as { ok: boolean; error: { code: string; message: string } };
    assert.equal(failure.ok, false);
    assert.equal(failure.error.code, 'INVALID_ARGUMENTS');
    assert.match(failure.error.message, /unknown option '--no-such-flag'/);
  });

  it('--version prints the version in package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const outcome = await cli([flag]);
      assert.equal(outcome.code, 0);
      assert.equal(outcome.stdout.trim(), version);
    }
  });

  it('an unknown command is refused with a non-zero exit', async () => {
    const outcome = await cli(['exectuor']);
    assert.notEqual(outcome.code, 0);
    assert.match(outcome.stderr, /unknown command 'exectuor'/);
  });
});
