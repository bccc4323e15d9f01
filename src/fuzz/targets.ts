/**
 * Every parser that takes bytes from outside, as a fuzz target: its name, valid seed inputs, and a
 * function that feeds it one input the way the node does (the same wrappers around JSON or text
 * decoding). Each must end in a value or an AirtntError, quickly, whatever the bytes.
 *
 * Seeds are built here from the project's own encoders (wire messages, round records, sealed
 * envelopes, payments, Life patterns), from the built-in WebAssembly functions, and from the real
 * attestation samples (DCAP quotes, SEV-SNP reports and certificates, Nitro documents, CRLs).
 */
import { randomBytes } from 'node:crypto';
import { privateKeyToAccount } from 'viem/accounts';
import { verifyEvidence } from '../attestation/index.js';
import { parseDcapQuote } from '../attestation/dcap-quote.js';
import { parseNitroDocument } from '../attestation/nitro.js';
import { loadSampleCases, type SampleCase } from '../attestation/samples.js';
import { parseSnpReport, splitSevCertificates } from '../attestation/sev-snp.js';
import { parseCertificate, parseCrl, pemToDerList } from '../attestation/x509.js';
import { hpkeOpen, hpkeSeal, generateHpkeKeyPair } from '../crypto/hpke.js';
import { ALL_DIFF_CODECS } from '../protocol/codecs.js';
import { genBitDiff } from '../protocol/bit-diff.js';
import { decodeOutputs, decodeStatePayload, encodeOutputs, encodeStatePayload, STATE_KINDS } from '../protocol/payload.js';
import { compileFunction, loadBuiltinFunction } from '../functions/abi.js';
import { emptyPattern, encodeLifeState, parseCells, parseRle, writeCells, writeRle } from '../functions/life.js';
import { readWasmSections } from '../functions/wasm-sections.js';
import { decodeMessage, encodeMessage, MAX_AMOUNT, type Message } from '../protocol/messages.js';
import { recoverPaymentSigner, signPayment } from '../protocol/payment.js';
import { decodeRecord, encodeRecord, signRecord, verifyRecordSignature, type RoundRecord } from '../protocol/record.js';
import { generateNodeRecordSigner, NODE_PRIMITIVES } from '../crypto/node-primitives.js';
import { openSessionOpening, sealSessionOpening } from '../protocol/sealing.js';
import { scanFrame } from '../protocol/cbor-scan.js';
import { concatBytes, toHex } from '../util/bytes.js';

export type FuzzTarget = {
  name: string;
  /** What it parses, for the report. */
  what: string;
  seeds: Uint8Array[];
  /**
   * Share of the campaign's inputs, relative to the others (default 1): the targets that do public-key
   * work per input (HPKE, signature recovery, WebAssembly compilation, whole evidence checks) cost
   * 10 to 50 times more each, and get a tenth of the inputs, so the campaign's time is spread evenly.
   */
  weight?: number;
  /** Feeds one input; returns or throws (an AirtntError is the only acceptable throw). */
  run(input: Uint8Array): unknown;
};

const text = new TextEncoder();
const utf8 = new TextDecoder('utf-8', { fatal: false });
const bytes = (n: number): Uint8Array => new Uint8Array(randomBytes(n));
const filled = (n: number, byte: number): Uint8Array => new Uint8Array(n).fill(byte);

function wireSeeds(): Uint8Array[] {
  const messages: Message[] = [
    { kind: 'error', code: 'ROUND_UNPAID', message: 'pay first' },
    { kind: 'open', token: undefined, lane: 3n, functionMeasurement: bytes(32), sessionId: bytes(32), sealedSession: bytes(400), firstRound: 7n, rate: 1_000_000_000n, base: MAX_AMOUNT, cycles: 200, sessionCycles: 4000, signature: bytes(65) },
    { kind: 'open', token: '0x5fbdb2315678afecb367f032d93f642f64180aa3', lane: 0n, functionMeasurement: bytes(32), sessionId: bytes(32), sealedSession: bytes(0), firstRound: 0n, rate: 1n, base: 0n, cycles: 1, sessionCycles: 1, signature: bytes(65) },
    { kind: 'result', round: 4n, cyclesDone: 199, keyHash: bytes(32), signature: bytes(64), stateCiphertext: bytes(123), outputsCiphertext: bytes(32), workUnits: 2 ** 40 },
    { kind: 'pay', amount: 2n ** 80n, signature: bytes(65), nextCycles: 0 },
    { kind: 'key', round: 12n, key: bytes(32) },
  ];
  return messages.map(encodeMessage);
}

function recordTarget(): FuzzTarget {
  const signer = generateNodeRecordSigner();
  const publicKey = signer.publicKey;
  const record: RoundRecord = {
    version: 4, flags: 1, enclavePublicKey: publicKey, runtimeMeasurement: filled(32, 1), functionMeasurement: filled(32, 2), sessionId: filled(32, 3), channelId: filled(32, 4),
    round: 7n, cyclesAsked: 200n, cyclesDone: 150n, workUnits: 123_456_789n, inputStateCommitment: filled(32, 5), stateCiphertextHash: filled(32, 6), outputsCiphertextHash: filled(32, 7), keyHash: filled(32, 9),
  };
  const encoded = encodeRecord(record);
  const signature = signRecord(encoded, signer);
  const seed = new Uint8Array([...encoded, ...signature]);
  return {
    name: 'round-record',
    what: 'signed round records: decode, then verify the Ed25519 signature over the (mutated) record',
    seeds: [seed],
    run: (input) => {
      const body = input.subarray(0, encoded.length);
      decodeRecord(body);
      verifyRecordSignature(body, input.subarray(encoded.length), publicKey, NODE_PRIMITIVES);
    },
  };
}

async function paymentTarget(): Promise<FuzzTarget> {
  const domain = { chainId: 31337, verifyingContract: '0x5fbdb2315678afecb367f032d93f642f64180aa3' as const };
  const terms = { channelId: toHex(filled(32, 1)), amount: 123_000n, keyHash: toHex(filled(32, 2)) };
  const signature = await signPayment(privateKeyToAccount(`0x${'11'.repeat(32)}`), domain, terms);
  return {
    name: 'payment-signature',
    weight: 0.1,
    what: 'EIP-712 payment signatures from the wire: recover the signer',
    seeds: [new Uint8Array(Buffer.from(signature.slice(2), 'hex'))],
    run: (input) => recoverPaymentSigner(domain, terms, toHex(input)),
  };
}

function sealedTargets(): FuzzTarget[] {
  const keys = generateHpkeKeyPair();
  const fields = { sessionId: filled(32, 1), channelId: filled(32, 2), functionMeasurement: filled(32, 3), firstRound: 5n };
  const sealed = sealSessionOpening({ ...fields, enclaveHpkePublicKey: keys.publicKey, sessionSecret: filled(32, 4), state: bytes(100) });
  const info = text.encode('airtnt fuzz');
  const plain = hpkeSeal(keys.publicKey, info, new Uint8Array(), bytes(64));
  const previous = encodeLifeState(16, 16, emptyPattern(16, 16));
  const next = Uint8Array.from(previous);
  next[10] = 0x0e;
  return [
    {
      name: 'sealed-session',
      weight: 0.1,
      what: 'HPKE-sealed session openings (the enclave side of `open`)',
      seeds: [sealed],
      run: (input) => openSessionOpening({ ...fields, hpkeSecretKey: keys.secretKey, sealed: input, maxStateBytes: 4 << 20 }),
    },
    {
      name: 'hpke-open',
      weight: 0.1,
      what: 'HPKE base-mode open of an arbitrary envelope',
      seeds: [plain],
      run: (input) => hpkeOpen(keys.secretKey, info, new Uint8Array(), input),
    },
    {
      name: 'state-payload',
      what: 'decrypted state payloads (full state, byte, Life, drop and bit diffs)',
      seeds: [
        encodeStatePayload(previous, next, { codecs: ALL_DIFF_CODECS }).payload,
        encodeStatePayload(previous, bytes(previous.length), { codecs: ALL_DIFF_CODECS }).payload,
        concatBytes(Uint8Array.of(STATE_KINDS.bitDiff), genBitDiff(previous, next) ?? new Uint8Array(0)),
      ],
      run: (input) => decodeStatePayload(previous, input, 1 << 20, ALL_DIFF_CODECS),
    },
    {
      name: 'outputs',
      what: 'decrypted output lists',
      seeds: [encodeOutputs([bytes(10), bytes(0), bytes(3)]), encodeOutputs([])],
      run: (input) => decodeOutputs(input, 1 << 20),
    },
  ];
}

function lifeTargets(): FuzzTarget[] {
  const glider = emptyPattern(8, 8);
  for (const [x, y] of [[1, 0], [2, 1], [0, 2], [1, 2], [2, 2]] as const) glider.cells[y * 8 + x] = 1;
  const soup = emptyPattern(40, 30);
  for (let i = 0; i < soup.cells.length; i++) soup.cells[i] = (i * 7919) % 3 === 0 ? 1 : 0;
  return [
    {
      name: 'life-rle',
      what: 'Life RLE pattern files',
      seeds: [writeRle(glider, { name: 'glider' }), writeRle(soup), 'x = 3, y = 1, rule = B3/S23\n3o!\n', '#C comment\nx = 5, y = 5\n2bo$obo$b2o12$!\n'].map((t) => text.encode(t)),
      run: (input) => parseRle(utf8.decode(input)),
    },
    {
      name: 'life-cells',
      what: 'Life plaintext .cells pattern files',
      seeds: [writeCells(glider, { name: 'glider' }), writeCells(soup), '!Name: blinker\nOOO\n'].map((t) => text.encode(t)),
      run: (input) => parseCells(utf8.decode(input)),
    },
  ];
}

async function wasmTargets(): Promise<FuzzTarget[]> {
  const seeds = [await loadBuiltinFunction('life'), await loadBuiltinFunction('ocr').catch(() => undefined)].filter((b): b is Uint8Array => b !== undefined);
  return [
    { name: 'wasm-sections', what: 'WebAssembly module sections (imports, exports, memory) read before compiling', seeds, run: (input) => readWasmSections(input) },
    { name: 'wasm-abi', weight: 0.1, what: 'WebAssembly modules: compile and check the function ABI', seeds, run: (input) => compileFunction(input) },
  ];
}

function attestationTargets(cases: SampleCase[]): FuzzTarget[] {
  const of = (kinds: string[]) => cases.filter((c) => kinds.includes(c.evidence.kind)).map((c) => c.evidence.quote);
  const certificates = cases.flatMap((c) => {
    const raw = c.evidence.certificates;
    if (raw === undefined) return [];
    return [...splitSevCertificates(raw).slice(0, 1), ...pemToDerList(utf8.decode(raw))];
  });
  const crls = cases.flatMap((c) => c.collateral?.crls ?? []);
  const targets: FuzzTarget[] = [
    { name: 'dcap-quote', what: 'Intel DCAP quotes (SGX v3, TDX v4)', seeds: of(['sgx', 'tdx']), run: (input) => parseDcapQuote(input) },
    { name: 'sev-snp-report', what: 'AMD SEV-SNP attestation reports', seeds: of(['sev-snp']), run: (input) => parseSnpReport(input) },
    { name: 'sev-snp-certificates', what: 'the SEV-SNP certificate bundle (DER VCEK, PEM chain)', seeds: cases.flatMap((c) => (c.evidence.certificates ? [c.evidence.certificates] : [])), run: (input) => splitSevCertificates(input) },
    { name: 'nitro-document', what: 'AWS Nitro COSE_Sign1 attestation documents', seeds: of(['nitro']), run: (input) => parseNitroDocument(input) },
    { name: 'x509-certificate', what: 'X.509 certificates (DER)', seeds: certificates, run: (input) => parseCertificate(input) },
    { name: 'x509-crl', what: 'X.509 certificate revocation lists (collateral)', seeds: crls, run: (input) => parseCrl(input) },
  ];
  // The whole verifier on mutated evidence (chains, signatures, collateral), one sample kind at a time.
  const byQuote = new Map(cases.map((c) => [toHex(c.evidence.quote), c]));
  targets.push({
    name: 'evidence',
    weight: 0.1,
    what: 'whole evidence verification (quote, certificates, collateral) on mutated quotes',
    seeds: cases.map((c) => c.evidence.quote),
    run: (input) => {
      // The mutated quote is verified in the context of the sample it came from (its collateral and time).
      const sample = byQuote.get(toHex(input)) ?? nearest(cases, input);
      return verifyEvidence({ ...sample.evidence, quote: input }, { now: sample.at, ...(sample.collateral === undefined ? {} : { collateral: sample.collateral }) });
    },
  });
  return targets.filter((t) => t.seeds.length > 0);
}

/** The sample whose quote shares the longest prefix with `input` (mutations keep most of it). */
function nearest(cases: SampleCase[], input: Uint8Array): SampleCase {
  let best = cases[0]!;
  let bestScore = -1;
  for (const c of cases) {
    const q = c.evidence.quote;
    let score = 0;
    const n = Math.min(64, q.length, input.length);
    while (score < n && q[score] === input[score]) score++;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** Every target, with its seeds. */
export async function fuzzTargets(): Promise<FuzzTarget[]> {
  const cases = loadSampleCases();
  return [
    { name: 'cbor-scan', what: 'wire frames: the CBOR pre-scan that bounds work before decoding', seeds: wireSeeds(), run: (input) => scanFrame(input) },
    { name: 'wire-message', what: 'wire frames: pre-scan and message decoding', seeds: wireSeeds(), run: (input) => decodeMessage(input) },
    recordTarget(),
    await paymentTarget(),
    ...sealedTargets(),
    ...lifeTargets(),
    ...(await wasmTargets()),
    ...attestationTargets(cases),
  ];
}
