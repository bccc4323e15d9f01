/**
 * Every command's --help, --version and wrong flags, each as a real `airtnt` process: help exits 0
 * with a usage line, a wrong flag exits non-zero with a message naming it.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli as cli } from '../node/process.js';
import { cliCommand, packageRoot } from '../util/paths.js';

/** The subcommand names listed in a help text's "Commands:" section (without `help`). */
function subcommandsOf(help: string): string[] {
  const section = help.split(/\nCommands:\n/)[1];
  if (section === undefined) return [];
  return section
    .split('\n')
    .map((line) => /^ {2}([a-z][a-z0-9-]*)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined && name !== 'help');
}

/** One run of the built CLI, with its wall time. */
async function timed(main: string, args: string[]): Promise<{ ms: number; outcome: Awaited<ReturnType<typeof cli>> }> {
  const start = performance.now();
  const outcome = await cli(args, { command: [process.execPath, main] });
  return { ms: performance.now() - start, outcome };
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
  it('--help works for every command and subcommand, with a usage line, and answers quickly', async () => {
    // On compiled JavaScript, as users run it (the tests' compiled mirror of src/, or dist/ when this
    // file runs from the sources): tsx would time its own compiling (and make this walk slow).
    const [, ...prefix] = cliCommand();
    const main = prefix.includes('--import') ? join(packageRoot(), 'dist', 'cli', 'main.js') : prefix[0]!;
    assert.ok(existsSync(main), `${main} is missing: build first (npm run build)`);
    const built = (args: string[]) => timed(main, args);
    const root = await built(['--help']);
    assert.equal(root.outcome.code, 0, root.outcome.stderr);
    assert.match(root.outcome.stdout, /^Usage: airtnt /);
    const commands = subcommandsOf(root.outcome.stdout);
    for (const expected of ['devnet', 'executor', 'run', 'runs', 'bench']) assert.ok(commands.includes(expected), `${expected} listed in ${commands.join(', ')}`);
    const groups = await pool(commands, async (name) => ({ path: [name], run: await built([name, '--help']) }));
    const leaves: string[][] = [];
    for (const { path, run } of groups) {
      const name = path[0]!;
      assert.equal(run.outcome.code, 0, `airtnt ${name} --help: ${run.outcome.stderr}`);
      assert.match(run.outcome.stdout, new RegExp(`^Usage: airtnt ${name} `), `airtnt ${name} --help`);
      const subs = subcommandsOf(run.outcome.stdout);
      for (const sub of subs) leaves.push([name, sub]);
    }
    assert.ok(leaves.some((path) => path.join(' ') === 'executor start'));
    assert.ok(leaves.some((path) => path.join(' ') === 'run life'));
    const helps = await pool(leaves, async (path) => ({ path, run: await built([...path, '--help']) }));
    for (const { path, run } of helps) {
      assert.equal(run.outcome.code, 0, `airtnt ${path.join(' ')} --help: ${run.outcome.stderr}`);
      assert.match(run.outcome.stdout, new RegExp(`^Usage: airtnt ${path.join(' ')}`), `airtnt ${path.join(' ')} --help`);
      assert.match(run.outcome.stdout, /--help/);
    }
    const withoutSubcommands = [...groups.filter((group) => subcommandsOf(group.run.outcome.stdout).length === 0).map((group) => group.path), ...leaves];
    const wrong = await pool(withoutSubcommands, async (path) => ({ path, run: await built([...path, '--no-such-flag']) }));
    for (const { path, run } of wrong) {
      assert.notEqual(run.outcome.code, 0, `airtnt ${path.join(' ')} --no-such-flag must fail`);
      assert.match(run.outcome.stderr, /error: (unknown option '--no-such-flag'|required option '--[a-z-]+ <[a-z]+>' not specified)/, `airtnt ${path.join(' ')}: ${run.outcome.stderr}`);
    }

    // Quickly: command modules load their heavy parts (viem, the enclave, SQLite) only when they run.
    // The bound is 600 ms of wall time, or three times the cheapest airtnt process (--version) on a
    // machine so loaded that even that is slow: a command that imports the heavy parts to define its
    // options takes five to ten times --version. A slow one is timed again alone before it counts.
    let baseline = Infinity;
    for (let run = 0; run < 3; run++) baseline = Math.min(baseline, (await built(['--version'])).ms);
    const bound = Math.max(600, 3 * baseline);
    const slow: string[] = [];
    for (const { path, run } of [{ path: [] as string[], run: root }, ...groups, ...helps]) {
      let ms = run.ms;
      if (ms > bound) ms = Math.min(ms, (await built([...path, '--help'])).ms);
      if (ms > bound) slow.push(`airtnt ${[...path, '--help'].join(' ')}: ${Math.round(ms)} ms`);
    }
    assert.deepEqual(slow, [], `over ${Math.round(bound)} ms (--version: ${Math.round(baseline)} ms)`);
  });

  it('a flag with a bad value names the flag and the value, and exits non-zero', async () => {
    const [port, price] = await Promise.all([cli(['executor', 'start', '--port', 'eighty']), cli(['executor', 'start', '--price-per-cycle', '1 dollar'])]);
    assert.notEqual(port.code, 0);
    assert.match(port.stderr, /--port.*eighty/);
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
    const flags = ['--version', '-V'];
    const outcomes = await Promise.all(flags.map((flag) => cli([flag])));
    for (const outcome of outcomes) {
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
