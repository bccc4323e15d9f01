/**
 * A selection document read from a file or a socket (docs/protocol.md "The selection document"):
 * untrusted bytes, so its shape and every field's size are checked before anything is computed on it.
 * Accepts the document itself or a run's --json output that carries it as `selection`.
 */
import { getAddress, isAddress, type Address, type Hex } from 'viem';
import { AirtntError } from '../util/errors.js';
import { MAX_TICKETS } from '../vrf/selection.js';
import { TEE_CODES } from './read-nodes.js';
import type { SelectionDocument } from './select-executor.js';
import type { SelectionFilter } from './task-commitment.js';

/** Bytes read at most: a document of MAX_TICKETS candidates is about 600 KiB. */
export const MAX_SELECTION_BYTES = 4 * 1024 * 1024;
const MAX_NODES = Number(MAX_TICKETS);

function invalid(field: string, value: unknown): AirtntError {
  const shown = typeof value === 'string' ? value.slice(0, 80) : typeof value;
  return new AirtntError('SELECTION_DOCUMENT_INVALID', `the selection document's ${field} is not well formed`, { details: { field, value: shown } });
}

function object(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(field, value);
  return value as Record<string, unknown>;
}

function list(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value) || value.length > MAX_NODES) throw invalid(field, value);
  return value;
}

function decimal(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^(0|[1-9]\d{0,77})$/.test(value)) throw invalid(field, value);
  return value;
}

function hex(value: unknown, bytes: number, field: string): Hex {
  if (typeof value !== 'string' || value.length !== 2 + bytes * 2 || !/^0x[0-9a-fA-F]*$/.test(value)) throw invalid(field, value);
  return value.toLowerCase() as Hex;
}

function address(value: unknown, field: string): Address {
  if (typeof value !== 'string' || !isAddress(value, { strict: false })) throw invalid(field, value);
  return getAddress(value);
}

function text(value: unknown, max: number, field: string): string {
  if (typeof value !== 'string' || value.length > max) throw invalid(field, value);
  return value;
}

/** The requester's one filter: TEE kinds (null: all) among the known names, and the minimum stake. */
function filterOf(value: unknown): SelectionFilter {
  const f = object(value, 'filter');
  let teeKinds: string[] | null = null;
  if (f.teeKinds !== null) {
    if (!Array.isArray(f.teeKinds) || f.teeKinds.length > Object.keys(TEE_CODES).length) throw invalid('filter.teeKinds', f.teeKinds);
    teeKinds = f.teeKinds.map((kind: unknown, i) => {
      if (typeof kind !== 'string' || !(kind in TEE_CODES)) throw invalid(`filter.teeKinds[${i}]`, kind);
      return kind;
    });
  }
  return { teeKinds, minStake: decimal(f.minStake, 'filter.minStake') };
}

/** The document in `json` (already parsed), checked field by field. */
export function parseSelectionDocument(json: unknown): SelectionDocument {
  const outer = object(json, 'top level');
  const doc = 'selection' in outer ? object(outer.selection, 'selection') : outer;
  if (doc.version === 'airtnt-selection/1') {
    // Its task id does not commit its filter: the filter could have been chosen after the seed was known.
    throw new AirtntError('SELECTION_FILTER_NOT_COMMITTED', 'an airtnt-selection/1 document does not commit its filter with its task id, so its filter may have been chosen after the seed: it is not checked', {
      details: { version: doc.version, requester: typeof doc.requester === 'string' ? doc.requester.slice(0, 42) : null, epoch: typeof doc.epoch === 'string' ? doc.epoch.slice(0, 20) : null },
      hint: 'ask the requester for an airtnt-selection/2 document: its task id, committed before the seed, commits the filter it carries',
    });
  }
  if (doc.version !== 'airtnt-selection/2') throw invalid('version', doc.version);
  if (typeof doc.chainId !== 'number' || !Number.isSafeInteger(doc.chainId) || doc.chainId <= 0) throw invalid('chainId', doc.chainId);
  return {
    version: 'airtnt-selection/2',
    chainId: doc.chainId,
    registry: address(doc.registry, 'registry'),
    requester: address(doc.requester, 'requester'),
    epoch: decimal(doc.epoch, 'epoch'),
    epochSeed: hex(doc.epochSeed, 32, 'epochSeed'),
    reveals: decimal(doc.reveals, 'reveals'),
    taskId: hex(doc.taskId, 32, 'taskId'),
    salt: hex(doc.salt, 32, 'salt'),
    seed: hex(doc.seed, 32, 'seed'),
    ticket: decimal(doc.ticket, 'ticket'),
    maxTickets: decimal(doc.maxTickets, 'maxTickets'),
    filter: filterOf(doc.filter),
    candidates: list(doc.candidates, 'candidates').map((value, i) => {
      const c = object(value, `candidates[${i}]`);
      return {
        node: address(c.node, `candidates[${i}].node`),
        endpoint: text(c.endpoint, 2048, `candidates[${i}].endpoint`),
        vrfKey: hex(c.vrfKey, 32, `candidates[${i}].vrfKey`),
        stake: decimal(c.stake, `candidates[${i}].stake`),
        proof: hex(c.proof, 80, `candidates[${i}].proof`),
        beta: hex(c.beta, 64, `candidates[${i}].beta`),
        u: decimal(c.u, `candidates[${i}].u`),
        weight: decimal(c.weight, `candidates[${i}].weight`),
      };
    }),
    ranking: list(doc.ranking, 'ranking').map((value, i) => address(value, `ranking[${i}]`)),
    excluded: list(doc.excluded, 'excluded').map((value, i) => {
      const e = object(value, `excluded[${i}]`);
      return { node: address(e.node, `excluded[${i}].node`), reason: text(e.reason, 1024, `excluded[${i}].reason`) };
    }),
  };
}
