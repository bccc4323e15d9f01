import { ERROR_CATALOGUE } from "./error-catalogue.js";
function renderErrorDocs() {
  const lines = [
    "# Errors",
    "",
    "<!-- Generated from src/util/error-catalogue.ts by `node --import tsx scripts/error-docs.mjs`: edit the catalogue, not this file. -->",
    "",
    "Every error airtnt throws is an `AirtntError` (exported by `airtnt`) with:",
    "",
    "- `code`: one of the codes below (the type `AirtntErrorCode` is their union);",
    "- `shortMessage`: what failed, in one line;",
    "- `details`: the values involved (JSON-serialisable; bigints print as strings);",
    "- `hint`: what to do, the catalogue's hint below when the thrower gives none;",
    "- `docsPath`: `docs/errors.md#<code in lower case>`, the entry on this page;",
    "- `message`: all of these on separate lines.",
    "",
    "A refusal sent by the peer (an error frame) is a `RemoteRefusalError`: its `code` is",
    "`EXECUTOR_REFUSED` and `remoteCode` is the code the peer sent (usually one of the codes below, but it",
    "comes from the network: compare it, do not trust it). Match with `isRemoteRefusal(error, 'CHANNEL_HAS_UNPAID_ROUND')`",
    "and `isAirtntError(error, 'SPEND_LIMIT_REACHED')`.",
    "",
    "Channel codes (`CHANNEL_*` from a custom error of the channels contract) carry the decoded arguments",
    "of the contract error as `details`.",
    ""
  ];
  for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
    lines.push(`### ${code}`, "", `${sentence(entry.meaning)}.`, "");
    if (entry.hint) lines.push(`Hint: ${entry.hint}.`, "");
  }
  return `${lines.join("\n").trimEnd()}
`;
}
function sentence(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
export {
  renderErrorDocs
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL3V0aWwvZXJyb3ItZG9jcy50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIFJlbmRlcnMgZG9jcy9lcnJvcnMubWQgZnJvbSB0aGUgZXJyb3IgY2F0YWxvZ3VlIChgbm9kZSAtLWltcG9ydCB0c3ggc2NyaXB0cy9lcnJvci1kb2NzLm1qc2Agd3JpdGVzIGl0KS4gKi9cbmltcG9ydCB7IEVSUk9SX0NBVEFMT0dVRSwgdHlwZSBFcnJvckNhdGFsb2d1ZUVudHJ5IH0gZnJvbSAnLi9lcnJvci1jYXRhbG9ndWUuanMnO1xuXG5leHBvcnQgZnVuY3Rpb24gcmVuZGVyRXJyb3JEb2NzKCk6IHN0cmluZyB7XG4gIGNvbnN0IGxpbmVzID0gW1xuICAgICcjIEVycm9ycycsXG4gICAgJycsXG4gICAgJzwhLS0gR2VuZXJhdGVkIGZyb20gc3JjL3V0aWwvZXJyb3ItY2F0YWxvZ3VlLnRzIGJ5IGBub2RlIC0taW1wb3J0IHRzeCBzY3JpcHRzL2Vycm9yLWRvY3MubWpzYDogZWRpdCB0aGUgY2F0YWxvZ3VlLCBub3QgdGhpcyBmaWxlLiAtLT4nLFxuICAgICcnLFxuICAgICdFdmVyeSBlcnJvciBhaXJ0bnQgdGhyb3dzIGlzIGFuIGBBaXJ0bnRFcnJvcmAgKGV4cG9ydGVkIGJ5IGBhaXJ0bnRgKSB3aXRoOicsXG4gICAgJycsXG4gICAgJy0gYGNvZGVgOiBvbmUgb2YgdGhlIGNvZGVzIGJlbG93ICh0aGUgdHlwZSBgQWlydG50RXJyb3JDb2RlYCBpcyB0aGVpciB1bmlvbik7JyxcbiAgICAnLSBgc2hvcnRNZXNzYWdlYDogd2hhdCBmYWlsZWQsIGluIG9uZSBsaW5lOycsXG4gICAgJy0gYGRldGFpbHNgOiB0aGUgdmFsdWVzIGludm9sdmVkIChKU09OLXNlcmlhbGlzYWJsZTsgYmlnaW50cyBwcmludCBhcyBzdHJpbmdzKTsnLFxuICAgICctIGBoaW50YDogd2hhdCB0byBkbywgdGhlIGNhdGFsb2d1ZVxcJ3MgaGludCBiZWxvdyB3aGVuIHRoZSB0aHJvd2VyIGdpdmVzIG5vbmU7JyxcbiAgICAnLSBgZG9jc1BhdGhgOiBgZG9jcy9lcnJvcnMubWQjPGNvZGUgaW4gbG93ZXIgY2FzZT5gLCB0aGUgZW50cnkgb24gdGhpcyBwYWdlOycsXG4gICAgJy0gYG1lc3NhZ2VgOiBhbGwgb2YgdGhlc2Ugb24gc2VwYXJhdGUgbGluZXMuJyxcbiAgICAnJyxcbiAgICAnQSByZWZ1c2FsIHNlbnQgYnkgdGhlIHBlZXIgKGFuIGVycm9yIGZyYW1lKSBpcyBhIGBSZW1vdGVSZWZ1c2FsRXJyb3JgOiBpdHMgYGNvZGVgIGlzJyxcbiAgICAnYEVYRUNVVE9SX1JFRlVTRURgIGFuZCBgcmVtb3RlQ29kZWAgaXMgdGhlIGNvZGUgdGhlIHBlZXIgc2VudCAodXN1YWxseSBvbmUgb2YgdGhlIGNvZGVzIGJlbG93LCBidXQgaXQnLFxuICAgICdjb21lcyBmcm9tIHRoZSBuZXR3b3JrOiBjb21wYXJlIGl0LCBkbyBub3QgdHJ1c3QgaXQpLiBNYXRjaCB3aXRoIGBpc1JlbW90ZVJlZnVzYWwoZXJyb3IsIFxcJ0NIQU5ORUxfSEFTX1VOUEFJRF9ST1VORFxcJylgJyxcbiAgICAnYW5kIGBpc0FpcnRudEVycm9yKGVycm9yLCBcXCdTUEVORF9MSU1JVF9SRUFDSEVEXFwnKWAuJyxcbiAgICAnJyxcbiAgICAnQ2hhbm5lbCBjb2RlcyAoYENIQU5ORUxfKmAgZnJvbSBhIGN1c3RvbSBlcnJvciBvZiB0aGUgY2hhbm5lbHMgY29udHJhY3QpIGNhcnJ5IHRoZSBkZWNvZGVkIGFyZ3VtZW50cycsXG4gICAgJ29mIHRoZSBjb250cmFjdCBlcnJvciBhcyBgZGV0YWlsc2AuJyxcbiAgICAnJyxcbiAgXTtcbiAgZm9yIChjb25zdCBbY29kZSwgZW50cnldIG9mIE9iamVjdC5lbnRyaWVzKEVSUk9SX0NBVEFMT0dVRSkgYXMgW3N0cmluZywgRXJyb3JDYXRhbG9ndWVFbnRyeV1bXSkge1xuICAgIGxpbmVzLnB1c2goYCMjIyAke2NvZGV9YCwgJycsIGAke3NlbnRlbmNlKGVudHJ5Lm1lYW5pbmcpfS5gLCAnJyk7XG4gICAgaWYgKGVudHJ5LmhpbnQpIGxpbmVzLnB1c2goYEhpbnQ6ICR7ZW50cnkuaGludH0uYCwgJycpO1xuICB9XG4gIHJldHVybiBgJHtsaW5lcy5qb2luKCdcXG4nKS50cmltRW5kKCl9XFxuYDtcbn1cblxuZnVuY3Rpb24gc2VudGVuY2UodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHQuY2hhckF0KDApLnRvVXBwZXJDYXNlKCkgKyB0ZXh0LnNsaWNlKDEpO1xufVxuIl0sCiAgIm1hcHBpbmdzIjogIkFBQ0EsU0FBUyx1QkFBaUQ7QUFFbkQsU0FBUyxrQkFBMEI7QUFDeEMsUUFBTSxRQUFRO0FBQUEsSUFDWjtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBO0FBQUEsRUFDRjtBQUNBLGFBQVcsQ0FBQyxNQUFNLEtBQUssS0FBSyxPQUFPLFFBQVEsZUFBZSxHQUFzQztBQUM5RixVQUFNLEtBQUssT0FBTyxJQUFJLElBQUksSUFBSSxHQUFHLFNBQVMsTUFBTSxPQUFPLENBQUMsS0FBSyxFQUFFO0FBQy9ELFFBQUksTUFBTSxLQUFNLE9BQU0sS0FBSyxTQUFTLE1BQU0sSUFBSSxLQUFLLEVBQUU7QUFBQSxFQUN2RDtBQUNBLFNBQU8sR0FBRyxNQUFNLEtBQUssSUFBSSxFQUFFLFFBQVEsQ0FBQztBQUFBO0FBQ3RDO0FBRUEsU0FBUyxTQUFTLE1BQXNCO0FBQ3RDLFNBQU8sS0FBSyxPQUFPLENBQUMsRUFBRSxZQUFZLElBQUksS0FBSyxNQUFNLENBQUM7QUFDcEQ7IiwKICAibmFtZXMiOiBbXQp9Cg==
