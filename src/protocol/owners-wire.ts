/**
 * The `owners` field of the `open` frame (docs/protocol.md part 3, "Owners on the wire"): one byte
 * string with a fixed layout, so that the frame stays one flat CBOR array (cbor-scan.ts allows no
 * nesting). Every length is checked against its bound before anything is sliced. Pure.
 *
 *   owners = version(1)=0x01 || chainId(32) || channels(20) || recipient(32) || n(1: 1 | 2)
 *            || n x ( role(1) || policyHash(32) || sealedLength(4, big-endian) || sealed )
 *            || moduleLength(4, big-endian) || encryptedModule (moduleLength 0: none)
 *
 * The code owner's encrypted module travels in this field, so in the `open` frame: at most
 * MAX_OWNER_MODULE_BYTES. (A larger owned module is refused with MODULE_TOO_LARGE.)
 */
import { AirtntError } from '../util/errors.js';
import { MAX_OWNER_RELEASES, type OwnerOpening, type OwnerRelease } from './owner-opening.js';
import { MAX_INLINE_DATA_BYTES, OWNER_ROLES, type OwnerRole } from './release.js';

export const OWNERS_WIRE_VERSION = 1;
/** A sealed release: HPKE envelope (32 + 16) of a 3 + 32 byte header and at most 64 KiB of inline data, with slack. */
export const MAX_SEALED_RELEASE_BYTES = MAX_INLINE_DATA_BYTES + 256;
/** The code owner's encrypted module, carried in the `open` frame. */
export const MAX_OWNER_MODULE_BYTES = 1024 * 1024;
/** The whole field: header, two releases at their largest, the module at its largest. */
export const MAX_OWNERS_BYTES = 1 + 32 + 20 + 32 + 1 + MAX_OWNER_RELEASES * (1 + 32 + 4 + MAX_SEALED_RELEASE_BYTES) + 4 + MAX_OWNER_MODULE_BYTES;

const ROLE_BY_BYTE: Record<number, OwnerRole> = { [OWNER_ROLES.code]: 'code', [OWNER_ROLES.data]: 'data' };

function malformed(reason: string, details: Record<string, unknown> = {}): AirtntError {
  return new AirtntError('MESSAGE_MALFORMED', `malformed "open" message: owners: ${reason}`, { details: { field: 'owners', ...details } });
}

function u32be(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, false);
  return out;
}

function u256be(value: bigint): Uint8Array {
  const out = new Uint8Array(32);
  let rest = value;
  for (let i = 31; i >= 0; i--) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return out;
}

export function encodeOwners(owners: OwnerOpening): Uint8Array {
  const module = owners.encryptedModule ?? new Uint8Array(0);
  if (module.length > MAX_OWNER_MODULE_BYTES) {
    throw new AirtntError('MODULE_TOO_LARGE', `the code owner's encrypted module is larger than the ${MAX_OWNER_MODULE_BYTES} bytes an \`open\` frame carries`, {
      details: { length: module.length, max: MAX_OWNER_MODULE_BYTES },
      hint: 'an owned module travels in the session opening: keep it within 1 MiB',
    });
  }
  const parts: Uint8Array[] = [new Uint8Array([OWNERS_WIRE_VERSION]), u256be(owners.chainId), owners.channels, owners.recipient, new Uint8Array([owners.releases.length])];
  for (const release of owners.releases) {
    if (release.sealed.length > MAX_SEALED_RELEASE_BYTES) throw malformed('a sealed release is too large', { length: release.sealed.length });
    parts.push(new Uint8Array([OWNER_ROLES[release.role]]), release.policyHash, u32be(release.sealed.length), release.sealed);
  }
  parts.push(u32be(module.length), module);
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Decodes the field; the enclave then checks the opening itself (owner-opening.ts). */
export function decodeOwners(bytes: Uint8Array): OwnerOpening {
  if (bytes.length > MAX_OWNERS_BYTES) throw malformed('too large', { length: bytes.length });
  let at = 0;
  const take = (length: number, what: string): Uint8Array => {
    if (at + length > bytes.length) throw malformed(`${what} runs past the end`, { offset: at });
    // A copy into a plain Uint8Array: the frame may be a Buffer, whose slice() is a view of a shared pool.
    const out = new Uint8Array(bytes.subarray(at, at + length));
    at += length;
    return out;
  };
  const u32 = (what: string): number => {
    const b = take(4, what);
    return new DataView(b.buffer, b.byteOffset, 4).getUint32(0, false);
  };
  const version = take(1, 'version')[0]!;
  if (version !== OWNERS_WIRE_VERSION) throw malformed(`unknown version ${version}`);
  let chainId = 0n;
  for (const byte of take(32, 'chainId')) chainId = (chainId << 8n) | BigInt(byte);
  const channels = take(20, 'channels');
  const recipient = take(32, 'recipient');
  const n = take(1, 'release count')[0]!;
  if (n < 1 || n > MAX_OWNER_RELEASES) throw malformed(`${n} releases (1 or ${MAX_OWNER_RELEASES})`);
  const releases: OwnerRelease[] = [];
  for (let i = 0; i < n; i++) {
    const roleByte = take(1, 'role')[0]!;
    const role = ROLE_BY_BYTE[roleByte];
    if (role === undefined) throw malformed(`unknown role ${roleByte}`);
    const policyHash = take(32, 'policyHash');
    const length = u32('sealed length');
    if (length > MAX_SEALED_RELEASE_BYTES) throw malformed('a sealed release is too large', { length });
    releases.push({ role, policyHash, sealed: take(length, 'sealed release') });
  }
  const moduleLength = u32('module length');
  if (moduleLength > MAX_OWNER_MODULE_BYTES) throw malformed('the encrypted module is too large', { length: moduleLength });
  const encryptedModule = moduleLength === 0 ? undefined : take(moduleLength, 'encrypted module');
  if (at !== bytes.length) throw malformed('trailing bytes', { trailing: bytes.length - at });
  return { chainId, channels, recipient, releases, ...(encryptedModule ? { encryptedModule } : {}) };
}
