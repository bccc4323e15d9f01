/**
 * airtnt/testing: development helpers, not for production: a local anvil devnet with the channels
 * contract deployed and funded accounts, test tokens, chain time travel, and a polling helper.
 */
export { startDevnet, TEST_TOKEN_GRANT } from './chain/devnet.js';
export type { Devnet, DevnetAccount, StartDevnetOptions } from './chain/devnet.js';
export { deployTestToken } from './chain/deploy.js';
export type { TestTokenKind } from './chain/deploy.js';
export { mintTestToken } from './chain/token.js';
export { increaseTime } from './chain/time.js';
export { eventually, GLIDER_GUN_RLE } from './node/testing.js';
