/**
 * `airtnt run ... --from-registry` resuming a stored run: the selection is drawn again in the current
 * epoch, which needs the requester's task id committed for it (the id of the epoch the run was first
 * selected in is spent, and an id must be committed two epochs ahead, before that epoch's seed exists).
 * The selection commits one for the earliest epoch it can; for a resumed run the refusal then says
 * which run waits, what it keeps, when to run again, and how to resume now on the executors that ran it.
 */
import type { ChainClient } from '../chain/client.js';
import { executorsFromRegistry, type RegistrySelection } from '../registry/select-executor.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import type { RunStatus } from './run-records.js';

export async function executorsForRun(
  client: ChainClient,
  options: { executor?: string[]; fromRegistry?: string; minStake?: string; channelSeconds?: number },
  policy: { allowedKinds: readonly string[] },
  run: { runId: string; status: RunStatus },
): Promise<RegistrySelection | undefined> {
  try {
    return await executorsFromRegistry(client, options, policy);
  } catch (error) {
    if (run.status.kind !== 'resumed' || !isAirtntError(error, 'SELECTION_TASK_NOT_COMMITTED')) throw error;
    throw resumeNeedsTaskId(error, run.runId, run.status);
  }
}

/** The refusal of a resumed --from-registry run in an epoch without its task id. */
export function resumeNeedsTaskId(error: AirtntError, runId: string, status: Extract<RunStatus, { kind: 'resumed' }>): AirtntError {
  const details = error.details as { epoch?: unknown; committedFor?: unknown };
  const executors = status.executors.map((url) => `--executor ${url}`).join(' ');
  return new AirtntError(
    'SELECTION_TASK_NOT_COMMITTED',
    `run ${runId.slice(0, 16)} (${status.roundsDone} of ${status.totalRounds} rounds done, kept in its store) resumes --from-registry on a new selection, which needs a task id committed for this epoch (${String(details.epoch)}): there is none (the one it was selected with was for an earlier epoch)`,
    {
      details: { ...error.details, runId, roundsDone: status.roundsDone, executorsThatRanIt: status.executors },
      hint: `the same command resumes it from round ${status.roundsDone} on a new selection in epoch ${String(details.committedFor)}: ${error.hint ?? ''}${executors === '' ? '' : `; or resume now, without a new selection, on the executors that ran it: the same command with ${executors} in place of --from-registry`}`,
      cause: error,
    },
  );
}
