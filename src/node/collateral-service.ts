/**
 * The executor's collateral: what judges its own evidence (Intel: TCB info, QE identity, PCK CRL,
 * root CA CRL; AMD: VCEK/VLEK, ASK, ARK and the ARK's CRL), served at GET /v1/collateral so that
 * requesters need no network access to Intel or AMD of their own.
 *
 * Sources, merged: files and folders (an operator's offline copy), an Intel PCS or PCCS URL, AMD KDS.
 * The result is checked against the executor's own evidence before it replaces what is served (a bad
 * refresh never replaces good collateral), cached on disk with its nextUpdate (a restart serves the
 * cached copy while it is current), refreshed ahead of its nextUpdate, and never served once expired.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCollateralFiles, mergeCollateral, verifyEvidence, type Collateral, type Evidence } from '../attestation/index.js';
import { fetchAmdCollateral, fetchIntelCollateral, type AmdProduct, type FetchLike } from '../attestation/collateral-fetch.js';
import { collateralDocumentToJson, collateralWindow, parseCollateralDocument, type CollateralDocument } from '../attestation/collateral-wire.js';
import { verifySnpReport } from '../attestation/sev-snp.js';
import { SNP_PRODUCTS, snpTcbFields, type SnpMinimumTcb } from '../attestation/snp-tcb.js';
import { AirtntError, isAirtntError } from '../util/errors.js';

export type CollateralServiceOptions = {
  /** Collateral files and folders, re-read at every refresh (the operator replaces them). */
  files?: string[];
  /** Intel PCS (https://api.trustedservices.intel.com) or a PCCS (https://host:8081): same /sgx|tdx/certification/v4 paths. */
  intelUrl?: string;
  /** The Intel SGX Root CA CRL (default: the PCCS's /sgx/certification/v4/rootcacrl with intelUrl, else Intel's own URL). */
  intelRootCrlUrl?: string;
  /** AMD KDS (https://kdsintf.amd.com) or a mirror with its paths. */
  amdKdsUrl?: string;
  /** The AMD product, when the evidence's certificates do not name it. */
  amdProduct?: AmdProduct;
  /** Where the current collateral is cached (collateral.json). */
  cacheDir: string;
  fetch?: FetchLike;
  now?: () => Date;
  /** Refresh this long before the earliest nextUpdate (default one day). */
  refreshBeforeMs?: number;
  /** Refresh at least this often, for fresher issue dates (default six hours). */
  refreshIntervalMs?: number;
  /** After a failed refresh, try again this much later (default five minutes). */
  retryMs?: number;
  log?: (line: string) => void;
};

const KINDS_WITH_COLLATERAL = new Set(['sgx', 'tdx', 'sev-snp']);
const ANY_SNP_TCB: SnpMinimumTcb = Object.fromEntries(SNP_PRODUCTS.map((product) => [product, Object.fromEntries(snpTcbFields(product).map((field) => [field.name, 0]))]));
const HOUR = 3600_000;

export class CollateralService {
  private document: CollateralDocument | undefined;
  private json: Record<string, unknown> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly now: () => Date;
  private readonly log: (line: string) => void;

  constructor(
    private readonly evidence: Evidence,
    private readonly options: CollateralServiceOptions,
  ) {
    if (!KINDS_WITH_COLLATERAL.has(evidence.kind)) {
      throw new AirtntError('COLLATERAL_UNSUPPORTED', `${evidence.kind} evidence is judged without collateral`, { details: { kind: evidence.kind } });
    }
    if (!options.files?.length && !options.intelUrl && !options.amdKdsUrl) {
      throw new AirtntError('COLLATERAL_UNSUPPORTED', 'no collateral source: give files, an Intel PCS/PCCS URL or an AMD KDS URL');
    }
    this.now = options.now ?? (() => new Date());
    this.log = options.log ?? (() => undefined);
  }

  private get cachePath(): string {
    return join(this.options.cacheDir, 'collateral.json');
  }

  /** Serves the cached copy if current, else refreshes now; then keeps it fresh. Throws if nothing current can be had. */
  async start(): Promise<void> {
    this.loadCache();
    if (!this.current() || this.due()) await this.refresh().catch((error: unknown) => this.reportFailure(error));
    if (!this.current()) {
      throw new AirtntError('COLLATERAL_UNAVAILABLE', 'no current collateral for this executor\'s evidence', {
        hint: 'check the executor\'s collateral files or its PCS/PCCS/KDS URL; requesters cannot judge this platform without it',
      });
    }
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** The collateral to serve, or undefined once its earliest nextUpdate has passed. */
  current(): CollateralDocument | undefined {
    const document = this.document;
    if (!document) return undefined;
    if (document.nextUpdate && this.now() >= document.nextUpdate) return undefined;
    return document;
  }

  /** The JSON served at GET /v1/collateral, or undefined (404). */
  currentJson(): Record<string, unknown> | undefined {
    return this.current() ? this.json : undefined;
  }

  /** Gathers collateral from the sources, checks it judges this executor's evidence, caches and serves it. */
  async refresh(): Promise<CollateralDocument> {
    const now = this.now();
    const collateral = await this.gather(now);
    // Collateral that does not judge our own evidence would only make requesters fail later. The
    // SEV-SNP minimum is the requester's to set: here any TCB passes, the collateral is what is checked.
    await verifyEvidence(this.evidence, { now, collateral, snpMinimumTcb: ANY_SNP_TCB });
    const window = collateralWindow(collateral);
    const document: CollateralDocument = { kind: this.evidence.kind as CollateralDocument['kind'], collateral, ...window };
    this.install(document);
    mkdirSync(this.options.cacheDir, { recursive: true });
    const temporary = `${this.cachePath}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.json));
    renameSync(temporary, this.cachePath);
    this.log(`collateral refreshed: issued ${window.issuedAt?.toISOString() ?? '?'}, next update ${window.nextUpdate?.toISOString() ?? '?'}`);
    return document;
  }

  private install(document: CollateralDocument): void {
    this.document = document;
    this.json = collateralDocumentToJson(document);
  }

  private loadCache(): void {
    let text: string;
    try {
      text = readFileSync(this.cachePath, 'utf8');
    } catch {
      return;
    }
    try {
      const document = parseCollateralDocument(JSON.parse(text));
      if (document.kind === this.evidence.kind) this.install(document);
    } catch (error) {
      this.log(`ignoring the collateral cache ${this.cachePath}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private due(): boolean {
    const next = this.document?.nextUpdate;
    return next === undefined || next.getTime() - this.now().getTime() <= (this.options.refreshBeforeMs ?? 24 * HOUR);
  }

  private schedule(delayMs?: number): void {
    if (this.stopped) return;
    const next = this.document?.nextUpdate;
    const untilDue = next ? next.getTime() - (this.options.refreshBeforeMs ?? 24 * HOUR) - this.now().getTime() : 0;
    const retry = this.options.retryMs ?? 5 * 60_000;
    const delay = delayMs ?? Math.min(Math.max(untilDue, retry), this.options.refreshIntervalMs ?? 6 * HOUR);
    this.timer = setTimeout(() => {
      this.refresh().then(
        () => this.schedule(),
        (error: unknown) => {
          this.reportFailure(error);
          this.schedule(retry);
        },
      );
    }, delay);
    this.timer.unref();
  }

  private reportFailure(error: unknown): void {
    const code = isAirtntError(error) ? error.code : 'ERROR';
    this.log(`collateral refresh failed (${code}): ${error instanceof Error ? error.message : String(error)}; still serving the previous copy while current`);
  }

  private async gather(now: Date): Promise<Collateral> {
    const { options, evidence } = this;
    const parts: Collateral[] = [];
    if (options.files?.length) parts.push(loadCollateralFiles(options.files));
    const fetchOptions = { now, ...(options.fetch ? { fetch: options.fetch } : {}) };
    if ((evidence.kind === 'sgx' || evidence.kind === 'tdx') && options.intelUrl) {
      const base = options.intelUrl.replace(/\/+$/, '');
      const intelRootCrlUrl = options.intelRootCrlUrl ?? (base.includes('trustedservices.intel.com') ? undefined : `${base}/sgx/certification/v4/rootcacrl`);
      parts.push(await fetchIntelCollateral(evidence.quote, { ...fetchOptions, intelBaseUrl: base, ...(intelRootCrlUrl ? { intelRootCrlUrl } : {}) }));
    }
    if (evidence.kind === 'sev-snp' && options.amdKdsUrl) {
      const product = options.amdProduct ?? verifySnpReport(evidence.quote, evidence.certificates, { now, collateral: mergeCollateral(...parts) }).product;
      parts.push(await fetchAmdCollateral(evidence.quote, product, { ...fetchOptions, amdBaseUrl: options.amdKdsUrl.replace(/\/+$/, '') }));
    }
    return mergeCollateral(...parts);
  }
}
