// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Signatures} from "../lib/Signatures.sol";

// Amounts are not filter keys (only channel and party ids are indexed), and the non-strict
// inequalities below are the protocol's rules (collect strictly before expiry, refund at or after it).
// solhint-disable gas-indexed-events, gas-strict-inequalities

/// @title AirtntLanes
/// @notice The lanes every airtnt payment channel lives on, and the requester's side of them: open,
/// top up, extend, refund. AirtntChannels (one executor per channel) and AirtntPools (a pool of
/// executors per channel) add their payee's side: how a payment is collected.
/// @dev Storage: one slot per lane, `laneKey = keccak256(abi.encode(requester, executor, token, lane))`,
/// packed as `deposit uint96 | collected uint96 | expiry uint32 | nonce uint32` (low to high bits).
/// Every (re)open of a lane increments `nonce`, which is never reset, so a used slot never returns
/// to zero (a re-open costs ~5k gas of storage instead of 22k) and channel ids never repeat.
/// Deliberate deviations from common practice:
/// - no EIP-712 salt and no ERC-1271 (contract wallet) signers, to keep verification small;
/// - amounts are capped at 2^96 - 1 and expiries at 2^32 - 1 (year 2106) so a lane fits one slot;
/// - tokens whose balances change on their own (rebasing) are not supported; fee-on-transfer
///   tokens are, because deposits are credited with the balance actually received;
/// - no reentrancy lock on every call (it would cost ~300 gas each): every function writes all of its
///   state before its first external call and reads nothing after it, so a re-entered call only sees
///   final state. The one place that reads across an external call, the balance delta of a token
///   deposit, holds a transient lock that every token movement checks (error Reentrancy).
abstract contract AirtntLanes {
    // ---------------------------------------------------------------------------------------------
    // Custom errors
    // ---------------------------------------------------------------------------------------------

    /// @dev The lane (requester, executor, token, lane) has no open channel.
    error ChannelNotOpen(bytes32 laneKey);
    /// @dev `open` on a lane whose current channel is still open.
    error ChannelAlreadyOpen(bytes32 channelId);
    /// @dev The executor tried to collect at or after the channel's expiry.
    error ChannelExpired(bytes32 channelId, uint256 expiry, uint256 timestamp);
    /// @dev The requester tried to refund before the channel's expiry.
    error ChannelNotExpired(bytes32 channelId, uint256 expiry, uint256 timestamp);
    /// @dev An expiry that is not in the future, does not fit 32 bits, or does not grow (extend).
    error InvalidExpiry(uint256 expiry, uint256 lowerBound);
    /// @dev The executor is the zero address.
    error InvalidExecutor();
    /// @dev An ETH call whose msg.value differs from `amount`, or a token call that sends ETH.
    error ValueMismatch(uint256 value, uint256 amount);
    /// @dev A deposit that would not fit in 96 bits.
    error AmountTooLarge(uint256 amount);
    /// @dev A signed cumulative amount above what the requester deposited.
    error AmountAboveDeposit(uint256 amount, uint256 deposit);
    /// @dev A signed cumulative amount that does not exceed (collect) or reach (close) what was collected.
    error AmountNotAboveCollected(uint256 amount, uint256 collected);
    /// @dev A signature that is not 65 bytes r || s || v with s <= n/2 and v in {27, 28}, or recovers to zero.
    error InvalidSignature();
    /// @dev A well-formed signature by someone other than the channel's requester (or over other terms).
    error SignerMismatch(address signer, address requester);
    /// @dev An ETH or token transfer that failed (or a token that returned false).
    error TransferFailed(address token, address to, uint256 amount);
    /// @dev A token movement attempted while a token deposit is being measured (a re-entrant token).
    error Reentrancy();
    /// @dev A lane re-opened 2^32 - 1 times: its nonce cannot grow, so it can never be opened again.
    error LaneExhausted(bytes32 laneKey);

    // ---------------------------------------------------------------------------------------------
    // Events (one per state change; amounts are cumulative or totals, never deltas)
    // ---------------------------------------------------------------------------------------------

    /// @dev A channel was opened on a lane; `deposit` is what was actually received.
    event Opened(
        bytes32 indexed channelId,
        address indexed requester,
        address indexed executor,
        address token,
        uint256 lane,
        uint256 deposit,
        uint256 expiry
    );
    /// @dev The requester added money; `deposit` is the new total.
    event ToppedUp(bytes32 indexed channelId, uint256 deposit);
    /// @dev The requester moved the expiry later.
    event Extended(bytes32 indexed channelId, uint256 expiry);
    /// @dev The requester took back `refunded` after expiry and the channel closed.
    event Refunded(bytes32 indexed channelId, uint256 refunded);

    // ---------------------------------------------------------------------------------------------
    // Storage
    // ---------------------------------------------------------------------------------------------

    /// @dev laneKey => packed lane (see the contract's @dev for the layout).
    mapping(bytes32 laneKey => uint256 packedLane) internal _lanes;

    /// @dev Set while a token deposit is measured (EIP-1153 transient storage, cleared in the same call).
    bool private transient _depositing;

    // ---------------------------------------------------------------------------------------------
    // Constants
    // ---------------------------------------------------------------------------------------------

    /// @dev keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")
    bytes32 private constant _DOMAIN_TYPEHASH = 0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f;
    /// @dev keccak256("Airtnt")
    bytes32 private constant _NAME_HASH = keccak256("Airtnt");
    /// @dev keccak256("1")
    bytes32 private constant _VERSION_HASH = keccak256("1");
    /// @dev Masks and shifts of the packed lane.
    uint256 internal constant _MASK_96 = (1 << 96) - 1;
    uint256 internal constant _MASK_32 = (1 << 32) - 1;
    uint256 internal constant _COLLECTED_SHIFT = 96;
    uint256 internal constant _EXPIRY_SHIFT = 192;
    uint256 internal constant _NONCE_SHIFT = 224;

    /// @dev The domain separator for the chain this contract was deployed on (recomputed after a fork).
    bytes32 private immutable _CACHED_DOMAIN_SEPARATOR;
    uint256 private immutable _CACHED_CHAIN_ID;

    // ---------------------------------------------------------------------------------------------
    // Constructor
    // ---------------------------------------------------------------------------------------------

    constructor() {
        _CACHED_CHAIN_ID = block.chainid;
        _CACHED_DOMAIN_SEPARATOR = _buildDomainSeparator();
    }

    // ---------------------------------------------------------------------------------------------
    // Requester actions (msg.sender is the requester)
    // ---------------------------------------------------------------------------------------------

    /// @notice Opens a channel to `executor` on one of the caller's lanes, depositing `amount`.
    /// @param token zero for ETH (then msg.value must equal `amount`), else an ERC-20 already approved.
    /// @param lane any number: lets one requester run several channels with the same executor and token.
    /// @param expiry unix time after which the executor can no longer collect and the requester can refund.
    /// @return channelId keccak256(abi.encode(requester, executor, token, lane, nonce)), never repeated.
    function open(address executor, address token, uint256 lane, uint256 amount, uint256 expiry)
        external
        payable
        returns (bytes32 channelId)
    {
        if (executor == address(0)) revert InvalidExecutor();
        if (expiry <= block.timestamp || expiry > _MASK_32) revert InvalidExpiry(expiry, block.timestamp);
        bytes32 laneKey = _laneKey(msg.sender, executor, token, lane);
        uint256 packed = _lanes[laneKey];
        uint256 oldNonce = packed >> _NONCE_SHIFT;
        if (_expiry(packed) != 0) revert ChannelAlreadyOpen(_channelId(msg.sender, executor, token, lane, oldNonce));
        // Refusing to wrap the 32-bit nonce is what makes channel ids unique forever.
        if (oldNonce == _MASK_32) revert LaneExhausted(laneKey);
        uint256 nonce = oldNonce + 1;
        uint256 deposit = _receive(token, amount);
        _lanes[laneKey] = _pack(deposit, 0, expiry, nonce);
        channelId = _channelId(msg.sender, executor, token, lane, nonce);
        emit Opened(channelId, msg.sender, executor, token, lane, deposit, expiry);
    }

    /// @notice Adds `amount` to the deposit of the caller's open channel (msg.value for ETH).
    function topUp(address executor, address token, uint256 lane, uint256 amount) external payable {
        // Receive first, read after: a token may call back during transferFrom, and the lane must be
        // read as it is once the deposit has arrived (a failed check below reverts the transfer too).
        uint256 received = _receive(token, amount);
        bytes32 laneKey = _laneKey(msg.sender, executor, token, lane);
        uint256 packed = _lanes[laneKey];
        if (_expiry(packed) == 0) revert ChannelNotOpen(laneKey);
        uint256 deposit = (packed & _MASK_96) + received;
        if (deposit > _MASK_96) revert AmountTooLarge(deposit);
        // The deposit occupies the low 96 bits; clearing them then or-ing the new value keeps the rest.
        _lanes[laneKey] = (packed & ~_MASK_96) | deposit;
        emit ToppedUp(_channelId(msg.sender, executor, token, lane, packed >> _NONCE_SHIFT), deposit);
    }

    /// @notice Moves the expiry of the caller's open channel later (never earlier).
    function extend(address executor, address token, uint256 lane, uint256 expiry) external {
        bytes32 laneKey = _laneKey(msg.sender, executor, token, lane);
        uint256 packed = _lanes[laneKey];
        uint256 current = _expiry(packed);
        if (current == 0) revert ChannelNotOpen(laneKey);
        if (expiry <= current || expiry > _MASK_32) revert InvalidExpiry(expiry, current);
        _lanes[laneKey] = (packed & ~(_MASK_32 << _EXPIRY_SHIFT)) | (expiry << _EXPIRY_SHIFT);
        emit Extended(_channelId(msg.sender, executor, token, lane, packed >> _NONCE_SHIFT), expiry);
    }

    /// @notice At or after expiry, returns what the executor did not collect and closes the channel.
    function refund(address executor, address token, uint256 lane) external {
        bytes32 laneKey = _laneKey(msg.sender, executor, token, lane);
        uint256 packed = _lanes[laneKey];
        uint256 expiry = _expiry(packed);
        uint256 nonce = packed >> _NONCE_SHIFT;
        if (expiry == 0) revert ChannelNotOpen(laneKey);
        bytes32 channelId = _channelId(msg.sender, executor, token, lane, nonce);
        if (block.timestamp < expiry) revert ChannelNotExpired(channelId, expiry, block.timestamp);
        // collected <= deposit is an invariant of every write, so this cannot underflow.
        uint256 rest;
        unchecked {
            rest = (packed & _MASK_96) - ((packed >> _COLLECTED_SHIFT) & _MASK_96);
        }
        _lanes[laneKey] = nonce << _NONCE_SHIFT;
        emit Refunded(channelId, rest);
        _send(token, msg.sender, rest);
    }

    // ---------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------

    /// @notice The state of a lane. A closed lane has deposit = collected = expiry = 0 and keeps its nonce;
    /// `channelId` is the id of the lane's current (or last) channel, zero if it was never opened.
    function channel(address requester, address executor, address token, uint256 lane)
        external
        view
        returns (bytes32 channelId, uint256 nonce, uint256 deposit, uint256 collected, uint256 expiry)
    {
        uint256 packed = _lanes[_laneKey(requester, executor, token, lane)];
        nonce = packed >> _NONCE_SHIFT;
        if (nonce != 0) channelId = _channelId(requester, executor, token, lane, nonce);
        deposit = packed & _MASK_96;
        collected = (packed >> _COLLECTED_SHIFT) & _MASK_96;
        expiry = _expiry(packed);
    }

    /// @notice keccak256(abi.encode(requester, executor, token, lane, nonce)).
    function channelIdOf(address requester, address executor, address token, uint256 lane, uint256 nonce)
        external
        pure
        returns (bytes32)
    {
        return _channelId(requester, executor, token, lane, nonce);
    }

    /// @notice The EIP-712 domain separator of this contract on this chain.
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparator();
    }

    /// @notice EIP-5267: the fields of the EIP-712 domain (name, version, chainId, verifyingContract).
    function eip712Domain()
        external
        view
        returns (
            bytes1 fields,
            string memory name,
            string memory version,
            uint256 chainId,
            address verifyingContract,
            bytes32 salt,
            uint256[] memory extensions
        )
    {
        return (hex"0f", "Airtnt", "1", block.chainid, address(this), bytes32(0), new uint256[](0));
    }

    // ---------------------------------------------------------------------------------------------
    // Internal
    // ---------------------------------------------------------------------------------------------

    /// @dev ecrecover of a 65-byte r || s || v signature, refusing high s, other v and the zero address.
    function _recover(bytes32 digest, bytes calldata signature) internal pure returns (address signer) {
        signer = Signatures.recover(digest, signature);
    }

    /// @dev Takes `amount` from the caller and returns what was actually received.
    function _receive(address token, uint256 amount) internal returns (uint256 received) {
        if (token == address(0)) {
            if (msg.value != amount) revert ValueMismatch(msg.value, amount);
            received = amount;
        } else {
            if (msg.value != 0) revert ValueMismatch(msg.value, 0);
            // Credit the balance delta, not `amount`, so fee-on-transfer tokens cannot create money. A token
            // (or a hook it calls) could re-enter during transferFrom and move tokens in or out, which would
            // be counted in this delta: every token movement, and every token open or top-up (even of zero,
            // which `open` relies on to keep a lane closed while its deposit arrives), refuses to run then.
            if (_depositing) revert Reentrancy();
            if (amount == 0) return 0;
            _depositing = true;
            uint256 before = IERC20Minimal(token).balanceOf(address(this));
            _call(token, abi.encodeCall(IERC20Minimal.transferFrom, (msg.sender, address(this), amount)), address(this), amount);
            received = IERC20Minimal(token).balanceOf(address(this)) - before;
            _depositing = false;
        }
        if (received > _MASK_96) revert AmountTooLarge(received);
    }

    /// @dev Pays `amount` of `token` (zero: ETH) to `to`; skips zero amounts.
    function _send(address token, address to, uint256 amount) internal {
        if (amount == 0) return;
        if (token == address(0)) {
            // solhint-disable-next-line avoid-low-level-calls
            (bool ok,) = to.call{value: amount}("");
            if (!ok) revert TransferFailed(token, to, amount);
        } else {
            if (_depositing) revert Reentrancy();
            _call(token, abi.encodeCall(IERC20Minimal.transfer, (to, amount)), to, amount);
        }
    }

    /// @dev Calls a token, accepting both `true` and no return data (tokens that return no bool).
    function _call(address token, bytes memory data, address to, uint256 amount) private {
        // solhint-disable-next-line avoid-low-level-calls
        (bool ok, bytes memory result) = token.call(data);
        if (!ok || (result.length != 0 && (result.length < 32 || abi.decode(result, (uint256)) != 1))) {
            revert TransferFailed(token, to, amount);
        }
        // A call to an address without code succeeds with no data; insist on a contract.
        if (result.length == 0 && token.code.length == 0) revert TransferFailed(token, to, amount);
    }

    function _domainSeparator() internal view returns (bytes32) {
        return block.chainid == _CACHED_CHAIN_ID ? _CACHED_DOMAIN_SEPARATOR : _buildDomainSeparator();
    }

    function _buildDomainSeparator() private view returns (bytes32) {
        return keccak256(abi.encode(_DOMAIN_TYPEHASH, _NAME_HASH, _VERSION_HASH, block.chainid, address(this)));
    }

    function _laneKey(address requester, address executor, address token, uint256 lane) internal pure returns (bytes32) {
        return keccak256(abi.encode(requester, executor, token, lane));
    }

    function _channelId(address requester, address executor, address token, uint256 lane, uint256 nonce)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(requester, executor, token, lane, nonce));
    }

    function _expiry(uint256 packed) internal pure returns (uint256) {
        return (packed >> _EXPIRY_SHIFT) & _MASK_32;
    }

    function _pack(uint256 deposit, uint256 collected, uint256 expiry, uint256 nonce) internal pure returns (uint256) {
        return deposit | (collected << _COLLECTED_SHIFT) | (expiry << _EXPIRY_SHIFT) | (nonce << _NONCE_SHIFT);
    }
}

/// @dev The three ERC-20 functions the channels use (declared here so that none of them needs a bool).
interface IERC20Minimal {
    function balanceOf(address owner) external view returns (uint256);
    function transfer(address to, uint256 amount) external;
    function transferFrom(address from, address to, uint256 amount) external;
}
