/**
 * `airtnt registry challenge NODE`, `airtnt registry expire-challenge NODE` and `airtnt registry
 * claim-credit` (docs/protocol.md, "Challenges"): open a challenge of the verdict that admitted NODE,
 * bonding the registry's MIN_STAKE, end one nobody upheld (its bond goes to the reserve), or take what an
 * upheld challenge credited (the bond and the reward). Upholding it is `resolveChallenge` with a majority
 * of the challenge committee's verdicts (src/chain/resolve-challenge.ts).
 */
import type { Command } from 'commander';
import { safeJson } from '../../util/errors.js';
import { addRegistryOptions } from '../registry-option-defs.js';
import type { RegistryOptions } from '../registry-options.js';

// Loaded when a command runs, not when it is defined, so that --help answers at once.
async function load() {
  const [viem, nodes, params, challenge, open, expire, read, options, claim] = await Promise.all([
    import('viem'),
    import('../../registry/read-nodes.js'),
    import('../../registry/read-params.js'),
    import('../../registry/challenge.js'),
    import('../../chain/open-challenge.js'),
    import('../../chain/expire-challenge.js'),
    import('../../chain/read-challenge.js'),
    import('../registry-options.js'),
    import('../../chain/claim-credit.js'),
  ]);
  return { ...viem, ...nodes, ...params, ...challenge, ...open, ...expire, ...read, ...options, ...claim };
}

export function registerRegistryChallenge(registry: Command): void {
  addRegistryOptions(registry.command('challenge').argument('<node>', 'the admitted node whose admitting verdict is challenged').description('challenge the verdict that admitted a node, bonding MIN_STAKE (credited back with a reward if a larger committee overturns it: claim-credit)'), true)
    .option('--json', 'print one JSON object')
    .action(async (node: string, options: RegistryOptions & { json?: boolean }) => {
      const m = await load();
      const { client, registry: address } = await m.registryClient(options, true);
      const target = m.getAddress(node);
      const constants = await m.readRegistryConstants(client, address);
      const listed = (await m.readRegistryNodes(client, { registry: address })).find((n) => m.isAddressEqual(n.address, target));
      const admission = await m.readAdmission(client, constants, target, listed?.joinBlock ?? 0n);
      const tx = await m.openChallenge(client, { registry: address, verdict: admission.verdict, signers: admission.signers, bond: constants.minStake });
      const opened = await m.readChallenge(client, { registry: address, node: target });
      const result = { ok: true, node: target, verdictDigest: admission.digest, signers: admission.signers.toString(), bond: constants.minStake.toString(), caseEpoch: opened?.caseEpoch.toString(), tx: tx.hash };
      if (options.json) process.stdout.write(`${safeJson(result)}\n`);
      else process.stdout.write(`challenged the admission of ${target} (digest ${admission.digest}); the registry draws the challenge committee on the seed of epoch ${result.caseEpoch}, which must uphold it in that epoch or the next\n`);
    });
  addRegistryOptions(registry.command('expire-challenge').argument('<node>', 'the node whose challenge ran out').description('end a challenge nobody upheld in time (its bond goes to the reserve)'), true)
    .option('--json', 'print one JSON object')
    .action(async (node: string, options: RegistryOptions & { json?: boolean }) => {
      const m = await load();
      const { client, registry: address } = await m.registryClient(options, true);
      const target = m.getAddress(node);
      const tx = await m.expireChallenge(client, { registry: address, node: target });
      if (options.json) process.stdout.write(`${safeJson({ ok: true, node: target, tx: tx.hash })}\n`);
      else process.stdout.write(`the challenge of ${target} expired; its bond went to the reserve\n`);
    });
  addRegistryOptions(registry.command('claim-credit').description('take what upheld challenges credited to this account (bonds and rewards)'), true)
    .option('--json', 'print one JSON object')
    .action(async (options: RegistryOptions & { json?: boolean }) => {
      const m = await load();
      const { client, registry: address } = await m.registryClient(options, true);
      const amount = await m.readCredit(client, { registry: address, account: client.account.address });
      const tx = await m.claimCredit(client, { registry: address });
      if (options.json) process.stdout.write(`${safeJson({ ok: true, account: client.account.address, amount: amount.toString(), tx: tx.hash })}\n`);
      else process.stdout.write(`claimed ${m.formatEther(amount)} ETH credited to ${client.account.address}\n`);
    });
}
