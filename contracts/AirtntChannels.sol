// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// Amounts are not filter keys (only channel and party ids are indexed), and the non-strict
// inequalities below are the protocol's rules (collect strictly before expiry, refund at or after it).
// solhint-disable gas-indexed-events, gas-strict-inequalities

import {AirtntLanes} from "./channels/AirtntLanes.sol";

/// @title AirtntChannels
/// @notice Every hash-locked unidirectional payment channel of airtnt, in ETH or in ERC-20 tokens.
/// A requester deposits money for an executor. For each round the requester signs an EIP-712
/// `Payment(channelId, amount, keyHash)` with a cumulative `amount`; the executor can only collect it
/// by revealing the key `k` with `keccak256(k) == keyHash`, and every collected key is emitted in an
/// event, so the requester can always read from the chain the keys it paid for.
/// @dev The lanes, their storage layout, the requester's actions, tokens and reentrancy rules are
/// AirtntLanes'. Besides its deviations:
/// - `close` pays the requester's rest in the same call; a requester that cannot receive it only
///   blocks `close` and `release`, never `collect`, so the executor can always get paid before expiry.
contract AirtntChannels is AirtntLanes {
    // ---------------------------------------------------------------------------------------------
    // Events (one per state change; amounts are cumulative or totals, never deltas)
    // ---------------------------------------------------------------------------------------------

    /// @dev The executor collected up to the cumulative `amount` by revealing `key`.
    event Collected(bytes32 indexed channelId, uint256 amount, bytes32 key);
    /// @dev The channel closed by the executor: `amount` is the cumulative total paid to it, `refunded`
    /// went back to the requester, `key` is the revealed key (zero for `release`).
    event Closed(bytes32 indexed channelId, uint256 amount, uint256 refunded, bytes32 key);

    // ---------------------------------------------------------------------------------------------
    // Constants
    // ---------------------------------------------------------------------------------------------

    /// @dev keccak256("Payment(bytes32 channelId,uint256 amount,bytes32 keyHash)") (checked by the tests).
    bytes32 public constant PAYMENT_TYPEHASH = 0xa02e0c929203dda0b74d3f3025035d4db6e6d76216346d2d919415d05c008826;

    // ---------------------------------------------------------------------------------------------
    // Executor actions (msg.sender is the executor)
    // ---------------------------------------------------------------------------------------------

    /// @notice Collects up to the cumulative `amount` signed by `requester`, revealing `key`; the
    /// channel stays open. Only before expiry.
    /// @param signature 65 bytes r || s || v by the requester over Payment(channelId, amount, keccak256(key)).
    function collect(
        address requester,
        address token,
        uint256 lane,
        uint256 amount,
        bytes32 key,
        bytes calldata signature
    ) external {
        (bytes32 laneKey, uint256 packed, bytes32 channelId) = _loadForExecutor(requester, token, lane);
        uint256 collected = (packed >> _COLLECTED_SHIFT) & _MASK_96;
        if (amount <= collected) revert AmountNotAboveCollected(amount, collected);
        _checkPayment(packed, requester, channelId, amount, key, signature);
        // amount <= deposit < 2^96 (checked above), so it fits the collected field.
        _lanes[laneKey] = (packed & ~(_MASK_96 << _COLLECTED_SHIFT)) | (amount << _COLLECTED_SHIFT);
        emit Collected(channelId, amount, key);
        unchecked {
            _send(token, msg.sender, amount - collected);
        }
    }

    /// @notice Collects the cumulative `amount` signed by `requester` (revealing `key`), returns the
    /// rest of the deposit to the requester and closes the channel. Only before expiry.
    function close(
        address requester,
        address token,
        uint256 lane,
        uint256 amount,
        bytes32 key,
        bytes calldata signature
    ) external {
        (bytes32 laneKey, uint256 packed, bytes32 channelId) = _loadForExecutor(requester, token, lane);
        uint256 collected = (packed >> _COLLECTED_SHIFT) & _MASK_96;
        if (amount < collected) revert AmountNotAboveCollected(amount, collected);
        _checkPayment(packed, requester, channelId, amount, key, signature);
        _lanes[laneKey] = (packed >> _NONCE_SHIFT) << _NONCE_SHIFT;
        uint256 rest;
        unchecked {
            rest = (packed & _MASK_96) - amount; // amount <= deposit was checked
        }
        emit Closed(channelId, amount, rest, key);
        unchecked {
            _send(token, msg.sender, amount - collected);
        }
        _send(token, requester, rest);
    }

    /// @notice Closes the channel without a new payment: the uncollected rest goes back to the requester.
    function release(address requester, address token, uint256 lane) external {
        bytes32 laneKey = _laneKey(requester, msg.sender, token, lane);
        uint256 packed = _lanes[laneKey];
        if (_expiry(packed) == 0) revert ChannelNotOpen(laneKey);
        uint256 nonce = packed >> _NONCE_SHIFT;
        uint256 collected = (packed >> _COLLECTED_SHIFT) & _MASK_96;
        _lanes[laneKey] = nonce << _NONCE_SHIFT;
        uint256 rest;
        unchecked {
            rest = (packed & _MASK_96) - collected;
        }
        emit Closed(_channelId(requester, msg.sender, token, lane, nonce), collected, rest, bytes32(0));
        _send(token, requester, rest);
    }

    // ---------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------

    /// @notice The EIP-712 digest the requester signs for Payment(channelId, amount, keyHash).
    function paymentDigest(bytes32 channelId, uint256 amount, bytes32 keyHash) public view returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(PAYMENT_TYPEHASH, channelId, amount, keyHash));
        return keccak256(abi.encodePacked("\x19\x01", _domainSeparator(), structHash));
    }

    // ---------------------------------------------------------------------------------------------
    // Internal
    // ---------------------------------------------------------------------------------------------

    /// @dev Loads the caller's (executor's) lane with `requester` and checks it is open and not expired.
    function _loadForExecutor(address requester, address token, uint256 lane)
        private
        view
        returns (bytes32 laneKey, uint256 packed, bytes32 channelId)
    {
        laneKey = _laneKey(requester, msg.sender, token, lane);
        packed = _lanes[laneKey];
        uint256 expiry = _expiry(packed);
        if (expiry == 0) revert ChannelNotOpen(laneKey);
        channelId = _channelId(requester, msg.sender, token, lane, packed >> _NONCE_SHIFT);
        if (block.timestamp >= expiry) revert ChannelExpired(channelId, expiry, block.timestamp);
    }

    /// @dev Reverts unless amount <= deposit and `signature` is the requester's over
    /// Payment(channelId, amount, keccak256(key)).
    function _checkPayment(
        uint256 packed,
        address requester,
        bytes32 channelId,
        uint256 amount,
        bytes32 key,
        bytes calldata signature
    ) private view {
        uint256 deposit = packed & _MASK_96;
        if (amount > deposit) revert AmountAboveDeposit(amount, deposit);
        address signer = _recover(paymentDigest(channelId, amount, keccak256(abi.encode(key))), signature);
        if (signer != requester) revert SignerMismatch(signer, requester);
    }
}
