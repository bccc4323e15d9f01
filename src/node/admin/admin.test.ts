/**
 * The executor's admin port on a real devnet with a real executor process and paid runs: the token
 * (none or wrong: 401), the port kept apart from the public one, a /metrics scrape parsed by a
 * Prometheus text-format parser, and the dashboard in Chromium during a live run.
 */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import parsePrometheusTextFormat, { type PrometheusFamily } from 'parse-prometheus-text-format';
import type { Browser, Page } from 'playwright-core';
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from '../testing.js';
import type { ExecutorProcess } from '../process.js';
import type { RunResult } from '../requester.js';
import { browserSkipReason, launchChromium } from './browser-testing.js';
import { serveExecutorAdmin } from './admin-server.js';

let world: TestWorld;
let executor: ExecutorProcess;
let adminUrl: string;
let token: string;
let first: RunResult;
let browser: Browser | undefined;
const skipBrowser = browserSkipReason();

before(async () => {
  world = await startTestWorld();
  executor = await world.startExecutor(1, { args: ['--admin-port', '0'] });
  adminUrl = await eventually(async () => /airtnt admin listening on (http:\/\/\S+)/.exec(executor.stdout())?.[1], 30_000, 'the admin URL');
  const tokenPath = join(world.dir, 'executor-1', 'admin-token');
  assert.equal(statSync(tokenPath).mode & 0o777, 0o600, 'the generated token is readable by its owner only');
  token = readFileSync(tokenPath, 'utf8').trim();
  const { job } = await lifeJob({ width: 40, height: 30, cycles: 60, perRound: 10, executors: [executor.url] });
  first = await world.requester(2).run(job);
});
after(async () => {
  await browser?.close();
  await world.close();
});

/** Waits until the element's whole text is `text` (no fixed sleeps: the page polls once a second). */
async function waitText(page: Page, selector: string, text: string, timeout = 60_000): Promise<void> {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.locator(selector, { hasText: new RegExp(`^${escaped}$`) }).first().waitFor({ timeout });
}

const bearer = () => ({ authorization: `Bearer ${token}` });

async function getStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return (await fetch(url, { headers })).status;
}

function family(families: PrometheusFamily[], name: string): PrometheusFamily {
  const found = families.find((f) => f.name === name);
  assert.ok(found, `metric ${name} is exposed`);
  return found;
}

function value(families: PrometheusFamily[], name: string, labels: Record<string, string> = {}): number {
  const sample = family(families, name).metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
  assert.ok(sample, `${name}${JSON.stringify(labels)} has a sample`);
  return Number(sample.value);
}

describe('executor admin port', () => {
  it('refuses every data route without the token, and with a wrong one (401)', async () => {
    for (const path of ['metrics', 'api/state']) {
      assert.equal(await getStatus(`${adminUrl}${path}`), 401, `${path} without a token`);
      assert.equal(await getStatus(`${adminUrl}${path}`, { authorization: `Bearer ${token}x` }), 401, `${path} with a wrong token`);
      assert.equal(await getStatus(`${adminUrl}${path}`, { authorization: token }), 401, `${path} with the token but no Bearer scheme`);
      assert.equal(await getStatus(`${adminUrl}${path}`, { cookie: `airtnt_admin_${new URL(adminUrl).port}=forged` }), 401, `${path} with a forged cookie`);
      assert.equal(await getStatus(`${adminUrl}${path}`, bearer()), 200, `${path} with the token`);
    }
    const login = await fetch(`${adminUrl}login`, { method: 'POST', headers: { authorization: 'Bearer wrong-token-wrong-token' } });
    assert.equal(login.status, 401);
    // The page itself carries no data: it loads, with a strict CSP.
    const page = await fetch(adminUrl);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'; script-src 'self'/);
  });

  it('takes the operator\'s token from AIRTNT_ADMIN_TOKEN, writing no token file; no admin port without --admin-port', async () => {
    const given = 'operator-chosen-admin-token-0123';
    const [other, plain] = await Promise.all([
      world.startExecutor(4, { name: 'given-token', args: ['--admin-port', '0'], env: { AIRTNT_ADMIN_TOKEN: given } }),
      world.startExecutor(5, { name: 'no-admin' }),
    ]);
    const url = await eventually(async () => /airtnt admin listening on (http:\/\/\S+)/.exec(other.stdout())?.[1], 30_000, 'the admin URL');
    assert.equal(await getStatus(`${url}api/state`, { authorization: `Bearer ${given}` }), 200);
    assert.equal(await getStatus(`${url}api/state`, bearer()), 401, 'another node\'s token does not open it');
    assert.equal(existsSync(join(world.dir, 'given-token', 'admin-token')), false);
    assert.doesNotMatch(plain.stdout(), /admin/);
    assert.doesNotMatch(plain.log(), /admin/);
    await Promise.all([other.stop(), plain.stop()]);
  });

  it('is a separate loopback server: nothing of it on the public port, and a foreign Host is refused', async () => {
    assert.notEqual(new URL(adminUrl).port, new URL(executor.url).port);
    assert.equal(new URL(adminUrl).hostname, '127.0.0.1');
    for (const path of ['/metrics', '/api/state', '/login']) {
      const status = await getStatus(`${executor.url}${path}`, bearer());
      assert.equal(status, 404, `${path} on the public port`);
    }
    // A DNS-rebinding page would reach the port under its own host name: refused before the token is looked at.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${adminUrl}api/state`, { headers: { host: 'attacker.example', ...bearer() } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(status, 421);
  });

  it('serves Prometheus metrics that a text-format parser reads, with counters that moved', async () => {
    // The collect follows the end of the session: wait for it rather than for a fixed time.
    const families = await eventually(async () => {
      const started = performance.now();
      const answer = await fetch(`${adminUrl}metrics`, { headers: bearer() });
      const text = await answer.text();
      const ms = performance.now() - started;
      assert.match(answer.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
      const parsed = parsePrometheusTextFormat(text);
      if (value(parsed, 'airtnt_collects_total', { status: 'sent' }) < 1) return undefined;
      console.log(`metrics scrape: ${ms.toFixed(1)} ms, ${text.length} bytes, ${parsed.length} families`);
      return parsed;
    }, 60_000, 'a collect in the metrics');
    assert.equal(value(families, 'airtnt_sessions_opened_total'), 1);
    assert.equal(value(families, 'airtnt_rounds_total'), first.rounds);
    assert.equal(value(families, 'airtnt_rounds_failed_total'), 0);
    assert.equal(value(families, 'airtnt_payments_accepted_total', { token: '0x0000000000000000000000000000000000000000' }), first.rounds);
    assert.equal(value(families, 'airtnt_keys_released_total'), first.rounds);
    const paid = first.paid.reduce((sum, p) => sum + p.amount, 0n);
    assert.equal(paid, 60n * TEST_PRICE_PER_CYCLE);
    assert.equal(value(families, 'airtnt_earned_gigaunits_total', { token: '0x0000000000000000000000000000000000000000' }), Number(paid) / 1e9);
    const histogram = family(families, 'airtnt_round_duration_seconds');
    assert.equal(histogram.type, 'HISTOGRAM');
    assert.equal(Number(histogram.metrics[0]!.count), first.rounds);
    assert.ok(value(families, 'airtnt_session_bytes_received_total') > 500);
    assert.ok(value(families, 'airtnt_session_bytes_sent_total') > 500);
    assert.equal(value(families, 'airtnt_sessions_ended_total', { reason: 'closed' }), 1);
    assert.equal(value(families, 'airtnt_sessions_active'), 0);
    assert.ok(family(families, 'airtnt_process_cpu_user_seconds_total'), 'the usual process metrics');
    assert.ok(family(families, 'airtnt_nodejs_eventloop_lag_seconds'));
  });

  it('shows the live numbers in Chromium during a paid run, matching the node\'s own stats', { skip: skipBrowser }, async () => {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${adminUrl}#token=${token}`);
    await waitText(page, '#rounds', String(first.rounds));
    assert.equal(new URL(page.url()).hash, '', 'the token is gone from the address bar');
    assert.equal(await page.textContent('#rounds'), String(first.rounds));

    // A second run while the page is open: the page follows it without being reloaded.
    const { job } = await lifeJob({ width: 40, height: 30, cycles: 80, perRound: 10, executors: [executor.url] });
    const second = await world.requester(3).run(job);
    const rounds = first.rounds + second.rounds;
    await waitText(page, '#rounds', String(rounds));
    const stats = (await (await fetch(`${executor.url}/v1/stats`)).json()) as { sessions: number; activeSessions: number };
    await waitText(page, '#sessions', String(stats.sessions));
    const paidWei = [...first.paid, ...second.paid].reduce((sum, p) => sum + p.amount, 0n);
    const earnedRow = page.locator('#earned tr', { hasText: 'ETH' });
    await earnedRow.locator('td:nth-child(3)', { hasText: new RegExp(`^${paidWei}$`) }).waitFor({ timeout: 30_000 });
    await waitText(page, '#earned tr td:nth-child(2)', `0.${paidWei.toString().padStart(18, '0').replace(/0+$/, '')} ETH`);

    const shot = await page.screenshot({ fullPage: true });
    // To look at it: AIRTNT_SCREENSHOT_DIR=/tmp node scripts/test.mjs src/node/admin/admin.test.ts
    if (process.env.AIRTNT_SCREENSHOT_DIR) writeFileSync(join(process.env.AIRTNT_SCREENSHOT_DIR, 'dashboard.png'), shot);
    const texts = {
      rounds: await page.textContent('#rounds'),
      sessions: await page.textContent('#sessions'),
      earned: await page.textContent('#earned tr td:nth-child(3)'),
      sessionRows: await page.locator('#sessions-list tr').count(),
      channelRows: await page.locator('#channels tr').count(),
    };
    assert.ok(shot.length > 20_000, `screenshot of ${shot.length} bytes`);
    assert.deepEqual([...shot.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
    assert.equal(texts.rounds, String(rounds));
    assert.equal(texts.sessions, String(stats.sessions));
    assert.equal(texts.earned, paidWei.toString());
    assert.equal(texts.sessionRows, 2);
    assert.equal(texts.channelRows, 2);
    const state = await (await fetch(`${adminUrl}api/state`, { headers: bearer() })).text();
    const newest = (JSON.parse(state) as { earnedHistory: { t: number }[] }).earnedHistory.at(-1)!.t;
    const poll = await (await fetch(`${adminUrl}api/state?since=${newest}`, { headers: bearer() })).text();
    assert.ok(poll.length < state.length, 'a poll carries only the samples the page lacks');
    console.log(`dashboard: screenshot ${shot.length} bytes, /api/state ${state.length} bytes in full, ${poll.length} bytes per poll`);
    assert.deepEqual(problems, [], 'no script errors and no CSP violations');
  });

  it('shows hostile peer text as text, never as markup', { skip: skipBrowser }, async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const failure = '</td><script>window.__pwned=2</script>';
    const state = JSON.parse(JSON.stringify(await (await fetch(`${adminUrl}api/state`, { headers: bearer() })).json())) as Record<string, unknown> & { sessions: Record<string, unknown>[] };
    const fake = {
      ...state,
      sessions: [{ ...state.sessions[0], sessionId: hostile, requester: hostile, endReason: failure }],
      failures: [{ at: Date.now(), code: hostile, text: failure, opened: false }],
      collector: { queue: 0, unconfirmed: 0, recent: [{ at: Date.now(), status: 'failed', channelId: hostile, detail: failure }] },
    };
    const admin = await serveExecutorAdmin({ port: 0, token, source: { state: () => fake } });
    try {
      browser ??= await launchChromium();
      const page = await browser.newPage();
      await page.goto(`${admin.url}#token=${token}`);
      await page.locator('#sessions-list td', { hasText: hostile }).first().waitFor();
      assert.equal(await page.locator('#sessions-list td').first().textContent(), hostile);
      assert.equal(await page.locator('#failures td:nth-child(4)').first().textContent(), failure);
      assert.equal(await page.locator('main img, main script').count(), 0, 'no element made from peer text');
      assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined');
    } finally {
      await admin.close();
    }
  });
});
