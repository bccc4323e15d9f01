/**
 * The README's three-terminal walkthrough, run line by line as written (through /bin/sh, with
 * `airtnt` on the PATH): the chain and the executor as long-lived processes, the requester's lines
 * to completion. Only the two ports are replaced by free ones (the machine may be shared), and the
 * stores go to a temporary XDG_DATA_HOME.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { freePort } from '../util/net.js';
import { cliCommand, packageRoot } from '../util/paths.js';

/** The lines of the sh block that follows `<!-- walkthrough:NAME -->` in the README. */
function walkthrough(readme: string, name: string): string[] {
  const match = new RegExp(`<!-- walkthrough:${name} -->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(readme);
  assert.ok(match, `README has the walkthrough block ${name}`);
  return match[1]!.trim().split('\n');
}

const dir = mkdtempSync(join(tmpdir(), 'airtnt-walkthrough-'));
const children: ChildProcess[] = [];
after(() => {
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // the group is gone already
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

function shell(line: string): ChildProcess {
  const child = spawn('/bin/sh', ['-c', line], { detached: true, cwd: dir, env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH}`, XDG_DATA_HOME: join(dir, 'xdg') }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return child;
}

/** Resolves with everything printed once `pattern` appears on stdout; rejects if the process exits first. */
function waitFor(child: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (pattern.test(out)) resolve(out);
    });
    child.once('exit', (code) => reject(new Error(`exited (${code}) before ${pattern}: ${err}`)));
  });
}

describe('README walkthrough (real processes)', { timeout: 600_000 }, () => {
  it('works exactly as written: devnet, executor, requester', async () => {
    const [node, ...prefix] = cliCommand();
    const absolute = prefix.map((part) => (part === 'tsx' ? import.meta.resolve('tsx') : part));
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'airtnt'), `#!/bin/sh\nexec ${[node!, ...absolute].map((p) => `'${p}'`).join(' ')} "$@"\n`);
    chmodSync(join(bin, 'airtnt'), 0o755);
    const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');
    const [chainPort, executorPort] = [await freePort(), await freePort()];
    const ports = (line: string) => line.replaceAll('8545', String(chainPort)).replaceAll('7777', String(executorPort));

    const [chainLine] = walkthrough(readme, 'chain');
    const chain = shell(ports(chainLine!));
    const printed = await waitFor(chain, /stop with Ctrl-C/);
    const [executorLine] = walkthrough(readme, 'executor');
    assert.ok(printed.includes(/--channels (0x[0-9a-fA-F]{40})/.exec(executorLine!)![1]!), 'the devnet deploys the channels at the address the README gives');
    const executor = shell(ports(executorLine!));
    let executorErr = '';
    executor.stderr!.on('data', (chunk: Buffer) => (executorErr += chunk.toString()));
    await waitFor(executor, /airtnt executor listening on/);

    const outputs: string[] = [];
    for (const line of walkthrough(readme, 'requester')) {
      const child = shell(ports(line));
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = (await once(child, 'exit')) as [number | null];
      assert.equal(code, 0, `${line}\n${stderr}`);
      outputs.push(stdout);
    }
    assert.ok(existsSync(join(dir, 'final.rle')));
    const [, info, run, runs, status] = outputs;
    assert.match(info!, /price per cycle {2}1 gwei/);
    assert.match(info!, /min deposit {6}0\.00000002 ETH/);
    assert.match(info!, /verified: evidence accepted/);
    const cost = /4 rounds, 40 generations.*run cost ([0-9.]+ ETH)/.exec(run!)?.[1];
    assert.ok(cost !== undefined && cost !== '0 ETH', run);
    assert.ok(runs!.includes(cost) && /INSECURE/.test(runs!), runs);
    assert.ok(status!.includes(`earnings  ${cost} signed to you`), status);

    // The same run again is answered from the store, and says so, with who executed it and how.
    const runLine = walkthrough(readme, 'requester').find((line) => line.includes(' run life '))!;
    const again = shell(ports(runLine));
    let againErr = '';
    again.stderr!.on('data', (chunk: Buffer) => (againErr += chunk.toString()));
    assert.equal(((await once(again, 'exit')) as [number])[0], 0, againErr);
    assert.match(againErr, new RegExp(`answered from the store .*executed by http://127\\.0\\.0\\.1:${executorPort} on a simulated TEE \\(INSECURE\\); it cost ${cost.replace('.', '\\.')}`));

    // Ctrl-C in each terminal: the whole process group gets SIGINT. The executor collects first.
    const executorExited = once(executor, 'exit');
    process.kill(-executor.pid!, 'SIGINT');
    await executorExited;
    const statusAfter = shell('airtnt executor status --json');
    let statusJson = '';
    statusAfter.stdout!.on('data', (chunk: Buffer) => (statusJson += chunk.toString()));
    assert.equal(((await once(statusAfter, 'exit')) as [number])[0], 0);
    const { earnings } = JSON.parse(statusJson) as { earnings: { signed: string; collected: string }[] };
    assert.equal(earnings.length, 1);
    assert.ok(BigInt(earnings[0]!.signed) > 0n);
    assert.equal(earnings[0]!.collected, earnings[0]!.signed, 'Ctrl-C collected the 40 gwei the README says it does');
    // Its last line says so: what is collected, and that nothing waits for the next start.
    assert.match(executorErr.trimEnd().split('\n').at(-1)!, new RegExp(`^stopped: \\d+ sessions?, ${cost.replace('.', '\\.')} collected, 0 ETH pending(; 0 collects in flight and \\d+ awaiting confirmations: .*)?$`), executorErr);
    const chainExited = once(chain, 'exit');
    process.kill(-chain.pid!, 'SIGINT');
    await chainExited;
  });
});
