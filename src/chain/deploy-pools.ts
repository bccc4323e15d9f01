/** Deploys AirtntPools, the channels whose payee is a pool of executors (point a client at it with withChannels). */
import type { ChainClient } from './client.js';
import { deployContract, type DeployResult } from './deploy.js';
import { airtntPoolsAbi, airtntPoolsBytecode } from './generated/contracts.js';

export function deployPools(client: ChainClient): Promise<DeployResult> {
  return deployContract(client, 'AirtntPools', airtntPoolsAbi, airtntPoolsBytecode);
}
