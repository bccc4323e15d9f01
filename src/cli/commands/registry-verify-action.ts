/**
 * The body of `airtnt registry verify-selection FILE --rpc-url URL`: reads a selection document (or a
 * run's --json output that carries one) from a file, bounded in size, checks it from its own fields and
 * against the chain (src/registry/verify-selection.ts) with a read-only client, and prints `ok` with what
 * was established, or fails with the named error (exit code 1; with --json, {"ok":false,...} on stdout).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { connectReadClient } from '../../chain/read-client.js';
import { MAX_SELECTION_BYTES, parseSelectionDocument } from '../../registry/selection-document.js';
import { verifySelectionAgainstChain } from '../../registry/verify-selection.js';
import { AirtntError, safeJson } from '../../util/errors.js';

function readBounded(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (cause) {
    throw new AirtntError('SELECTION_DOCUMENT_INVALID', `cannot read ${file}`, { details: { file }, cause, hint: 'give the path of the JSON a --from-registry run printed' });
  }
  try {
    const buffer = Buffer.alloc(MAX_SELECTION_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_SELECTION_BYTES) throw new AirtntError('SELECTION_DOCUMENT_INVALID', `${file} exceeds ${MAX_SELECTION_BYTES} bytes`, { details: { file, limit: MAX_SELECTION_BYTES } });
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The whole text as JSON, or else its last non-empty line (a run's --json prints one object per line). */
function parseJson(file: string, text: string): unknown {
  for (const candidate of [text, text.trim().split('\n').at(-1) ?? '']) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // try the next form
    }
  }
  throw new AirtntError('SELECTION_DOCUMENT_INVALID', `${file} is not JSON`, { details: { file }, hint: 'give the JSON a --from-registry run printed with --json, or its "selection" alone' });
}

export async function verifySelectionCommand(file: string, options: { rpcUrl?: string; json?: boolean; allowUnverifiable?: boolean }): Promise<void> {
  if (options.rpcUrl === undefined || !/^https?:\/\//.test(options.rpcUrl)) {
    throw new AirtntError('INVALID_CHAIN_OPTIONS', 'verify-selection needs --rpc-url http(s)://... of the registry\'s chain', { details: { rpcUrl: options.rpcUrl ?? null } });
  }
  const doc = parseSelectionDocument(parseJson(file, readBounded(file)));
  const client = await connectReadClient({ rpcUrl: options.rpcUrl });
  if (client.chain.id !== doc.chainId) {
    throw new AirtntError('CHAIN_ID_MISMATCH', `the selection is on chain ${doc.chainId}, --rpc-url serves chain ${client.chain.id}`, { details: { document: doc.chainId, rpc: client.chain.id }, hint: 'pass the --rpc-url of the chain the run used' });
  }
  const check = await verifySelectionAgainstChain(client, doc, { allowUnverifiable: options.allowUnverifiable === true });
  const unverifiable = check.excluded.filter((e) => e.checked === 'unverifiable');
  if (options.json) {
    process.stdout.write(`${safeJson({ ok: true, registry: doc.registry, epoch: check.epoch, taskId: doc.taskId, ranking: check.ranking, excluded: check.excluded, unverifiableAccepted: unverifiable.length })}\n`);
    return;
  }
  const lines = [
    `ok: the selection of epoch ${check.epoch} for task ${doc.taskId} on registry ${doc.registry} recomputes from the chain`,
    `rank 0 is ${check.ranking[0] ?? '(none)'}; ${check.ranking.length} ranked, ${check.excluded.length} candidate(s) excluded (${check.excluded.length - unverifiable.length} checked on chain)`,
    ...unverifiable.map((e) => `accepted unchecked (--allow-unverifiable): ${e.node}: ${e.reason}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
