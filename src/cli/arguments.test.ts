/**
 * What a new user sees for a mistyped command line, as a real `airtnt` process: the error first and
 * short (not buried under the whole help), and an executor given as a bare host:port answered with a
 * typed error or, on this machine, taken as http://host:port.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { runCli as cli } from '../node/process.js';
import { executorUrl } from './executor-url.js';

describe('command-line mistakes', () => {
  it('an extra positional argument: the error first, in a few lines, not the whole help', async () => {
    const outcome = await cli(['runs', 'list', 'extra']);
    assert.notEqual(outcome.code, 0);
    const lines = outcome.stderr.trim().split('\n');
    assert.match(lines[0]!, /too many arguments/);
    assert.ok(lines.length <= 3, `short:\n${outcome.stderr}`);
    assert.doesNotMatch(outcome.stderr, /Options:/);
    assert.match(outcome.stderr, /--help/);
  });

  it('executor URLs: a local host:port is taken as http://, a remote one without a scheme is refused, saying what to type', () => {
    assert.equal(executorUrl('127.0.0.1:7777'), 'http://127.0.0.1:7777');
    assert.equal(executorUrl('localhost:7777'), 'http://localhost:7777');
    assert.equal(executorUrl('https://executor.example:7777/'), 'https://executor.example:7777');
    assert.throws(() => executorUrl('executor.example:7777'), /has no scheme: give https:\/\/executor\.example:7777/);
    assert.throws(() => executorUrl('ftp://executor.example'), /https:\/\/host:port/);
  });

  it('airtnt executor info 127.0.0.1:PORT reaches http://127.0.0.1:PORT; a bad URL is a typed error, not a TypeError', async () => {
    // Nothing listens on a port just freed: the typed EXECUTOR_UNREACHABLE shows the URL was taken as http://.
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    server.close();
    await once(server, 'close');
    const local = await cli(['executor', 'info', `127.0.0.1:${port}`, '--json', '--timeout-ms', '5000']);
    assert.notEqual(local.code, 0);
    const failure = JSON.parse(local.stdout.trim().split('\n').pop()!) as { ok: boolean; error: { code: string; message: string } };
    assert.equal(failure.ok, false);
    assert.equal(failure.error.code, 'EXECUTOR_UNREACHABLE', failure.error.message);
    assert.ok(failure.error.message.includes(`http://127.0.0.1:${port}`), failure.error.message);
    assert.doesNotMatch(local.stderr, /TypeError/);
    const remote = await cli(['executor', 'info', 'executor.example:7777', '--json']);
    assert.notEqual(remote.code, 0);
    const refused = JSON.parse(remote.stdout.trim().split('\n').pop()!) as { error: { code: string; message: string } };
    assert.equal(refused.error.code, 'INVALID_ARGUMENTS');
    assert.match(refused.error.message, /has no scheme/);
  });
  it('executor start: limits that contradict each other name both flags, and --registry at an address with no registry says REGISTRY_UNREADABLE', async () => {
    // Each on its own private development chain (no --rpc-url): both are refused before the executor listens.
    const limits = await cli(['executor', 'start', '--min-channel-seconds', '900', '--max-channel-seconds', '700']);
    assert.notEqual(limits.code, 0);
    assert.match(limits.stderr, /docs\/errors\.md#invalid_arguments/);
    assert.match(limits.stderr, /--max-channel-seconds 700 is not above --min-channel-seconds 900/);
    assert.doesNotMatch(limits.stdout, /listening/);
    const registry = await cli(['executor', 'start', '--registry', '0x00000000000000000000000000000000000000aa']);
    assert.notEqual(registry.code, 0);
    assert.match(registry.stderr, /docs\/errors\.md#registry_unreadable/);
    assert.match(registry.stderr, /0x00000000000000000000000000000000000000[aA]{2}/);
    assert.match(registry.stderr, /--registry/, 'the hint names the flag');
    assert.doesNotMatch(registry.stdout, /listening/);
  });
});
