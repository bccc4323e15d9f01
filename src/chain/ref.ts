/** How a channel is named: its lane (requester, executor, token, lane) and the lane's open count (nonce). */
import { encodeAbiParameters, keccak256, zeroAddress, type Address, type Hex } from 'viem';

/** One lane of the channels contract. `token` is zeroAddress for ETH. */
export type ChannelRef = { requester: Address; executor: Address; token: Address; lane: bigint };

/** The token address that stands for ETH. */
export const ETH = zeroAddress;

const LANE_PARAMS = [
  { type: 'address' },
  { type: 'address' },
  { type: 'address' },
  { type: 'uint256' },
] as const;
const CHANNEL_PARAMS = [...LANE_PARAMS, { type: 'uint256' }] as const;

/** keccak256(abi.encode(requester, executor, token, lane)): the storage key of the lane. */
export function laneKeyOf(ref: ChannelRef): Hex {
  return keccak256(encodeAbiParameters(LANE_PARAMS, [ref.requester, ref.executor, ref.token, ref.lane]));
}

/** keccak256(abi.encode(requester, executor, token, lane, nonce)): the id of the lane's nonce-th channel. */
export function channelIdOf(ref: ChannelRef, nonce: bigint | number): Hex {
  return keccak256(
    encodeAbiParameters(CHANNEL_PARAMS, [ref.requester, ref.executor, ref.token, ref.lane, BigInt(nonce)]),
  );
}
