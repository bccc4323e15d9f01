/**
 * The public surface: every subpath of package.json's exports map has an entry file, and the names
 * each one exports (values and types) are exactly those in src/exports.snapshot.txt, so any change to
 * the public surface shows in review. After a deliberate change:
 * AIRTNT_UPDATE_EXPORTS=1 node scripts/test.mjs src/exports.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import ts from 'typescript';

const ROOT = new URL('../', import.meta.url).pathname;
const SNAPSHOT = join(ROOT, 'src/exports.snapshot.txt');

type Conditions = { types: string; default: string };
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, Conditions | string>; sideEffects: boolean };

/** airtnt/browser is one bundle of src/browser.ts (scripts/build-browser.mjs), not tsc's output. */
const BROWSER_BUNDLE = './dist/browser/airtnt-protocol.js';

/** Subpath (airtnt, airtnt/requester, ...) -> its source entry file. */
function entries(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') continue; // ./package.json
    assert.match(target.types, /^\.\/dist\/[a-z]+\.d\.ts$/, `${key}: a dist entry file`);
    const expected = key === './browser' ? BROWSER_BUNDLE : target.types.replace(/\.d\.ts$/, '.js');
    assert.equal(target.default, expected, `${key}: types beside the code`);
    out.set(key === '.' ? 'airtnt' : `airtnt/${key.slice(2)}`, join(ROOT, target.types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts')));
  }
  return out;
}

function surface(): string {
  const files = entries();
  const program = ts.createProgram([...files.values()], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true, noEmit: true, types: ['node'] });
  const checker = program.getTypeChecker();
  const lines: string[] = [];
  for (const [subpath, file] of files) {
    const source = program.getSourceFile(file);
    assert.ok(source, `${subpath}: ${file} exists`);
    const symbol = checker.getSymbolAtLocation(source);
    assert.ok(symbol, `${subpath}: ${file} is a module`);
    for (const exported of checker.getExportsOfModule(symbol)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const kind = target.flags & ts.SymbolFlags.Value ? 'value' : 'type';
      lines.push(`${subpath} ${exported.name} (${kind})`);
    }
  }
  return `${lines.sort().join('\n')}\n`;
}

describe('public exports', () => {
  it('package.json: one entry per subpath, types conditions first, no side effects, testing helpers only under airtnt/testing', () => {
    assert.equal(pkg.sideEffects, false);
    const subpaths = [...entries().keys()].sort();
    assert.deepEqual(subpaths, ['airtnt', 'airtnt/attestation', 'airtnt/browser', 'airtnt/chain', 'airtnt/executor', 'airtnt/functions', 'airtnt/protocol', 'airtnt/requester', 'airtnt/testing']);
    for (const target of Object.values(pkg.exports)) if (typeof target !== 'string') assert.deepEqual(Object.keys(target), ['types', 'default']);
  });

  it('the names exported per subpath are exactly the snapshot', async () => {
    const actual = surface();
    if (process.env.AIRTNT_UPDATE_EXPORTS === '1') writeFileSync(SNAPSHOT, actual);
    assert.equal(actual, readFileSync(SNAPSHOT, 'utf8'), 'the public surface changed: review it, then update src/exports.snapshot.txt (see the header of this test)');
    // The value exports are what the entry files really export at run time.
    for (const [subpath, file] of entries()) {
      // The entry file of the tree this test runs from: the sources (tsx), or the tests' compiled mirror.
      const own = import.meta.url.endsWith('.ts') ? file : fileURLToPath(new URL(relative(join(ROOT, 'src'), file).replace(/\.ts$/, '.js'), new URL('./', import.meta.url)));
      const runtime = Object.keys((await import(own)) as object).sort();
      const values = actual.split('\n').filter((line) => line.startsWith(`${subpath} `) && line.endsWith('(value)')).map((line) => line.split(' ')[1]!).sort();
      assert.deepEqual(runtime, values, subpath);
    }
    const dev = ['startDevnet', 'deployTestToken', 'mintTestToken', 'increaseTime', 'eventually'];
    for (const line of actual.split('\n')) {
      const [subpath, name] = line.split(' ');
      if (dev.includes(name!)) assert.equal(subpath, 'airtnt/testing', `${name} is a development helper: only under airtnt/testing`);
    }
  });
});
