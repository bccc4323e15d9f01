/** Test helper: the promise rejects with an AirtntError of exactly this code (the message shown otherwise). */
import assert from 'node:assert/strict';
import { AirtntError } from '../../util/errors.js';

export async function rejectsWithCode(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof AirtntError, String(error));
    assert.equal(error.code, code, error.message);
    return true;
  });
}
