// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Signatures} from "../lib/Signatures.sol";

// The structs are EIP-712 and view layouts (field order is the signed type's), amounts are not filter
// keys (only node and requester addresses are indexed), and the long strings are type strings hashed at
// compile time. The non-strict inequalities are the protocol's rules (a phase starts at its first second).
// solhint-disable gas-indexed-events, gas-strict-inequalities, gas-struct-packing, gas-small-strings

/// @title RegistryStorage
/// @notice What every part of AirtntRegistry shares: its types, errors, events, storage layout,
/// parameters and the small helpers on them (epochs, status bits, signature recovery, ETH transfer,
/// the EIP-712 domain). See AirtntRegistry for the storage layout and the design.
abstract contract RegistryStorage {
    // ---------------------------------------------------------------------------------------------
    // Types
    // ---------------------------------------------------------------------------------------------

    /// @dev What a verifier judged and concluded; the EIP-712 struct every verdict signature covers.
    struct Verdict {
        address node;
        uint64 epoch;
        uint256 committee;
        bytes32 evidenceHash;
        bytes32 collateralHash;
        bytes32 policyHash;
        uint64 time;
        bytes32 keysHash;
        bool pass;
    }

    /// @dev An open challenge of an admission: who bonded, when, whose signatures it would slash, and the
    /// inputs the challenge verdicts must judge, keccak256(abi.encode(evidenceHash, collateralHash, time,
    /// keysHash)) of the admitting verdict.
    struct Challenge {
        address challenger;
        uint64 openEpoch;
        uint256 signers;
        bytes32 inputsHash;
    }

    /// @dev A node as the views return it.
    struct NodeInfo {
        uint256 stake;
        uint256 pendingStake;
        uint256 pendingEpoch;
        uint8 status;
        uint8 role;
        uint8 tee;
        uint8 index;
        uint256 activeEpoch;
        uint256 leaveEpoch;
        uint256 joinEpoch;
        address enclaveKey;
        bytes32 commitment;
    }

    // ---------------------------------------------------------------------------------------------
    // Custom errors
    // ---------------------------------------------------------------------------------------------

    /// @dev A constructor parameter out of range (`which` names it).
    error InvalidParameter(string which, uint256 value);
    /// @dev The unbonding delay does not outlast the longest channel plus the challenge window.
    error UnbondingTooShort(uint256 unbonding, uint256 minimum);
    /// @dev `join` by an address that is already registered (status is its current status).
    error AlreadyRegistered(address node, uint8 status);
    /// @dev A role other than 1 (executor) or 2 (verifier).
    error InvalidRole(uint8 role);
    /// @dev A zero enclave key or VRF key.
    error InvalidKey();
    /// @dev An endpoint longer than 256 bytes or empty.
    error InvalidEndpoint(uint256 length);
    /// @dev A stake below the minimum or above 2^96 - 1.
    error InvalidStake(uint256 stake, uint256 minimum);
    /// @dev All 256 verifier slots were given out (at admissions): no more verifier can join or be admitted.
    error VerifierSlotsFull();
    /// @dev The node's status does not allow this call.
    error WrongStatus(address node, uint8 status);
    /// @dev `node` has stake pending until `pendingEpoch` (it is `currentEpoch` now): more can be added once it counts.
    error StakeStillPending(address node, uint256 pendingEpoch, uint256 currentEpoch);
    /// @dev `admit` before the epoch whose seed draws the join's committee began.
    error CaseNotOpen(address node, uint256 caseEpoch, uint256 currentEpoch);
    /// @dev The evidence hash and keys hash given do not match those committed at join.
    error JoinMismatch(address node, bytes32 committed, bytes32 given);
    /// @dev A committee bitmap with another number of members than the committee size.
    error CommitteeSizeMismatch(uint256 size, uint256 expected);
    /// @dev Fewer valid verdict signatures than the quorum (or a signature list not 65 bytes each).
    error QuorumNotReached(uint256 signatures, uint256 quorum);
    /// @dev A signature that is not 65 bytes r || s || v with s <= n/2 and v in {27, 28}, or recovers to zero.
    error InvalidSignature();
    /// @dev A verdict signer that is not a verifier active in the verdict's epoch.
    error VerifierNotActive(address signer, uint256 epoch);
    /// @dev A verdict signer whose slot is not in the committee bitmap the verdict names.
    error VerifierNotDrawn(address signer, uint256 index);
    /// @dev Verdict signers not in strictly ascending slot order (a repeated signer).
    error SignersNotAscending(uint256 index, uint256 previous);
    /// @dev A verdict for another epoch or time than the case pins, for a future epoch, or from before the
    /// node's current registration (`expectedEpoch` is the current epoch).
    error VerdictOutOfCase(uint256 epoch, uint256 time, uint256 expectedEpoch, uint256 expectedTime);
    /// @dev A verdict with another policy hash than the registry's.
    error PolicyMismatch(bytes32 policyHash, bytes32 expected);
    /// @dev `withdraw` before the unbonding delay ended.
    error StillUnbonding(address node, uint256 withdrawableAt, uint256 timestamp);
    /// @dev A signature by someone other than the key that had to sign.
    error SignerMismatch(address signer, address expected);
    /// @dev Two "equivocating" records or verdicts that do not conflict (equal, on other inputs, or, for
    /// verdicts, with the same pass).
    error NotConflicting();
    /// @dev A seed call outside its phase of the epoch (0 commit, 1 reveal).
    error OutsidePhase(uint256 phase, uint256 timestamp);
    /// @dev A seed commitment with another bond than SEED_BOND, or a challenge with another than MIN_STAKE.
    error ValueMismatch(uint256 value, uint256 expected);
    /// @dev A seed commit while an earlier one of the caller is neither revealed nor forfeited.
    error BondOutstanding(address verifier, uint256 epoch);
    /// @dev A reveal with no commitment in this epoch, or one that does not open it.
    error RevealMismatch(address verifier, uint256 epoch);
    /// @dev A forfeit of a bond that can still be revealed, or of no bond.
    error NothingToForfeit(address verifier);
    /// @dev The seed of an epoch that has not begun (it may still change).
    error SeedNotFinal(uint256 epoch, uint256 currentEpoch);
    /// @dev A second task id for the same requester and epoch.
    error TaskAlreadyCommitted(address requester, uint256 epoch, bytes32 taskId);
    /// @dev An ETH transfer that failed.
    error TransferFailed(address to, uint256 amount);
    /// @dev A fee claim by someone who is not a signer of the node's admitting verdict, or who has claimed
    /// already (or with another digest or signers bitmap than the node's commitment).
    error NothingToClaim(address node, address claimant, uint256 index);
    /// @dev A verdict-fee claim by a signer that is no longer admitted (slashed, removed, leaving).
    error ClaimantNotEligible(address verifier, uint8 status);
    /// @dev A challenge of a node with no admitting verdict (pending, genesis, unknown), or whose verdict
    /// is not the one given (`commitment` is the node's slot C).
    error NothingToChallenge(address node, bytes32 commitment);
    /// @dev A challenge opened after its window: `deadline` is epochStart(caseEpoch + 1) + UNBONDING_DELAY
    /// - (DELAY_EPOCHS + 2) * EPOCH_LENGTH, the last moment at which it can still be resolved before a signer can withdraw.
    error ChallengeWindowClosed(address node, uint256 deadline, uint256 timestamp);
    /// @dev A second challenge of a node while one is open (`epoch`: when it was opened).
    error ChallengeOpen(address node, uint256 epoch);
    /// @dev A resolve or expiry of a node with no open challenge.
    error NoChallenge(address node);
    /// @dev A resolve after the challenge's last epoch, or an expiry before it ended.
    error ChallengeTiming(address node, uint256 lastEpoch, uint256 currentEpoch);
    /// @dev Challenge verdicts over other evidence, collateral, time or keys than the admitting verdict's.
    error ChallengeMismatch(address node, bytes32 admitted, bytes32 given);

    // ---------------------------------------------------------------------------------------------
    // Events
    // ---------------------------------------------------------------------------------------------

    /// @dev A node joined (pending, or admitted at once for a genesis verifier). `caseEpoch` is the
    /// epoch whose seed draws its admission committee. Every key a verdict depends on is here and in
    /// the keysHash the join commits: verifiers and requesters judge these, never what the node serves.
    event Joined(
        address indexed node,
        uint8 role,
        uint8 tee,
        address enclaveKey,
        bytes32 sealingKey,
        bytes32 vrfKey,
        bytes32 signingKey,
        bytes32 runtimeMeasurement,
        bytes32 evidenceHash,
        string endpoint,
        uint256 stake,
        uint256 caseEpoch
    );
    /// @dev k of n verdicts of the join committee drawn on chain for `caseEpoch` (the epoch admit landed
    /// in; `committee` is its bitmap, `collateralHash` the one the verdict judged) admitted `node`; it is
    /// a candidate from `activeEpoch` = caseEpoch + DELAY_EPOCHS. A genesis verifier: digest, signers,
    /// committee and collateral zero.
    event Admitted(address indexed node, uint256 caseEpoch, bytes32 verdictDigest, uint256 signers, uint256 activeEpoch, uint256 committee, bytes32 collateralHash);
    /// @dev Stake was added; it counts from `effectiveEpoch`; `pendingStake` is the new pending total.
    event StakeAdded(address indexed node, uint256 amount, uint256 pendingStake, uint256 effectiveEpoch);
    /// @dev The node announced its leave: a candidate until `leaveEpoch`, paid out from `withdrawableAt`.
    event Left(address indexed node, uint256 leaveEpoch, uint256 withdrawableAt);
    /// @dev k of n verdicts removed `node` (failed re-verification or unresponsive); not slashed.
    event Removed(address indexed node, uint256 caseEpoch, bytes32 verdictDigest, uint256 signers, uint256 leaveEpoch);
    /// @dev The node's stake was paid out and its record deleted.
    event Withdrawn(address indexed node, uint256 amount);
    /// @dev `node` lost `amount`; `reward` went to `reporter`, the rest to the reserve. reason 1: enclave
    /// equivocation, 2: verdict equivocation, 3: signer of an overturned admission.
    event Slashed(address indexed node, uint8 reason, uint256 amount, address indexed reporter, uint256 reward);
    /// @dev A verifier committed to a seed contribution for `epoch + 1`.
    event SeedCommitted(address indexed verifier, uint256 epoch);
    /// @dev A verifier revealed its contribution to the seed of `seedEpoch`.
    event SeedRevealed(address indexed verifier, uint256 seedEpoch, bytes32 secret);
    /// @dev An unrevealed seed bond went to the reserve.
    event SeedBondForfeited(address indexed verifier, uint256 epoch);
    /// @dev A signer of `node`'s admitting verdict took its share of the join fee.
    event VerdictFeeClaimed(address indexed node, address indexed verifier, uint256 share);
    /// @dev A requester committed its task id for `epoch`.
    event TaskCommitted(address indexed requester, uint256 epoch, bytes32 taskId);
    /// @dev `challenger` bonded `bond` against `node`'s admitting verdict `verdictDigest`, signed by the
    /// slots of `signers`; the challenge committee is drawn on the seed of `caseEpoch` (kind "challenge").
    event ChallengeOpened(address indexed node, address indexed challenger, bytes32 verdictDigest, uint256 signers, uint256 caseEpoch, uint256 bond);
    /// @dev A larger committee overturned `node`'s admission: `slashed` (the signers' total stake) was
    /// taken, `reward` of it and the bond went to `challenger`.
    event ChallengeUpheld(address indexed node, address indexed challenger, bytes32 verdictDigest, uint256 signers, uint256 slashed, uint256 reward);
    /// @dev An unresolved challenge ended; its bond went to the reserve.
    event ChallengeExpired(address indexed node, address indexed challenger, uint256 bond);

    // ---------------------------------------------------------------------------------------------
    // Storage
    // ---------------------------------------------------------------------------------------------

    /// @dev node => slot A (see the contract's @dev).
    mapping(address node => uint256 packed) internal _nodeA;
    /// @dev node => slot B: enclaveKey | pendingStake << 160.
    mapping(address node => uint256 packed) internal _nodeB;
    /// @dev node => slot C: the join or admission commitment.
    mapping(address node => bytes32 commitment) internal _nodeC;
    /// @dev verifier slot index => its operator address (for reading committee bitmaps).
    mapping(uint256 index => address verifier) internal _verifierAt;
    /// @dev Addresses the deployer listed as genesis verifiers (admitted at join, once).
    mapping(address verifier => bool listed) internal _genesis;
    /// @dev verifier => `epoch uint32 | uint224(commitment) << 32` of its outstanding seed commitment.
    mapping(address verifier => uint256 packed) internal _seedCommits;
    /// @dev epoch => XOR of the secrets revealed for its seed (during the epoch before).
    mapping(uint256 epoch => bytes32 xored) internal _seedXor;
    /// @dev epoch => number of secrets revealed for its seed.
    mapping(uint256 epoch => uint256 count) internal _seedReveals;
    /// @dev keccak256(abi.encode(requester, epoch)) => task id.
    mapping(bytes32 key => bytes32 taskId) internal _tasks;
    /// @dev `reserve uint128 | held uint127 << 128 | 1 << 255`: `held` is what is owed to someone (seed
    /// bonds and join fees not yet claimed or settled); bit 255 stays set so the slot is never zero and a
    /// slash writes 2,900 gas of storage, not 20,000.
    uint256 internal _pool = 1 << 255;
    /// @dev Verifier slots given out so far.
    uint256 internal _verifierCount;
    /// @dev node => its open challenge (one at a time).
    mapping(address node => Challenge open) internal _challenges;
    /// @dev account => ETH credited to it (challengers' bonds and rewards), claimed with claimCredit (pull).
    mapping(address account => uint256 amount) internal _credits;
    /// @dev node => bitmap (by verifier slot) of the admitting verdict's signers that have claimed their fee
    /// share. Kept apart from slot C so that a claim never changes the admission commitment that a challenge
    /// or a removal names; deleted with the node's record.
    mapping(address node => uint256 claimed) internal _feeClaimed;
    /// @dev epoch => the verifiers' tickets in that epoch, written once during the epoch (RegistryDraw):
    /// word 0 `eligible uint16 | total uint32 << 16 | slots uint16 << 48 | 1 << 255`, word 1 + i / 16 the
    /// 16-bit tickets of slot i at bit 16 * (i % 16).
    mapping(uint256 epoch => uint256[17] packed) internal _tickets;

    // ---------------------------------------------------------------------------------------------
    // Constants
    // ---------------------------------------------------------------------------------------------

    /// @dev Node statuses.
    uint8 public constant STATUS_NONE = 0;
    uint8 public constant STATUS_PENDING = 1;
    uint8 public constant STATUS_ADMITTED = 2;
    uint8 public constant STATUS_LEAVING = 3;
    uint8 public constant STATUS_SLASHED = 4;
    /// @dev Roles.
    uint8 public constant ROLE_EXECUTOR = 1;
    uint8 public constant ROLE_VERIFIER = 2;
    /// @dev Slash reasons (the Slashed event's `reason`).
    uint8 public constant SLASH_ENCLAVE_EQUIVOCATION = 1;
    uint8 public constant SLASH_VERDICT_EQUIVOCATION = 2;
    uint8 public constant SLASH_OVERTURNED = 3;
    /// @dev Registry changes made in epoch e take effect in epoch e + DELAY_EPOCHS (after the seed of
    /// e + 1, revealed during e, is known).
    uint256 public constant DELAY_EPOCHS = 2;

    /// @dev keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")
    bytes32 internal constant _DOMAIN_TYPEHASH = 0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f;
    /// @dev keccak256("Airtnt Registry")
    bytes32 internal constant _NAME_HASH = keccak256("Airtnt Registry");
    /// @dev keccak256("1")
    bytes32 internal constant _VERSION_HASH = keccak256("1");
    /// @dev keccak256 of the Verdict type string (checked by the tests).
    bytes32 public constant VERDICT_TYPEHASH = keccak256(
        "Verdict(address node,uint64 epoch,uint256 committee,bytes32 evidenceHash,bytes32 collateralHash,bytes32 policyHash,uint64 time,bytes32 keysHash,bool pass)"
    );
    /// @dev keccak256("RoundRecord(bytes32 sessionId,uint64 round,bytes32 recordHash)")
    bytes32 public constant ROUND_RECORD_TYPEHASH = keccak256("RoundRecord(bytes32 sessionId,uint64 round,bytes32 recordHash)");
    uint256 internal constant _MASK_96 = (1 << 96) - 1;
    uint256 internal constant _MASK_32 = (1 << 32) - 1;
    uint256 internal constant _MASK_128 = (1 << 128) - 1;
    /// @dev Bit offsets in slot A.
    uint256 internal constant _STATUS_SHIFT = 96;
    uint256 internal constant _ROLE_SHIFT = 104;
    uint256 internal constant _TEE_SHIFT = 112;
    uint256 internal constant _INDEX_SHIFT = 120;
    uint256 internal constant _ACTIVE_SHIFT = 128;
    uint256 internal constant _LEAVE_SHIFT = 160;
    uint256 internal constant _JOIN_SHIFT = 192;
    uint256 internal constant _PENDING_EPOCH_SHIFT = 224;
    /// @dev Slot C: the low 16 bits hold the signer count (twice), the rest the commitment.
    uint256 internal constant _COUNTS_MASK = 0xffff;

    /// @dev Deployment time: epoch 0 starts here.
    uint256 public immutable GENESIS;
    /// @dev Seconds per epoch; the first half is the seed commit phase, the second the reveal phase.
    uint256 public immutable EPOCH_LENGTH;
    /// @dev Minimum stake, and the stake of one selection ticket.
    uint256 public immutable MIN_STAKE;
    /// @dev n: members of a verdict committee.
    uint256 public immutable COMMITTEE_SIZE;
    /// @dev k: verdicts needed to admit or remove.
    uint256 public immutable QUORUM;
    /// @dev Seconds between the start of the leave epoch and the payout.
    uint256 public immutable UNBONDING_DELAY;
    /// @dev Longest channel an admitted executor may accept (docs: executors refuse longer ones).
    uint256 public immutable MAX_CHANNEL_DURATION;
    /// @dev Time allowed to report a misbehaviour after a channel ends.
    uint256 public immutable CHALLENGE_WINDOW;
    /// @dev ETH bonded with each seed commitment, forfeited to the reserve if not revealed.
    uint256 public immutable SEED_BOND;
    /// @dev Share of a slashed stake paid to the reporter, in basis points.
    uint256 public immutable REPORTER_SHARE_BPS;
    /// @dev Paid with every join besides the stake; shared equally by the signers of the admitting verdict.
    uint256 public immutable JOIN_FEE;
    /// @dev keccak256 of the admission policy verifiers judge evidence against (docs/protocol.md).
    bytes32 public immutable POLICY_HASH;

    bytes32 internal immutable _CACHED_DOMAIN_SEPARATOR;
    uint256 internal immutable _CACHED_CHAIN_ID;

    // ---------------------------------------------------------------------------------------------
    // Constructor
    // ---------------------------------------------------------------------------------------------

    /// @param params epochLength, minStake, committeeSize, quorum, unbondingDelay, maxChannelDuration,
    /// challengeWindow, seedBond, reporterShareBps, joinFee (in this order).
    /// @param policyHash the admission policy's hash.
    /// @param genesisVerifiers addresses whose verifier join is admitted without verdicts (bootstrap).
    constructor(uint256[10] memory params, bytes32 policyHash, address[] memory genesisVerifiers) {
        if (params[0] < 2 || params[0] > _MASK_32) revert InvalidParameter("epochLength", params[0]);
        if (params[1] == 0 || params[1] > _MASK_96) revert InvalidParameter("minStake", params[1]);
        if (params[2] == 0 || params[2] > 255) revert InvalidParameter("committeeSize", params[2]);
        if (params[3] * 2 <= params[2] || params[3] > params[2]) revert InvalidParameter("quorum", params[3]);
        if (params[4] <= params[5] + params[6]) revert UnbondingTooShort(params[4], params[5] + params[6] + 1);
        if (params[8] > 10_000) revert InvalidParameter("reporterShareBps", params[8]);
        if (params[7] > _MASK_96) revert InvalidParameter("seedBond", params[7]);
        if (params[9] > _MASK_96) revert InvalidParameter("joinFee", params[9]);
        GENESIS = block.timestamp;
        EPOCH_LENGTH = params[0];
        MIN_STAKE = params[1];
        COMMITTEE_SIZE = params[2];
        QUORUM = params[3];
        UNBONDING_DELAY = params[4];
        MAX_CHANNEL_DURATION = params[5];
        CHALLENGE_WINDOW = params[6];
        SEED_BOND = params[7];
        REPORTER_SHARE_BPS = params[8];
        JOIN_FEE = params[9];
        POLICY_HASH = policyHash;
        for (uint256 i = 0; i < genesisVerifiers.length; ++i) _genesis[genesisVerifiers[i]] = true;
        _CACHED_CHAIN_ID = block.chainid;
        _CACHED_DOMAIN_SEPARATOR = _buildDomainSeparator();
    }


    // ---------------------------------------------------------------------------------------------
    // Shared helpers
    // ---------------------------------------------------------------------------------------------

    /// @notice The epoch of the current block: (block.timestamp - GENESIS) / EPOCH_LENGTH.
    function currentEpoch() public view returns (uint256) {
        return (block.timestamp - GENESIS) / EPOCH_LENGTH;
    }

    /// @notice The first second of `epoch`, also the pinned time of verdicts drawn in it.
    function epochStart(uint256 epoch) public view returns (uint256) {
        return GENESIS + epoch * EPOCH_LENGTH;
    }

    /// @dev A verifier admitted (or leaving after `epoch`) and a candidate in `epoch`.
    function _isActiveVerifier(uint256 a, uint256 epoch) internal pure returns (bool) {
        uint8 status = _status(a);
        uint256 leaveEpoch = (a >> _LEAVE_SHIFT) & _MASK_32;
        return _role(a) == ROLE_VERIFIER && (status == STATUS_ADMITTED || (status == STATUS_LEAVING && epoch < leaveEpoch))
            && ((a >> _ACTIVE_SHIFT) & _MASK_32) <= epoch && ((a >> _ACTIVE_SHIFT) & _MASK_32) != 0;
    }

    /// @dev Leaving from now: a candidate until leaveEpoch (pending nodes never were one).
    function _startLeave(address node, uint256 a) internal returns (uint256 leaveEpoch) {
        leaveEpoch = currentEpoch() + (_status(a) == STATUS_ADMITTED ? DELAY_EPOCHS : 0);
        _nodeA[node] = (a & ~(uint256(0xff) << _STATUS_SHIFT) & ~(_MASK_32 << _LEAVE_SHIFT))
            | (uint256(STATUS_LEAVING) << _STATUS_SHIFT) | (leaveEpoch << _LEAVE_SHIFT);
        emit Left(node, leaveEpoch, epochStart(leaveEpoch) + UNBONDING_DELAY);
    }

    /// @dev ecrecover of a 65-byte r || s || v signature, refusing high s, other v and the zero address.
    function _recover(bytes32 digest, bytes calldata signature) internal pure returns (address signer) {
        signer = Signatures.recover(digest, signature);
    }

    /// @dev Pays `amount` wei to `to`; skips zero.
    function _send(address to, uint256 amount) internal {
        if (amount == 0) return;
        // solhint-disable-next-line avoid-low-level-calls
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }

    function _status(uint256 a) internal pure returns (uint8) {
        return uint8(a >> _STATUS_SHIFT);
    }

    function _role(uint256 a) internal pure returns (uint8) {
        return uint8(a >> _ROLE_SHIFT);
    }

    function _domainSeparator() internal view virtual returns (bytes32) {
        return block.chainid == _CACHED_CHAIN_ID ? _CACHED_DOMAIN_SEPARATOR : _buildDomainSeparator();
    }

    function _buildDomainSeparator() internal view returns (bytes32) {
        return keccak256(abi.encode(_DOMAIN_TYPEHASH, _NAME_HASH, _VERSION_HASH, block.chainid, address(this)));
    }
}
