import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from './sqlite.js';

// The stores hold signed payments, round keys and paid states: nobody but their owner reads them.
test('a store and its WAL files are readable by their owner only (new user review: they were 0644)', () => {
  const root = mkdtempSync(join(tmpdir(), 'airtnt-modes-'));
  try {
    const dir = join(root, 'store');
    const db = openDatabase(join(dir, 'x.sqlite'), ['CREATE TABLE t (a)']);
    db.exec('INSERT INTO t VALUES (1)');
    const files = readdirSync(dir);
    assert.ok(files.includes('x.sqlite-wal'), files.join(', '));
    for (const file of files) assert.equal((statSync(join(dir, file)).mode & 0o777).toString(8), '600', file);
    assert.equal((statSync(dir).mode & 0o777).toString(8), '700');
    db.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
