/** Pinned roots, chains, CRLs and the DER reader, on the vendors' real certificates. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isAirtntError } from '../util/errors.js';
import { decodeOid, readDer } from './der.js';
import { amdArks, amdSigningKeys, intelRoot, PINNED_ANCHORS, PINNED_INTERMEDIATES, pinnedCertificate } from './roots.js';
import { sharedAttestationDir } from './samples.js';
import { checkNotRevoked, findCurrentCrl, parseCertificate, parseCrl, pemToDerList, verifyChain } from './x509.js';

const S = sharedAttestationDir();
const file = (path: string) => new Uint8Array(readFileSync(join(S, path)));

describe('pinned roots', () => {
  it('ship with the fingerprints of the vendor files', () => {
    for (const pinned of [...PINNED_ANCHORS, ...PINNED_INTERMEDIATES]) {
      const [der] = pemToDerList(pinned.pem);
      assert.equal(createHash('sha256').update(der!).digest('hex'), pinned.sha256, pinned.name);
      assert.equal(pinnedCertificate(pinned).fingerprint, pinned.sha256);
    }
    const manifest = JSON.parse(readFileSync(join(S, 'manifest.json'), 'utf8')) as { trust_anchors: Record<string, string> };
    assert.match(manifest.trust_anchors.intel_sgx_root_ca!, new RegExp(intelRoot().fingerprint));
    for (const ark of amdArks()) assert.ok(manifest.trust_anchors.amd_ark_milan!.includes(ark.fingerprint.slice(0, 16)), ark.subject);
  });

  it('chain the Turin VCEK to the Turin ARK, and refuse it under another product root', () => {
    const vcek = parseCertificate(file('sev-snp/virtee_vcek_turin.der'));
    assert.equal(vcek.serial, '00', 'AMD issues VCEKs with serial number 0');
    const chain = verifyChain(vcek, amdSigningKeys(), amdArks(), new Date('2026-01-01'));
    assert.match(chain.path.at(-1)!.subject, /ARK-Turin/);
    const milanOnly = amdArks().filter((ark) => ark.subject.includes('Milan'));
    assert.throws(() => verifyChain(vcek, amdSigningKeys(), milanOnly, new Date('2026-01-01')), (error) => isAirtntError(error, 'CERT_CHAIN_UNTRUSTED'));
  });
});

describe('CRLs', () => {
  it('parse Intel PCK CRLs, verify them by their CA, and find revoked serials', () => {
    const crl = parseCrl(file('sgx/collateral_00606a000000/pck_platform_crl.der'));
    assert.ok(crl.revoked.size > 10, 'revoked entries');
    const platformCa = parseCertificate(file('tdx/collateral_00806f050000/platform.der'));
    assert.equal(findCurrentCrl([crl], platformCa, new Date('2025-08-20'), 'PCK CRL'), crl);
    assert.throws(() => findCurrentCrl([crl], platformCa, new Date('2030-01-01'), 'PCK CRL'), (error) => isAirtntError(error, 'CRL_EXPIRED'));
    assert.throws(() => findCurrentCrl([crl], intelRoot(), new Date('2025-08-20'), 'root CRL'), (error) => isAirtntError(error, 'COLLATERAL_MISSING'));
    const pck = parseCertificate(file('tdx/collateral_00806f050000/pck.der'));
    checkNotRevoked(pck, crl, 'PCK');
    const revokedSerial = [...crl.revoked][0]!;
    assert.throws(() => checkNotRevoked({ ...pck, serial: revokedSerial }, crl, 'PCK'), (error) => isAirtntError(error, 'CERTIFICATE_REVOKED'));
  });
});

describe('DER reader', () => {
  it('decodes OIDs and refuses lengths past the input or indefinite lengths', () => {
    assert.equal(decodeOid(Uint8Array.of(0x2a, 0x86, 0x48, 0x86, 0xf8, 0x4d, 0x01, 0x0d, 0x01)), '1.2.840.113741.1.13.1');
    assert.throws(() => readDer(Uint8Array.of(0x30, 0x05, 0x01)), (error) => isAirtntError(error, 'DER_INVALID'));
    assert.throws(() => readDer(Uint8Array.of(0x30, 0x80, 0x00, 0x00)), (error) => isAirtntError(error, 'DER_INVALID'));
    assert.throws(() => readDer(Uint8Array.of(0x30, 0x84, 0xff, 0xff, 0xff, 0xff)), (error) => isAirtntError(error, 'DER_INVALID'));
    assert.throws(() => parseCertificate(Uint8Array.of(0x30, 0x00)), (error) => isAirtntError(error, 'CERTIFICATE_INVALID'));
  });
});
