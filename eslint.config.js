// Flat config: the recommended rules of eslint and typescript-eslint (syntax only, so lint stays fast),
// and the purity boundary of the protocol core (docs/architecture.md, "the pure core").
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Modules outside src/protocol that the protocol core may import, as written from src/protocol: each
 * is pure (no I/O, no clock, no randomness of its own, no Node API) and is itself under PURE_RULES.
 */
export const PROTOCOL_ALLOWED_MODULES = [
  '../util/bytes.js',
  '../util/errors.js',
  '../util/evm.js',
  '../crypto/primitives.js',
  '../crypto/aead.js',
  '../crypto/round-encryption.js',
  '../crypto/hpke.js',
  '../functions/life.js',
  '../functions/life-diff.js',
];
/** The pure modules themselves (PROTOCOL_ALLOWED_MODULES and what they import). */
const PURE_MODULE_FILES = ['src/util/bytes.ts', 'src/util/errors.ts', 'src/util/evm.ts', 'src/util/error-catalogue.ts', 'src/crypto/primitives.ts', 'src/crypto/aead.ts', 'src/crypto/round-encryption.ts', 'src/crypto/hpke.ts', 'src/functions/life.ts', 'src/functions/life-diff.ts'];
/** npm packages that are pure and run in a browser. */
const PURE_PACKAGES = ['@noble/ciphers', '@noble/curves', '@noble/hashes', 'ox', 'viem', 'zod', 'cbor-x'];

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const packagePattern = PURE_PACKAGES.map((name) => `${escape(name)}(?:/|$)`).join('|');
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const pureImportPatterns = [
  { regex: '^node:', message: 'the protocol core is pure: no Node API (pass what it needs in, e.g. CryptoPrimitives)' },
  { regex: `^(?!\\.|${packagePattern})`, message: `the protocol core imports only pure packages (${PURE_PACKAGES.join(', ')})` },
];
const pureRules = (extraPatterns) => ({
  'no-restricted-imports': ['error', {
    paths: nodeBuiltins.map((name) => ({ name, message: 'the protocol core is pure: no Node API' })),
    patterns: [...pureImportPatterns, ...extraPatterns],
  }],
  'no-restricted-globals': ['error',
    ...['process', 'Buffer', 'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'performance', 'require', 'fetch', 'WebSocket', 'XMLHttpRequest', '__dirname', '__filename']
      .map((name) => ({ name, message: `the protocol core is pure: no ${name} (the clock, timers and I/O are the caller's; pass values in)` })),
  ],
  'no-restricted-properties': ['error',
    { object: 'Date', property: 'now', message: 'the protocol core is pure: take the time as a parameter' },
    { object: 'Math', property: 'random', message: 'the protocol core is pure: take randomness as a parameter (and never Math.random for secrets)' },
    { object: 'performance', property: 'now', message: 'the protocol core is pure: take the time as a parameter' },
    ...['process', 'Buffer', 'setTimeout', 'setInterval', 'performance', 'fetch'].map((property) => ({ object: 'globalThis', property, message: 'the protocol core is pure' })),
  ],
  'no-restricted-syntax': ['error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'the protocol core is pure: new Date() reads the clock; take the time as a parameter' },
    { selector: 'ImportExpression', message: 'the protocol core is pure: no dynamic import' },
  ],
});

export default tseslint.config(
  { ignores: ['dist/**', '.test-build-*/**', 'node_modules/**', 'build/**', 'functions/**/assembly/**', 'templates/functions/*/assembly/**', 'bench/results/**', 'src/chain/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', performance: 'readonly', WebAssembly: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', queueMicrotask: 'readonly', structuredClone: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The pure protocol core: nothing from outside src/protocol but the allow-list above.
    files: ['src/protocol/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test-helpers/**'],
    rules: pureRules([{ regex: '^\\./.*\\.\\./', message: 'write imports from outside src/protocol as ../folder/file.js, so the allow-list sees them' }, {
      regex: `^\\.\\./(?!(?:${PROTOCOL_ALLOWED_MODULES.map((path) => escape(path.slice(3))).join('|')})$)`,
      message: `the protocol core imports from outside src/protocol only the pure modules ${PROTOCOL_ALLOWED_MODULES.join(', ')} (eslint.config.js)`,
    }]),
  },
  {
    // What the protocol core may import must be as pure as the core.
    files: PURE_MODULE_FILES,
    rules: pureRules([]),
  },
  {
    // The dashboard and watch pages: plain browser scripts, served as they are.
    files: ['web/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', document: 'readonly', location: 'readonly', history: 'readonly', fetch: 'readonly', atob: 'readonly', URLSearchParams: 'readonly' } },
  },
);
