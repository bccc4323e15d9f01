/**
 * Evidence from a TDX or SEV-SNP confidential VM through the Linux configfs-tsm report interface
 * (Documentation/ABI/testing/configfs-tsm, /sys/kernel/config/tsm/report):
 *   mkdir an entry; write 64 bytes of report data to `inblob`; read `generation`, then `outblob`
 *   (the TDX quote or SNP report) and, for SEV-SNP, `auxblob` (the certificate table with the VCEK);
 *   read `generation` again: a change means someone else wrote to the entry meanwhile; rmdir.
 * The report data the hardware signed is checked against the request before the evidence is returned.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDcapQuote } from '../attestation/dcap-quote.js';
import { parseSnpReport } from '../attestation/sev-snp.js';
import type { Evidence } from '../attestation/types.js';
import { derToPem } from '../attestation/x509.js';
import { assertLength, concatBytes, equalBytes, utf8 } from '../util/bytes.js';
import { AirtntError, type AirtntErrorCode } from '../util/errors.js';
import type { TeeProvider } from './types.js';

export const TSM_REPORT_ROOT = '/sys/kernel/config/tsm/report';

/** The file operations used on configfs (injectable, so that tests can stand in for the kernel). */
export type TsmFileSystem = {
  mkdir(path: string): Promise<void>;
  rmdir(path: string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
};

export const nodeTsmFileSystem: TsmFileSystem = {
  mkdir: async (path) => void (await mkdir(path)),
  rmdir: (path) => rmdir(path),
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, data) => writeFile(path, data),
};

export type ConfigfsTsmOptions = {
  /** sha256 of the enclave runtime that runs in this VM. */
  runtimeMeasurement: Uint8Array;
  root?: string;
  fs?: TsmFileSystem;
  /** Skips probing the provider when known. */
  kind?: 'tdx' | 'sev-snp';
};

const PROVIDER_KINDS: Record<string, 'tdx' | 'sev-snp'> = { tdx_guest: 'tdx', sev_guest: 'sev-snp' };
const MAX_BLOB_BYTES = 256 * 1024;

// GUIDs of the SEV-SNP certificate table (GHCB specification 56421, table "certificate table").
const VCEK_GUID = '63da758d-e664-4564-adc5-f4b93be8accd';
const VLEK_GUID = 'a8074bc2-a25a-483e-aae6-39c045a0b8a1';
const ASK_GUID = '4ab7b379-bbac-4fe4-a02f-05aef327c782';
const ARK_GUID = 'c0b406a4-a803-4952-9743-3fb6014cd0ae';

function tsmError(code: AirtntErrorCode, message: string, details: Record<string, unknown> = {}, cause?: unknown): AirtntError {
  return new AirtntError(code, message, { details, cause });
}

/** The textual GUID of 16 bytes in the EFI mixed-endian layout. */
function guidText(bytes: Uint8Array): string {
  const h = (from: number, to: number, reverse: boolean) => {
    const part = Buffer.from(bytes.subarray(from, to));
    return (reverse ? part.reverse() : part).toString('hex');
  };
  return `${h(0, 4, true)}-${h(4, 6, true)}-${h(6, 8, true)}-${h(8, 10, false)}-${h(10, 16, false)}`;
}

/** Splits the SEV-SNP certificate table into certificates by GUID (DER). */
export function parseSevCertificateTable(table: Uint8Array): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  for (let offset = 0; offset + 24 <= table.length; offset += 24) {
    const guid = guidText(table.subarray(offset, offset + 16));
    if (guid === '00000000-0000-0000-0000-000000000000') return out;
    const start = view.getUint32(offset + 16, true);
    const length = view.getUint32(offset + 20, true);
    if (start + length > table.length || length === 0) throw tsmError('TSM_AUXBLOB_INVALID', 'a certificate table entry runs past the table', { guid });
    out.set(guid, table.subarray(start, start + length));
  }
  if (table.length === 0) return out;
  throw tsmError('TSM_AUXBLOB_INVALID', 'the certificate table has no terminating entry');
}

async function readOptional(fs: TsmFileSystem, path: string): Promise<Uint8Array | undefined> {
  try {
    return await fs.readFile(path);
  } catch {
    return undefined;
  }
}

async function readGeneration(fs: TsmFileSystem, entry: string): Promise<number> {
  const text = Buffer.from(await fs.readFile(join(entry, 'generation'))).toString('utf8').trim();
  if (!/^\d{1,15}$/.test(text)) throw tsmError('TSM_UNAVAILABLE', 'unreadable generation attribute', { text: text.slice(0, 20) });
  return Number(text);
}

async function readProvider(fs: TsmFileSystem, entry: string): Promise<'tdx' | 'sev-snp'> {
  const name = Buffer.from(await fs.readFile(join(entry, 'provider'))).toString('utf8').trim();
  const kind = PROVIDER_KINDS[name];
  if (!kind) throw tsmError('TSM_PROVIDER_UNSUPPORTED', `unsupported configfs-tsm provider "${name.slice(0, 32)}"`);
  return kind;
}

/** One report: a fresh entry, written, read and removed whatever happens. */
async function generateReport(fs: TsmFileSystem, root: string, kind: 'tdx' | 'sev-snp' | undefined, reportData: Uint8Array) {
  const entry = join(root, `airtnt-${randomUUID()}`);
  try {
    await fs.mkdir(entry);
  } catch (error) {
    throw tsmError('TSM_UNAVAILABLE', `cannot create a configfs-tsm report entry under ${root}`, { root }, error);
  }
  try {
    const provider = await readProvider(fs, entry);
    if (kind && provider !== kind) throw tsmError('TSM_PROVIDER_MISMATCH', `the TSM provider is ${provider}, expected ${kind}`);
    await fs.writeFile(join(entry, 'inblob'), reportData);
    const before = await readGeneration(fs, entry);
    const outblob = await fs.readFile(join(entry, 'outblob'));
    const auxblob = provider === 'sev-snp' ? await readOptional(fs, join(entry, 'auxblob')) : undefined;
    const after = await readGeneration(fs, entry);
    if (after !== before) {
      throw tsmError('TSM_CONCURRENT_USE', 'another writer changed the report entry while it was read', { before, after });
    }
    if (outblob.length === 0 || outblob.length > MAX_BLOB_BYTES) throw tsmError('TSM_UNAVAILABLE', 'empty or oversized outblob', { bytes: outblob.length });
    return { provider, outblob, auxblob };
  } finally {
    await fs.rmdir(entry).catch(() => undefined);
  }
}

/** The report data inside the produced evidence, to check that the hardware signed what we asked. */
function signedReportData(kind: 'tdx' | 'sev-snp', outblob: Uint8Array): Uint8Array {
  try {
    if (kind === 'sev-snp') return parseSnpReport(outblob).reportData;
    const quote = parseDcapQuote(outblob);
    if (quote.body.tee !== 'tdx') throw new Error('not a TDX quote');
    return quote.body.report.reportData;
  } catch (error) {
    throw tsmError('TSM_OUTBLOB_INVALID', `the ${kind} evidence from configfs-tsm does not parse`, {}, error);
  }
}

/** VCEK or VLEK in DER, followed by the ASK and ARK in PEM (the layout of Evidence.certificates). */
function certificatesFromAuxblob(auxblob: Uint8Array | undefined): Uint8Array | undefined {
  if (!auxblob || auxblob.length === 0) return undefined;
  const table = parseSevCertificateTable(auxblob);
  const key = table.get(VCEK_GUID) ?? table.get(VLEK_GUID);
  if (!key) return undefined;
  const chain = [table.get(ASK_GUID), table.get(ARK_GUID)].filter((cert): cert is Uint8Array => cert !== undefined);
  return concatBytes(key, ...chain.map((der) => utf8(derToPem(der))));
}

export class ConfigfsTsmProvider implements TeeProvider {
  readonly insecure = false;

  constructor(
    readonly kind: 'tdx' | 'sev-snp',
    private readonly options: ConfigfsTsmOptions,
  ) {
    assertLength(options.runtimeMeasurement, 32, 'runtimeMeasurement');
  }

  runtimeMeasurement(): Uint8Array {
    return Uint8Array.from(this.options.runtimeMeasurement);
  }

  async produceEvidence(reportData: Uint8Array): Promise<Evidence> {
    assertLength(reportData, 64, 'reportData');
    const fs = this.options.fs ?? nodeTsmFileSystem;
    const { outblob, auxblob } = await generateReport(fs, this.options.root ?? TSM_REPORT_ROOT, this.kind, reportData);
    if (!equalBytes(signedReportData(this.kind, outblob), reportData)) {
      throw tsmError('TSM_REPORT_DATA_MISMATCH', 'the evidence does not carry the requested report data', {}, undefined);
    }
    const certificates = this.kind === 'sev-snp' ? certificatesFromAuxblob(auxblob) : undefined;
    return certificates ? { kind: this.kind, quote: outblob, certificates } : { kind: this.kind, quote: outblob };
  }
}

/** Opens the provider of this VM (probing configfs for its kind unless given). */
export async function createConfigfsTsmProvider(options: ConfigfsTsmOptions): Promise<ConfigfsTsmProvider> {
  if (options.kind) return new ConfigfsTsmProvider(options.kind, options);
  const fs = options.fs ?? nodeTsmFileSystem;
  const root = options.root ?? TSM_REPORT_ROOT;
  const entry = join(root, `airtnt-probe-${randomUUID()}`);
  try {
    await fs.mkdir(entry);
  } catch (error) {
    throw tsmError('TSM_UNAVAILABLE', `configfs-tsm is not available at ${root}`, { root }, error);
  }
  try {
    return new ConfigfsTsmProvider(await readProvider(fs, entry), options);
  } finally {
    await fs.rmdir(entry).catch(() => undefined);
  }
}
