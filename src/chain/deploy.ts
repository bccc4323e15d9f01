/** Deploys the channels contract (and, for development, the test tokens). */
import { getAddress, type Abi, type Address, type Hex } from 'viem';
import { AirtntError } from '../util/errors.js';
import type { ChainClient } from './client.js';
import { transact, type TxResult } from './transact.js';
import {
  airtntChannelsAbi,
  airtntChannelsBytecode,
  feeTokenAbi,
  feeTokenBytecode,
  hookTokenAbi,
  hookTokenBytecode,
  noBoolTokenAbi,
  noBoolTokenBytecode,
  testTokenAbi,
  testTokenBytecode,
} from './generated/contracts.js';

export type DeployResult = TxResult & { address: Address };

/** Deploys any compiled contract (the generated ABIs and bytecode) and waits for its address. */
export async function deployContract(
  client: ChainClient,
  name: string,
  abi: Abi,
  bytecode: Hex,
  args: readonly unknown[] = [],
): Promise<DeployResult> {
  const { result, receipt } = await transact(client, `deploy ${name}`, () =>
    client.wallet.deployContract({ abi, bytecode, args }),
  );
  if (!receipt.contractAddress) {
    throw new AirtntError('DEPLOY_FAILED', `deploy ${name}: the receipt has no contract address`, {
      details: { hash: result.hash },
    });
  }
  return { ...result, address: getAddress(receipt.contractAddress) };
}

/** Deploys AirtntChannels and returns its address (use withChannels to point a client at it). */
export async function deployChannels(client: ChainClient): Promise<Address> {
  return (await deployChannelsWithReceipt(client)).address;
}

/** Like deployChannels, with the transaction hash and gas used (for the gas report). */
export function deployChannelsWithReceipt(client: ChainClient): Promise<DeployResult> {
  return deployContract(client, 'AirtntChannels', airtntChannelsAbi, airtntChannelsBytecode);
}

/**
 * The development tokens: a plain ERC-20, one whose transfers return no bool, one that burns 1% of
 * every transfer, and one that calls a contract sender's hook in transferFrom (to test reentrancy).
 */
export type TestTokenKind = 'plain' | 'no-bool' | 'fee' | 'hook';

/** Deploys a test token (anyone can mint it: development and tests only). */
export async function deployTestToken(client: ChainClient, kind: TestTokenKind = 'plain'): Promise<Address> {
  if (kind === 'plain') {
    return (await deployContract(client, 'TestToken', testTokenAbi, testTokenBytecode, ['Airtnt Test Token', 'ATT'])).address;
  }
  if (kind === 'no-bool') return (await deployContract(client, 'NoBoolToken', noBoolTokenAbi, noBoolTokenBytecode)).address;
  if (kind === 'fee') return (await deployContract(client, 'FeeToken', feeTokenAbi, feeTokenBytecode)).address;
  return (await deployContract(client, 'HookToken', hookTokenAbi, hookTokenBytecode)).address;
}
