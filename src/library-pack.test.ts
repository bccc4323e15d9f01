/**
 * What a user does with the package: pack it, install the tarball into an empty project, and run the
 * examples of docs/library.md there, importing airtnt and its subpaths (real devnet, real executor
 * and requester in the example's process). Also type-checks a TypeScript consumer against the
 * packed declarations.
 *
 * The package is staged the way `npm pack` sees it after `npm run build` (the checkout's dist when it
 * is up to date, else dist compiled by tsc into a temporary folder, so the checkout's dist is not touched), packed with npm, and unpacked into
 * the project's node_modules/airtnt. Its dependencies resolve from this checkout's node_modules
 * (linked beside it, as a hoisted install lays them out) so that no network is needed.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const ROOT = new URL('../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'airtnt-pack-'));
const project = join(work, 'project');

function run(command: string, args: string[], cwd: string, timeoutMs = 170_000): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} failed (${code ?? signal})\n${stdout}\n${stderr}`));
    });
  });
}

describe('the packed library, installed into an empty project', { timeout: 600_000 }, () => {
  before(async () => {
    const stage = join(work, 'stage');
    mkdirSync(stage);
    // The test runner says when the checkout's dist/ was built from the current sources: then it is
    // what `npm run build` would make (and compiling it again costs half a minute of CPU).
    if (process.env['AIRTNT_DIST_IS_CURRENT'] === '1') cpSync(join(ROOT, 'dist'), join(stage, 'dist'), { recursive: true });
    else await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(stage, 'dist')], ROOT, 280_000);
    for (const path of ['package.json', 'README.md', 'docs', 'examples', 'build/functions', 'templates', 'web']) cpSync(join(ROOT, path), join(stage, path), { recursive: true });
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], stage);
    const tarball = join(work, stdout.trim().split('\n').pop()!);
    assert.ok(existsSync(tarball), tarball);

    mkdirSync(join(project, 'node_modules/airtnt'), { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    await run('tar', ['xzf', tarball, '-C', join(project, 'node_modules/airtnt'), '--strip-components=1'], work);
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (name === 'airtnt' || name.startsWith('.')) continue;
      symlinkSync(join(ROOT, 'node_modules', name), join(project, 'node_modules', name));
    }
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  it('holds the built entry points, their declarations and the built functions, and no tests', async () => {
    const pkg = join(project, 'node_modules/airtnt');
    for (const entry of ['index', 'requester', 'executor', 'chain', 'protocol', 'attestation', 'functions', 'testing']) {
      assert.ok(existsSync(join(pkg, 'dist', `${entry}.js`)), `dist/${entry}.js`);
      assert.ok(existsSync(join(pkg, 'dist', `${entry}.d.ts`)), `dist/${entry}.d.ts`);
    }
    assert.ok(existsSync(join(pkg, 'build/functions/life.wasm')));
    assert.ok(existsSync(join(pkg, 'docs/library.md')));
    // The executor's dashboard and the requester's watch page are served from web/ at run time.
    for (const page of ['web/admin/index.html', 'web/watch/index.html']) assert.ok(existsSync(join(pkg, page)), page);
    // The scaffold's own test (templates/) is shipped on purpose: `airtnt function new` copies it.
    const { stdout } = await run('find', [pkg, '-name', '*.test.*', '-not', '-path', '*/templates/*'], project);
    assert.equal(stdout.trim(), '');
  });

  it('refuses deep imports that are not in the exports map', async () => {
    writeFileSync(join(project, 'deep.mjs'), "import('airtnt/dist/node/requester.js').then(() => process.exit(3), (e) => { console.log(e.code); });\n");
    const { stdout } = await run(process.execPath, ['deep.mjs'], project);
    assert.equal(stdout.trim(), 'ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('type-checks a TypeScript consumer of every subpath against the packed declarations', async () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      [
        "import { AirtntError, createChainClient, type AirtntErrorCode, type ChainClient } from 'airtnt';",
        "import { createRequester, type RunProgress } from 'airtnt/requester';",
        "import { createExecutor } from 'airtnt/executor';",
        "import { openChannel } from 'airtnt/chain';",
        "import { signPayment } from 'airtnt/protocol';",
        "import { verifyEvidence } from 'airtnt/attestation';",
        "import { parseRle } from 'airtnt/functions';",
        "import { startDevnet } from 'airtnt/testing';",
        "export const code: AirtntErrorCode = 'SPEND_LIMIT_REACHED';",
        "export type Uses = [ChainClient, RunProgress, typeof createRequester, typeof createExecutor, typeof openChannel, typeof signPayment, typeof verifyEvidence, typeof parseRle, typeof startDevnet, typeof createChainClient, AirtntError];",
        "// @ts-expect-error: not a catalogued code",
        "export const wrong: AirtntErrorCode = 'NOT_A_CODE';",
        '',
      ].join('\n'),
    );
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: ['node'] }, files: ['consumer.ts'] }));
    await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
  });

  for (const example of readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.mjs')).sort()) {
    it(`runs examples/${example} as docs/library.md shows`, async () => {
      cpSync(join(ROOT, 'examples', example), join(project, example));
      const { stdout } = await run(process.execPath, [example], project);
      const summary = JSON.parse(stdout.trim().split('\n').pop()!) as { correct?: boolean };
      assert.equal(summary.correct, true, stdout);
    });
  }
});
