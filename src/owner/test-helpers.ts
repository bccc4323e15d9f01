/** Release agents as real processes for the tests (`airtnt owner serve --json`), and their logs. */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isAirtntError } from '../util/errors.js';
import { cliCommand } from '../util/paths.js';
import { ReleaseLog } from './release-log.js';

export type AgentProcess = { url: string; process: ChildProcess; logPath: string; /** What the agent wrote to stderr so far. */ stderr: () => string };

/** Resolves once the agent's stderr matches (or rejects when it exits first): no fixed wait. */
export async function agentStderrMatching(agent: AgentProcess, pattern: RegExp): Promise<string> {
  while (!pattern.test(agent.stderr())) {
    if (agent.process.exitCode !== null || agent.process.signalCode !== null) throw new Error(`the agent exited without writing ${pattern}: ${agent.stderr()}`);
    await Promise.race([once(agent.process.stderr!, 'data'), once(agent.process, 'exit')]);
  }
  return agent.stderr();
}

/** Starts `airtnt owner serve` with this policy and secret in `dir`; resolves once it listens. */
export async function startAgentProcess(dir: string, name: string, policy: unknown, secret: Uint8Array): Promise<AgentProcess> {
  const policyPath = join(dir, `${name}.policy.json`);
  const secretPath = join(dir, `${name}.secret`);
  const logPath = join(dir, `${name}.sqlite`);
  writeFileSync(policyPath, JSON.stringify(policy));
  writeFileSync(secretPath, secret);
  const [command, ...prefix] = cliCommand();
  const child = spawn(command!, [...prefix, 'owner', 'serve', '--policy', policyPath, '--secret', secretPath, '--log', logPath, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit').then(() => { throw new Error(`agent ${name} exited: ${stderr}`); });
  const [line] = (await Promise.race([once(createInterface({ input: child.stdout! }), 'line'), exited])) as [string];
  const started = JSON.parse(line) as { url: string; pid: number };
  assert.equal(started.pid, child.pid);
  return { url: started.url, process: child, logPath, stderr: () => stderr };
}

export async function stopAgentProcess(agent: AgentProcess): Promise<void> {
  if (agent.process.exitCode !== null || agent.process.signalCode !== null) return;
  const exited = once(agent.process, 'exit');
  agent.process.kill('SIGTERM');
  await exited;
}

export function loggedReleases(agent: AgentProcess) {
  const log = new ReleaseLog(agent.logPath);
  try {
    return { releases: log.releases(), refusals: log.refusals() };
  } finally {
    log.close();
  }
}

export const refusedBy = (rule: string, cause?: string) => (error: unknown) =>
  isAirtntError(error, 'OWNER_RELEASE_REFUSED') && error.details.rule === rule && (cause === undefined || error.details.cause === cause);
