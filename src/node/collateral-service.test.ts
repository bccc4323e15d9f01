/**
 * Intel hardware through `airtnt run` (issue 9, case 10): the executor serves the collateral that
 * judges its evidence - fetched from a PCCS (a local HTTP server with the real collateral of
 * shared/attestation), cached on disk with its nextUpdate - and the requester fetches it, checks it
 * against the pinned roots and its age, and judges the real SGX quote with it.
 */
import assert from 'node:assert/strict';
import { ed25519 } from '@noble/curves/ed25519.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { verifyAgainstPolicy, type AttestationPolicy, type Evidence } from '../attestation/index.js';
import { sharedAttestationDir } from '../attestation/samples.js';
import { createChainClient, startDevnet, type Devnet } from '../chain/index.js';
import type { Enclave } from '../enclave/types.js';
import { isAirtntError } from '../util/errors.js';
import { fetchExecutorCollateral } from './collateral-client.js';
import { CollateralService } from './collateral-service.js';
import { startExecutorNode, type ExecutorNode } from './executor.js';
import { verifyExecutor } from './verify-executor.js';

const shared = sharedAttestationDir();
const file = (path: string) => readFileSync(join(shared, path));
const chainHeader = encodeURIComponent(file('certs/intel_sgx_tcb_signing_2025-2032.pem').toString() + file('certs/intel_sgx_root_ca.pem').toString());
const evidence: Evidence = { kind: 'sgx', quote: new Uint8Array(file('sgx/automata_quotev3_fmspc00606a.bin')) };
/** Inside the collateral's window (issued 2025-08-15, next update 2025-09-14T04:36:46Z). */
const at = new Date('2025-08-30T00:00:00Z');
const MRENCLAVE_OFFSET = 48 + 64;
const mrenclave = Buffer.from(evidence.quote.subarray(MRENCLAVE_OFFSET, MRENCLAVE_OFFSET + 32)).toString('hex');
const policy: AttestationPolicy = { allowedKinds: ['sgx'], measurements: [mrenclave] };

let tampered = false;
const requests: string[] = [];
const routes = (): Map<string, [Buffer, Record<string, string>]> =>
  new Map([
    ['/sgx/certification/v4/tcb?fmspc=00606a000000', [tampered ? Buffer.from(file('sgx/collateral_00606a000000/tcbinfo_v3.json').toString().replace('"SWHardeningNeeded"', '"UpToDate"')) : file('sgx/collateral_00606a000000/tcbinfo_v3.json'), { 'TCB-Info-Issuer-Chain': chainHeader }]],
    ['/sgx/certification/v4/qe/identity', [file('sgx/collateral_00606a000000/qe_identity_v4.json'), { 'SGX-Enclave-Identity-Issuer-Chain': chainHeader }]],
    ['/sgx/certification/v4/pckcrl?ca=platform&encoding=der', [file('sgx/collateral_00606a000000/pck_platform_crl.der'), {}]],
    // A PCCS serves the root CA CRL as hex text.
    ['/sgx/certification/v4/rootcacrl', [Buffer.from(file('certs/intel_root_ca_crl_2025-03-20.der').toString('hex')), {}]],
  ]);

let pccs: Server;
let pccsUrl = '';
let dir = '';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'airtnt-collateral-service-'));
  pccs = createServer((request, response) => {
    requests.push(request.url ?? '');
    const route = routes().get(request.url ?? '');
    if (!route) response.writeHead(404).end();
    else response.writeHead(200, route[1]).end(route[0]);
  });
  await new Promise<void>((resolve) => pccs.listen(0, '127.0.0.1', resolve));
  const address = pccs.address();
  pccsUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
after(async () => {
  await new Promise<void>((resolve) => pccs.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('executor collateral service', () => {
  it('fetches from a PCCS, keeps it on disk with its nextUpdate, serves the cached copy after a restart, never once expired', async () => {
    const cacheDir = join(dir, 'cache-1');
    requests.length = 0;
    const first = new CollateralService(evidence, { intelUrl: pccsUrl, cacheDir, now: () => at });
    await first.start();
    first.stop();
    assert.equal(requests.length, 4);
    assert.equal(first.current()?.nextUpdate?.toISOString(), '2025-09-14T04:36:46.000Z');

    // A restart with the PCCS unreachable serves the cached copy while it is current.
    const restarted = new CollateralService(evidence, { intelUrl: 'http://127.0.0.1:1', cacheDir, now: () => at });
    await restarted.start();
    restarted.stop();
    assert.equal(requests.length, 4, 'nothing fetched');
    assert.deepEqual(restarted.currentJson(), first.currentJson());

    const late = new CollateralService(evidence, { intelUrl: 'http://127.0.0.1:1', cacheDir, now: () => new Date('2025-09-15T00:00:00Z') });
    await assert.rejects(late.start(), (error) => isAirtntError(error, 'COLLATERAL_UNAVAILABLE'));
    assert.equal(late.currentJson(), undefined);
  });

  it('a refresh that does not judge its own evidence never replaces good collateral', async () => {
    const service = new CollateralService(evidence, { intelUrl: pccsUrl, cacheDir: join(dir, 'cache-2'), now: () => at });
    await service.start();
    service.stop();
    const good = service.currentJson();
    tampered = true;
    try {
      await assert.rejects(service.refresh(), (error) => isAirtntError(error, 'COLLATERAL_SIGNATURE_INVALID'));
    } finally {
      tampered = false;
    }
    assert.deepEqual(service.currentJson(), good);
  });

  it('reads collateral from files too', async () => {
    const service = new CollateralService(evidence, {
      files: [join(shared, 'sgx/collateral_00606a000000'), join(shared, 'certs/intel_root_ca_crl_2025-03-20.der'), join(shared, 'certs/intel_sgx_tcb_signing_2025-2032.pem')],
      cacheDir: join(dir, 'cache-3'),
      now: () => at,
    });
    await service.start();
    service.stop();
    assert.equal(service.current()?.kind, 'sgx');
  });
});

describe('requester judges an SGX executor with the collateral it serves', () => {
  let devnet: Devnet;
  let node: ExecutorNode | undefined;
  let bare: ExecutorNode | undefined;
  let service: CollateralService;

  before(async () => {
    devnet = await startDevnet({ accountCount: 3 });
    const client = () => createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });
    // The real quote's report data binds no keys of ours: judging gets as far as the binding check.
    // A real Ed25519 key signs the info statement, so judging reaches the evidence checks.
    const signingKey = ed25519.utils.randomSecretKey();
    const enclave: Enclave = {
      identity: () => ({ tee: 'sgx', insecure: false, signingPublicKey: ed25519.getPublicKey(signingKey), hpkePublicKey: new Uint8Array(32).fill(2), runtimeMeasurement: new Uint8Array(32).fill(3), evidence }),
      openSession: async () => undefined,
      runRound: async () => {
        throw new Error('not used');
      },
      closeSession: async () => undefined,
      signInfo: async (statement) => ed25519.sign(statement, signingKey),
      close: async () => undefined,
    };
    service = new CollateralService(evidence, { intelUrl: pccsUrl, cacheDir: join(dir, 'executor-cache'), now: () => at });
    await service.start();
    node = await startExecutorNode({ chain: client(), enclave, dataDir: join(dir, 'executor'), pricePerCycle: 1n, functions: ['ab'.repeat(32)], collateral: service });
    bare = await startExecutorNode({ chain: client(), enclave, dataDir: join(dir, 'executor-bare'), pricePerCycle: 1n, functions: ['ab'.repeat(32)] });
  });
  after(async () => {
    service?.stop();
    await node?.close();
    await bare?.close();
    await devnet?.stop();
  });

  const requirements = () => ({
    chain: createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[2]!.privateKey, channels: devnet.channels, chainId: devnet.chainId }),
    policy,
    functionMeasurement: 'ab'.repeat(32),
    maxPricePerCycle: 1n,
    now: () => at,
  });

  it('the served collateral judges the quote: SWHardeningNeeded; `run` gets past COLLATERAL_MISSING', async () => {
    const served = await fetchExecutorCollateral(node!.url, 10_000);
    assert.ok(served);
    const verified = await verifyAgainstPolicy(evidence, policy, { now: at, collateral: served.collateral });
    assert.equal(verified.tcbStatus, 'SWHardeningNeeded');
    assert.deepEqual(verified.advisories, ['INTEL-SA-00615']);
    // The whole requester check: genuine, judged, pinned; only the stub keys are not bound by the quote.
    await assert.rejects(verifyExecutor(node!.url, requirements(), 10_000), (error) => isAirtntError(error, 'BINDING_MISMATCH'));
    // An executor that serves no collateral cannot be judged.
    assert.equal(await fetchExecutorCollateral(bare!.url, 10_000), undefined);
    await assert.rejects(verifyExecutor(bare!.url, requirements(), 10_000), (error) => isAirtntError(error, 'COLLATERAL_MISSING'));
  });

  it('refuses collateral older than the policy\'s maximum age, or altered in transit', async () => {
    const served = (await fetchExecutorCollateral(node!.url, 10_000))!;
    await assert.rejects(
      verifyAgainstPolicy(evidence, { ...policy, maxCollateralAgeSeconds: 24 * 3600 }, { now: at, collateral: served.collateral }),
      (error) => isAirtntError(error, 'COLLATERAL_STALE'),
    );
    // Default maximum: 30 days from the oldest of TCB info, QE identity and PCK CRL (issued 2025-08-15).
    await verifyAgainstPolicy(evidence, policy, { now: at, collateral: served.collateral });
    const altered = { ...served.collateral, tcbInfos: served.collateral.tcbInfos!.map((doc) => ({ ...doc, body: doc.body.replace('"SWHardeningNeeded"', '"UpToDate"') })) };
    await assert.rejects(verifyAgainstPolicy(evidence, policy, { now: at, collateral: altered }), (error) => isAirtntError(error, 'COLLATERAL_SIGNATURE_INVALID'));
  });
});
