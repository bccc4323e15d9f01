/**
 * The info documents (/v1/info) of executors this requester verified, by URL, as the bytes that came
 * (issue 12: setup on a known executor is cached and short). The next run asks with their tag
 * (If-None-Match, info.ts `infoEtag`); an executor whose document has not changed answers 304 and the
 * stored bytes are parsed and checked again as if they had just come (verify-executor.ts): nothing in
 * them is believed without the enclave's signature and the evidence. A 304 from the path instead of the
 * executor gets no more than a replay of the document it answered before would.
 */
import { StoredCache } from './stored-cache.js';
import { MAX_INFO_BYTES } from './info.js';
import type { SqliteDatabase } from './sqlite.js';

/** Executors remembered (the newest): a requester uses a few; a registry's selection a few dozen. */
export const MAX_KNOWN_INFOS = 64;

export class KnownInfos {
  private readonly cache: StoredCache<string>;

  constructor(db?: SqliteDatabase) {
    this.cache = new StoredCache(db, 'executor_infos', MAX_KNOWN_INFOS, {
      encode: (body) => body,
      decode: (text) => text,
      maxChars: MAX_INFO_BYTES,
    });
  }

  /** The document last verified from the executor at `url`, as it came. */
  get(url: string): string | undefined {
    return this.cache.get(url)?.value;
  }

  /** Keeps a document verified from the executor at `url` (written to the store at `save`). */
  put(url: string, body: string, now: number): void {
    this.cache.put(url, body, now);
  }

  /** Takes the documents another requester's store holds (a bench's run on an executor it knows). */
  adopt(other: KnownInfos): void {
    this.cache.adopt(other.cache);
  }

  save(): void {
    this.cache.save();
  }
}
