// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// Amounts are not filter keys (only channel and party ids are indexed), and the non-strict
// inequalities below are the protocol's rules (collect strictly before expiry, refund at or after it).
// solhint-disable gas-indexed-events, gas-strict-inequalities

import {AirtntLanes} from "./channels/AirtntLanes.sol";

/// @title AirtntPools
/// @notice Hash-locked payment channels whose payee is a pool of executors (docs/protocol.md, "The pool"):
/// the channel's executor is `poolOf(members)`, an address nobody holds a key for, and each member
/// collects its own cumulative `PoolPayment(channelId, member, amount, keyHash)` by revealing `k`. A
/// session moves between members (a failover) without a transaction or a new deposit, and each member is
/// paid exactly what the requester signed to it, up to its own allocation: the deposit divided equally
/// among the members (`deposit / members.length`, rounded down; a top-up raises every allocation). A
/// member's allocation is its own: the requester chooses the other members, so a payment it signs to one
/// of them (a member whose payee it controls) must not be able to take what another member was signed.
/// All members together never take more than the deposit; refund at expiry returns every unspent part.
/// @dev The lane layout, ids, open/topUp/extend/refund, tokens and reentrancy rules are AirtntLanes', as
/// in AirtntChannels (same functions, events and errors, so the same client code drives both). A separate
/// contract, not functions added to AirtntChannels: adding `collectPool` there measured +22 gas on every call (one more
/// dispatch step) and +100..150 on collect and close (the optimizer's inlining of the shared decoders),
/// and the single-executor path must not pay for pools.
/// Storage: `_lanes` as in AirtntLanes (`deposit uint96 | collected uint96 | expiry uint32 | nonce
/// uint32`, `collected` being the sum over members), plus one slot per (channel, member) that collected.
/// Deliberate deviations, besides AirtntChannels' own:
/// - no close or release: nobody can sign as the pool address; the requester's rest comes back by
///   `refund` at expiry;
/// - a pool has 2 to 8 members; the member list is given at every collect (calldata, 32 bytes each)
///   instead of being stored at open;
/// - allocations are equal shares computed at every collect, not stored per member: no storage and no
///   transaction beyond open/topUp, so a failover still costs none, at the price of locking each
///   standby's share until expiry (the requester deposits members.length times the run's budget).
contract AirtntPools is AirtntLanes {
    // ---------------------------------------------------------------------------------------------
    // Custom errors
    // ---------------------------------------------------------------------------------------------

    /// @dev A pool of fewer than 2 or more than 8 members, or a member index not below their count.
    error InvalidPool(uint256 members, uint256 index);
    /// @dev `collectPool` called by someone other than the member it names.
    error NotPoolMember(address caller, address member);
    /// @dev A member's cumulative amount above its allocation (`deposit / members.length`).
    error AmountAboveAllocation(uint256 amount, uint256 allocation);

    // ---------------------------------------------------------------------------------------------
    // Events
    // ---------------------------------------------------------------------------------------------

    /// @dev A pool member collected up to its own cumulative `amount` by revealing `key`.
    event PoolCollected(bytes32 indexed channelId, address indexed member, uint256 amount, bytes32 key);

    // ---------------------------------------------------------------------------------------------
    // Storage
    // ---------------------------------------------------------------------------------------------

    /// @dev keccak256(abi.encode(channelId, member)) => the cumulative amount `member` collected on that
    /// channel. A re-opened lane has a new channel id, so its members start from zero.
    mapping(bytes32 memberKey => uint256 collected) private _memberCollected;

    // ---------------------------------------------------------------------------------------------
    // Constants
    // ---------------------------------------------------------------------------------------------

    /// @dev keccak256("PoolPayment(bytes32 channelId,address member,uint256 amount,bytes32 keyHash)") (checked by the tests).
    bytes32 public constant POOL_PAYMENT_TYPEHASH = 0x5f846db95a291ed7f7886264123d0a9912e131a0768eca39a4520b493a8a0790;
    /// @dev keccak256("airtnt/pool/v1"): separates pool addresses from any other hash of an address list.
    bytes32 private constant _POOL_TAG = keccak256("airtnt/pool/v1");
    /// @dev Members of a pool: an executor and 1 to 7 standbys.
    uint256 private constant _MIN_POOL_MEMBERS = 2;
    uint256 private constant _MAX_POOL_MEMBERS = 8;

    // ---------------------------------------------------------------------------------------------
    // Member actions (msg.sender is a pool member)
    // ---------------------------------------------------------------------------------------------

    /// @notice A pool member collects up to its own cumulative `amount` signed by `requester`, revealing
    /// `key`; the channel stays open. Only before expiry.
    /// @param members the pool's ordered member list: the channel's executor is poolOf(members).
    /// @param index the caller's position in `members`.
    /// @param signature 65 bytes r || s || v by the requester over
    /// PoolPayment(channelId, members[index], amount, keccak256(key)).
    function collectPool(
        address requester,
        address token,
        uint256 lane,
        address[] calldata members,
        uint256 index,
        uint256 amount,
        bytes32 key,
        bytes calldata signature
    ) external {
        if (members.length < _MIN_POOL_MEMBERS || members.length > _MAX_POOL_MEMBERS || index >= members.length) {
            revert InvalidPool(members.length, index);
        }
        if (members[index] != msg.sender) revert NotPoolMember(msg.sender, members[index]);
        address pool = poolOf(members);
        bytes32 laneKey = _laneKey(requester, pool, token, lane);
        uint256 packed = _lanes[laneKey];
        uint256 expiry = _expiry(packed);
        if (expiry == 0) revert ChannelNotOpen(laneKey);
        bytes32 channelId = _channelId(requester, pool, token, lane, packed >> _NONCE_SHIFT);
        if (block.timestamp >= expiry) revert ChannelExpired(channelId, expiry, block.timestamp);
        bytes32 memberKey = keccak256(abi.encode(channelId, msg.sender));
        uint256 collectedBefore = _memberCollected[memberKey];
        if (amount <= collectedBefore) revert AmountNotAboveCollected(amount, collectedBefore);
        uint256 deposit = packed & _MASK_96;
        // Each member's own share: members.length >= 2 (checked above), so no division by zero.
        uint256 allocation = deposit / members.length;
        if (amount > allocation) revert AmountAboveAllocation(amount, allocation);
        uint256 due;
        uint256 total;
        unchecked {
            // collectedBefore < amount <= allocation <= deposit < 2^96 and collected <= deposit < 2^96 (an
            // invariant of every write): neither wraps, and total < 2^97 until the check below brings it under 2^96.
            due = amount - collectedBefore;
            total = ((packed >> _COLLECTED_SHIFT) & _MASK_96) + due;
        }
        // Implied by the allocations (each member <= deposit / n, and deposits only grow while open); kept
        // as the bound the lane's refund arithmetic relies on.
        if (total > deposit) revert AmountAboveDeposit(total, deposit);
        address signer = _recover(poolPaymentDigest(channelId, msg.sender, amount, keccak256(abi.encode(key))), signature);
        if (signer != requester) revert SignerMismatch(signer, requester);
        _memberCollected[memberKey] = amount;
        _lanes[laneKey] = (packed & ~(_MASK_96 << _COLLECTED_SHIFT)) | (total << _COLLECTED_SHIFT);
        emit PoolCollected(channelId, msg.sender, amount, key);
        _send(token, msg.sender, due);
    }

    // ---------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------

    /// @notice The address a pool's channel names as its executor:
    /// address(uint160(uint256(keccak256(abi.encode(keccak256("airtnt/pool/v1"), members))))).
    function poolOf(address[] calldata members) public pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode(_POOL_TAG, members)))));
    }

    /// @notice What `member` collected on the channel `channelId` (its cumulative amount).
    function memberCollected(bytes32 channelId, address member) external view returns (uint256) {
        return _memberCollected[keccak256(abi.encode(channelId, member))];
    }

    /// @notice The EIP-712 digest the requester signs for PoolPayment(channelId, member, amount, keyHash).
    function poolPaymentDigest(bytes32 channelId, address member, uint256 amount, bytes32 keyHash) public view returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(POOL_PAYMENT_TYPEHASH, channelId, member, amount, keyHash));
        return keccak256(abi.encodePacked("\x19\x01", _domainSeparator(), structHash));
    }
}
