/** Renders docs/errors.md from the error catalogue (`node --import tsx scripts/error-docs.mjs` writes it). */
import { ERROR_CATALOGUE, type ErrorCatalogueEntry } from './error-catalogue.js';

export function renderErrorDocs(): string {
  const lines = [
    '# Errors',
    '',
    '<!-- Generated from src/util/error-catalogue.ts by `node --import tsx scripts/error-docs.mjs`: edit the catalogue, not this file. -->',
    '',
    'Every error airtnt throws is an `AirtntError` (exported by `airtnt`) with:',
    '',
    '- `code`: one of the codes below (the type `AirtntErrorCode` is their union);',
    '- `shortMessage`: what failed, in one line;',
    '- `details`: the values involved (JSON-serialisable; bigints print as strings);',
    '- `hint`: what to do, the catalogue\'s hint below when the thrower gives none;',
    '- `docsPath`: `docs/errors.md#<code in lower case>`, the entry on this page;',
    '- `message`: all of these on separate lines.',
    '',
    'A refusal sent by the peer (an error frame) is a `RemoteRefusalError`: its `code` is',
    '`EXECUTOR_REFUSED` and `remoteCode` is the code the peer sent (usually one of the codes below, but it',
    'comes from the network: compare it, do not trust it). Match with `isRemoteRefusal(error, \'CHANNEL_HAS_UNPAID_ROUND\')`',
    'and `isAirtntError(error, \'SPEND_LIMIT_REACHED\')`.',
    '',
    'Channel codes (`CHANNEL_*` from a custom error of the channels contract) carry the decoded arguments',
    'of the contract error as `details`.',
    '',
  ];
  for (const [code, entry] of Object.entries(ERROR_CATALOGUE) as [string, ErrorCatalogueEntry][]) {
    lines.push(`### ${code}`, '', `${sentence(entry.meaning)}.`, '');
    if (entry.hint) lines.push(`Hint: ${entry.hint}.`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
