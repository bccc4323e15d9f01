/**
 * The error catalogue: every code thrown in src is catalogued (a static scan of the sources, beside the
 * type check), the catalogue has no duplicate, docs/errors.md is generated from it, and an error's
 * message is its short message, details, hint and docs link.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { renderErrorDocs } from './error-docs.js';
import { packageRoot } from './paths.js';
import { AirtntError, ERROR_CATALOGUE, isAirtntError, isAirtntErrorCode, isRemoteRefusal, RemoteRefusalError } from './errors.js';

const ROOT = packageRoot();
const SRC = join(ROOT, 'src/');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated' && entry.name !== 'test-helpers') sourceFiles(path, out);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) {
      out.push(path);
    }
  }
  return out;
}

/** UPPER_SNAKE literals that are names, not error codes (certificate names, quoting enclave ids, a sentinel). */
const NOT_CODES = new Set([
  'AMD_ARK_GENOA', 'AMD_ARK_MILAN', 'AMD_ARK_TURIN', 'AMD_ASK_GENOA', 'AMD_ASK_MILAN', 'AMD_ASK_TURIN',
  'AMD_ASVK_GENOA', 'AMD_ASVK_MILAN', 'AMD_ASVK_TURIN', 'AWS_NITRO_ROOT_G1', 'INTEL_SGX_ROOT_CA',
  'INTEL_SGX_TCB_SIGNING_2018', 'INTEL_SGX_TCB_SIGNING_2025', 'TD_QE', 'ERR_WORKER_OUT_OF_MEMORY', 'AIRTNT_ANVIL_BIN', 'AIRTNT_TEST_MISBEHAVE',
]);

describe('error catalogue', () => {
  it('every code thrown or passed as a code in src is catalogued', () => {
    // Any UPPER_SNAKE string literal on a line that builds an error or names a code: a new code
    // added anywhere without a catalogue entry fails here (and in the type check, for AirtntError).
    const context = /Error\(|Reader\(|code|reason|mismatch\(|CODES|ROUND_NOT_RUN/;
    const literal = /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g;
    const missing: string[] = [];
    let seen = 0;
    for (const file of sourceFiles(SRC)) {
      if (file.endsWith('util/error-catalogue.ts')) continue;
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!context.test(line)) continue;
        for (const [, code] of line.matchAll(literal)) {
          seen += 1;
          if (!isAirtntErrorCode(code) && !NOT_CODES.has(code!)) missing.push(`${code} (${file.slice(SRC.length)})`);
        }
      }
    }
    assert.ok(seen > 300, `the scan found only ${seen} codes: the pattern no longer matches the sources`);
    assert.deepEqual(missing, []);
  });

  it('has no duplicate codes and one meaning per code', () => {
    const text = readFileSync(join(SRC, 'util/error-catalogue.ts'), 'utf8');
    const keys = [...text.matchAll(/^ {2}([A-Z][A-Z0-9_]+): \{/gm)].map((m) => m[1]!);
    assert.equal(keys.length, Object.keys(ERROR_CATALOGUE).length);
    assert.equal(new Set(keys).size, keys.length, 'a code appears twice in the catalogue');
    assert.deepEqual(keys, [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), 'keep the catalogue sorted');
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
      assert.ok(entry.meaning.length > 10 && !entry.meaning.includes('\n'), `${code}: a one-line meaning`);
      const hint: string | undefined = 'hint' in entry ? entry.hint : undefined;
      assert.ok(hint === undefined || !/--[a-z]{2,}|airtnt (run|executor start|attest|function|devnet)\b/.test(hint), `${code}: library hints name no CLI flag or command`);
    }
  });

  it('library hints name no CLI flag or command (src outside src/cli)', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      if (file.includes('/cli/') || file.includes('/bench/') || file.includes('/demo/')) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/hint/.test(line) && /--[a-z]{2,}|airtnt (run|executor start|attest|function|devnet)\b/.test(line)) offenders.push(`${file.slice(SRC.length)}:${i + 1}`);
      });
    }
    assert.deepEqual(offenders, []);
  });

  it('docs/errors.md is generated from the catalogue (node --import tsx scripts/error-docs.mjs)', () => {
    const page = readFileSync(join(ROOT, 'docs/errors.md'), 'utf8');
    assert.equal(page, renderErrorDocs());
    for (const code of Object.keys(ERROR_CATALOGUE)) assert.ok(page.includes(`\n### ${code}\n`), code);
  });
});

describe('AirtntError', () => {
  it('message is the short message, the details, the hint (the catalogue\'s by default) and the docs link', () => {
    const error = new AirtntError('SPEND_LIMIT_REACHED', 'this payment would take the run past its budget', { details: { spent: 5n, budget: 4n } });
    assert.equal(error.shortMessage, 'this payment would take the run past its budget');
    assert.equal(error.hint, ERROR_CATALOGUE.SPEND_LIMIT_REACHED.hint);
    assert.equal(error.docsPath, 'docs/errors.md#spend_limit_reached');
    assert.equal(
      error.message,
      [
        'this payment would take the run past its budget',
        'details: {"spent":"5","budget":"4"}',
        `hint: ${ERROR_CATALOGUE.SPEND_LIMIT_REACHED.hint}`,
        'docs: docs/errors.md#spend_limit_reached',
      ].join('\n'),
    );
    const own = new AirtntError('SPEND_LIMIT_REACHED', 'x', { hint: 'raise it' });
    assert.equal(own.hint, 'raise it');
    assert.deepEqual(own.toJSON(), { code: 'SPEND_LIMIT_REACHED', message: 'x\nhint: raise it\ndocs: docs/errors.md#spend_limit_reached', details: {} });
  });

  it('a remote refusal is its own class carrying the peer\'s code, not matched through details', () => {
    const refusal = new RemoteRefusalError('CHANNEL_HAS_UNPAID_ROUND', 'a round that ran on this channel was never paid');
    assert.ok(refusal instanceof AirtntError);
    assert.equal(refusal.code, 'EXECUTOR_REFUSED');
    assert.equal(refusal.remoteCode, 'CHANNEL_HAS_UNPAID_ROUND');
    assert.equal(refusal.shortMessage, 'the executor refused: CHANNEL_HAS_UNPAID_ROUND: a round that ran on this channel was never paid');
    assert.ok(isRemoteRefusal(refusal, 'CHANNEL_HAS_UNPAID_ROUND'));
    assert.ok(!isRemoteRefusal(refusal, 'SESSION_BUSY'));
    assert.ok(isAirtntError(refusal, 'EXECUTOR_REFUSED'));
    // A local error with the same code is not a refusal from the peer.
    assert.ok(!isRemoteRefusal(new AirtntError('CHANNEL_HAS_UNPAID_ROUND', 'local')));
  });
});
