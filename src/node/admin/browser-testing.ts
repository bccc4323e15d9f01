/**
 * Debian's Chromium for the browser tests (playwright-core drives it; no browser is downloaded).
 * Tests skip, saying why, when it is absent on a developer's machine; in CI (CI=true) its absence
 * is a failure, since .ci/run installs it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string | undefined {
  const given = process.env.AIRTNT_CHROMIUM;
  if (given !== undefined && given !== '') return given;
  return CANDIDATES.find((path) => existsSync(path));
}

/** false, or the reason to skip: only outside CI. */
export function browserSkipReason(): string | false {
  if (chromiumPath() !== undefined) return false;
  if (process.env.CI === 'true') return false; // the test then fails on launch, as it should in CI
  return 'Chromium is not installed (apt-get install -y chromium); CI installs it and runs this test';
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (executablePath === undefined) throw new Error('Chromium is not installed: apt-get install -y --no-install-recommends chromium');
  // As root (CI, containers) Chromium's sandbox cannot start; the pages opened are our own, on loopback.
  return chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}
