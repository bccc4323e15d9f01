/**
 * A --from-registry run resumed in a later epoch (new-user review 12/11: it failed with the bare "no task
 * id committed", saying nothing of the run): the refusal names the run and what it keeps, when to run
 * again (a task id was just committed for a later epoch) and how to resume now on the executors that ran it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AirtntError } from '../util/errors.js';
import { resumeNeedsTaskId } from './registry-resume.js';

describe('--from-registry resume in a later epoch', () => {
  it('says which run waits, from which round, when to run again, and the --executor line that resumes it now', () => {
    const selection = new AirtntError('SELECTION_TASK_NOT_COMMITTED', 'no task id committed by 0x90F7 for epoch 25', {
      details: { requester: '0x90F7', epoch: 25n, committedFor: '27', secondsUntilWindowOpens: '34' },
      hint: 'one was just committed for epoch 27, which opens in 34 s of chain time and lasts 30 s',
    });
    const runId = 'ab'.repeat(32);
    const error = resumeNeedsTaskId(selection, runId, { kind: 'resumed', roundsDone: 4, totalRounds: 10, awaitingKeys: [], spent: 8n, executors: ['http://127.0.0.1:7001'] });
    assert.equal(error.code, 'SELECTION_TASK_NOT_COMMITTED');
    assert.match(error.shortMessage, /^run abababababababab \(4 of 10 rounds done, kept in its store\) resumes --from-registry on a new selection, which needs a task id committed for this epoch \(25\)/);
    assert.match(error.hint!, /^the same command resumes it from round 4 on a new selection in epoch 27: one was just committed for epoch 27, which opens in 34 s of chain time/);
    assert.match(error.hint!, /or resume now, without a new selection, on the executors that ran it: the same command with --executor http:\/\/127\.0\.0\.1:7001 in place of --from-registry$/);
    assert.deepEqual({ runId: error.details.runId, roundsDone: error.details.roundsDone, committedFor: error.details.committedFor }, { runId, roundsDone: 4, committedFor: '27' });
  });
});
