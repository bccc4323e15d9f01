// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// Amounts are not filter keys (only node and requester addresses are indexed), and the non-strict
// inequalities below are the protocol's rules (a phase starts at its first second). The structs are
// EIP-712 and view layouts (field order is the signed type's), and the long strings are type strings
// hashed at compile time.
// solhint-disable gas-indexed-events, gas-strict-inequalities, gas-struct-packing, gas-small-strings

/// @title AirtntRegistry
/// @notice The open network of airtnt: executors and verifiers join with ETH stake, an endpoint, their
/// enclave's secp256k1 signing key and sealing key, an ECVRF-EDWARDS25519 public key and their TEE
/// kind. A join is pending until k of the n verifiers drawn for it sign one EIP-712 `Verdict` that
/// admits it. Registry changes take effect two epochs later, so they are frozen before the seed of the
/// epoch they affect exists. Epoch seeds come from a commit-reveal among active verifiers (with a bond
/// forfeited by whoever does not reveal). Requesters commit one task id per epoch, two epochs ahead.
/// Provable misbehaviour is slashed with a reward to the reporter: an enclave key that signed two
/// different round records for one (session, round), or a verifier that signed two different verdicts
/// on the same inputs. An unresponsive or no longer trustworthy node is removed by k of n verdicts,
/// never slashed. Verifiers are paid for admissions from the joiner's JOIN_FEE: each signer of the
/// admitting verdict claims an equal share.
/// @dev Storage per node (keyed by its operator address):
/// - slot A: `stake uint96 | status uint8 | role uint8 | tee uint8 | index uint8 | activeEpoch uint32 |
///   leaveEpoch uint32 | joinEpoch uint32 | pendingEpoch uint32` (low to high bits);
/// - slot B: `enclaveKey address | pendingStake uint96`;
/// - slot C: `uint240(commitment) << 16 | signers uint8 << 8 | unclaimed uint8`: the commitment is
///   keccak256(abi.encode(evidenceHash, keysHash)) while pending (signers = unclaimed = 0), then
///   keccak256(abi.encode(verdictDigest, unclaimedSignersBitmap)) once admitted, with the number of
///   signers of the admitting verdict and how many of them have not claimed their fee share yet.
/// Everything else (endpoint, sealing and VRF keys, evidence hash) is in the `Joined` event only.
/// Deliberate deviations from common practice:
/// - the chain does not check that a verdict's committee bitmap is the committee the VRF drew (an
///   Ed25519 VRF costs over 1M gas on chain): every verdict signs the bitmap, verdicts from signers
///   outside it are refused, and every party recomputes the draw off chain from the published proofs
///   (docs/protocol.md, "Registry");
/// - at most 256 verifier slots, ever (a committee is a uint256 bitmap of slot indices), committees of
///   at most 255;
/// - fee shares are claimed (pull), not paid at admission, so admission writes no per-verifier storage;
///   a share not claimed before the node withdraws goes to the reserve;
/// - stake in ETH only; amounts below 2^96; epochs below 2^32;
/// - no reentrancy lock: every function writes all of its state before its one ETH transfer.
contract AirtntRegistry {
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
    /// @dev All 256 verifier slots were given out.
    error VerifierSlotsFull();
    /// @dev The node's status does not allow this call.
    error WrongStatus(address node, uint8 status);
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
    /// @dev Two "equivocating" records or verdicts that do not conflict (equal, or on other inputs).
    error NotConflicting();
    /// @dev A seed call outside its phase of the epoch (0 commit, 1 reveal).
    error OutsidePhase(uint256 phase, uint256 timestamp);
    /// @dev A seed commitment with another bond than SEED_BOND.
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
    /// @dev A fee claim by someone who is not an unclaimed signer of the node's admitting verdict (or
    /// with another digest or bitmap than the node's commitment).
    error NothingToClaim(address node, address claimant, uint256 index);

    // ---------------------------------------------------------------------------------------------
    // Events
    // ---------------------------------------------------------------------------------------------

    /// @dev A node joined (pending, or admitted at once for a genesis verifier). `caseEpoch` is the
    /// epoch whose seed draws its admission committee.
    event Joined(
        address indexed node,
        uint8 role,
        uint8 tee,
        address enclaveKey,
        bytes32 sealingKey,
        bytes32 vrfKey,
        bytes32 evidenceHash,
        string endpoint,
        uint256 stake,
        uint256 caseEpoch
    );
    /// @dev k of n verdicts admitted `node`; it is a candidate from `activeEpoch`.
    event Admitted(address indexed node, uint256 caseEpoch, bytes32 verdictDigest, uint256 signers, uint256 activeEpoch);
    /// @dev Stake was added; it counts from `effectiveEpoch`; `pendingStake` is the new pending total.
    event StakeAdded(address indexed node, uint256 amount, uint256 pendingStake, uint256 effectiveEpoch);
    /// @dev The node announced its leave: a candidate until `leaveEpoch`, paid out from `withdrawableAt`.
    event Left(address indexed node, uint256 leaveEpoch, uint256 withdrawableAt);
    /// @dev k of n verdicts removed `node` (failed re-verification or unresponsive); not slashed.
    event Removed(address indexed node, uint256 caseEpoch, bytes32 verdictDigest, uint256 signers, uint256 leaveEpoch);
    /// @dev The node's stake was paid out and its record deleted.
    event Withdrawn(address indexed node, uint256 amount);
    /// @dev `node` lost `amount`; `reward` went to `reporter`, the rest to the reserve. reason 1: enclave
    /// equivocation, 2: verdict equivocation.
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

    // ---------------------------------------------------------------------------------------------
    // Storage
    // ---------------------------------------------------------------------------------------------

    /// @dev node => slot A (see the contract's @dev).
    mapping(address node => uint256 packed) private _nodeA;
    /// @dev node => slot B: enclaveKey | pendingStake << 160.
    mapping(address node => uint256 packed) private _nodeB;
    /// @dev node => slot C: the join or admission commitment.
    mapping(address node => bytes32 commitment) private _nodeC;
    /// @dev verifier slot index => its operator address (for reading committee bitmaps).
    mapping(uint256 index => address verifier) private _verifierAt;
    /// @dev Addresses the deployer listed as genesis verifiers (admitted at join, once).
    mapping(address verifier => bool listed) private _genesis;
    /// @dev verifier => `epoch uint32 | uint224(commitment) << 32` of its outstanding seed commitment.
    mapping(address verifier => uint256 packed) private _seedCommits;
    /// @dev epoch => XOR of the secrets revealed for its seed (during the epoch before).
    mapping(uint256 epoch => bytes32 xored) private _seedXor;
    /// @dev epoch => number of secrets revealed for its seed.
    mapping(uint256 epoch => uint256 count) private _seedReveals;
    /// @dev keccak256(abi.encode(requester, epoch)) => task id.
    mapping(bytes32 key => bytes32 taskId) private _tasks;
    /// @dev `reserve uint128 | held uint127 << 128 | 1 << 255`: `held` is what is owed to someone (seed
    /// bonds and join fees not yet claimed or settled); bit 255 stays set so the slot is never zero and a
    /// slash writes 2,900 gas of storage, not 20,000.
    uint256 private _pool = 1 << 255;
    /// @dev Verifier slots given out so far.
    uint256 private _verifierCount;

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
    /// @dev Registry changes made in epoch e take effect in epoch e + DELAY_EPOCHS (after the seed of
    /// e + 1, revealed during e, is known).
    uint256 public constant DELAY_EPOCHS = 2;

    /// @dev keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")
    bytes32 private constant _DOMAIN_TYPEHASH = 0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f;
    /// @dev keccak256("Airtnt Registry")
    bytes32 private constant _NAME_HASH = keccak256("Airtnt Registry");
    /// @dev keccak256("1")
    bytes32 private constant _VERSION_HASH = keccak256("1");
    /// @dev keccak256 of the Verdict type string (checked by the tests).
    bytes32 public constant VERDICT_TYPEHASH = keccak256(
        "Verdict(address node,uint64 epoch,uint256 committee,bytes32 evidenceHash,bytes32 collateralHash,bytes32 policyHash,uint64 time,bytes32 keysHash,bool pass)"
    );
    /// @dev keccak256("RoundRecord(bytes32 sessionId,uint64 round,bytes32 recordHash)")
    bytes32 public constant ROUND_RECORD_TYPEHASH = keccak256("RoundRecord(bytes32 sessionId,uint64 round,bytes32 recordHash)");
    /// @dev secp256k1 n / 2: signatures with a larger s are the malleable twin of a valid one (EIP-2).
    uint256 private constant _HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
    uint256 private constant _MASK_96 = (1 << 96) - 1;
    uint256 private constant _MASK_32 = (1 << 32) - 1;
    uint256 private constant _MASK_128 = (1 << 128) - 1;
    /// @dev Bit offsets in slot A.
    uint256 private constant _STATUS_SHIFT = 96;
    uint256 private constant _ROLE_SHIFT = 104;
    uint256 private constant _TEE_SHIFT = 112;
    uint256 private constant _INDEX_SHIFT = 120;
    uint256 private constant _ACTIVE_SHIFT = 128;
    uint256 private constant _LEAVE_SHIFT = 160;
    uint256 private constant _JOIN_SHIFT = 192;
    uint256 private constant _PENDING_EPOCH_SHIFT = 224;
    /// @dev Slot C: the low 16 bits hold the signer counts, the rest the commitment.
    uint256 private constant _COUNTS_MASK = 0xffff;

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

    bytes32 private immutable _CACHED_DOMAIN_SEPARATOR;
    uint256 private immutable _CACHED_CHAIN_ID;

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
    // Joining, staking, leaving (msg.sender is the node's operator)
    // ---------------------------------------------------------------------------------------------

    /// @notice Registers the caller as an executor (role 1) or verifier (role 2) with msg.value - JOIN_FEE
    /// as stake.
    /// @param enclaveKey the enclave's secp256k1 signing address (signs round records).
    /// @param sealingKey the enclave's sealing (HPKE) public key.
    /// @param vrfKey the node's ECVRF-EDWARDS25519 public key (fixed for as long as it is registered).
    /// @param evidenceHash keccak256 of the attestation evidence the verifiers will fetch and judge.
    function join(
        uint8 role,
        uint8 tee,
        address enclaveKey,
        bytes32 sealingKey,
        bytes32 vrfKey,
        bytes32 evidenceHash,
        string calldata endpoint
    ) external payable {
        uint256 a = _nodeA[msg.sender];
        if (a != 0) revert AlreadyRegistered(msg.sender, _status(a));
        if (role != ROLE_EXECUTOR && role != ROLE_VERIFIER) revert InvalidRole(role);
        if (enclaveKey == address(0) || vrfKey == bytes32(0)) revert InvalidKey();
        if (bytes(endpoint).length == 0 || bytes(endpoint).length > 256) revert InvalidEndpoint(bytes(endpoint).length);
        if (msg.value < MIN_STAKE + JOIN_FEE || msg.value - JOIN_FEE > _MASK_96) revert InvalidStake(msg.value, MIN_STAKE + JOIN_FEE);
        uint256 stake = msg.value - JOIN_FEE;
        uint256 epoch = currentEpoch();
        uint256 index;
        if (role == ROLE_VERIFIER) {
            index = _verifierCount;
            if (index > 255) revert VerifierSlotsFull();
            _verifierCount = index + 1;
            _verifierAt[index] = msg.sender;
        }
        uint8 status = STATUS_PENDING;
        uint256 activeEpoch;
        if (role == ROLE_VERIFIER && _genesis[msg.sender]) {
            delete _genesis[msg.sender];
            status = STATUS_ADMITTED;
            activeEpoch = epoch + DELAY_EPOCHS;
        }
        _nodeA[msg.sender] = stake | (uint256(status) << _STATUS_SHIFT) | (uint256(role) << _ROLE_SHIFT)
            | (uint256(tee) << _TEE_SHIFT) | (index << _INDEX_SHIFT) | (activeEpoch << _ACTIVE_SHIFT) | (epoch << _JOIN_SHIFT);
        _nodeB[msg.sender] = uint256(uint160(enclaveKey));
        bytes32 keysHash = keccak256(abi.encode(enclaveKey, sealingKey, vrfKey));
        _nodeC[msg.sender] = bytes32(uint256(keccak256(abi.encode(evidenceHash, keysHash))) & ~_COUNTS_MASK);
        // The fee is held until signers claim it or the node withdraws; held < 2^127 (see commitSeed).
        if (JOIN_FEE != 0) {
            unchecked {
                _pool += JOIN_FEE << 128;
            }
        }
        emit Joined(msg.sender, role, tee, enclaveKey, sealingKey, vrfKey, evidenceHash, endpoint, stake, epoch + DELAY_EPOCHS);
        if (status == STATUS_ADMITTED) emit Admitted(msg.sender, epoch, bytes32(0), 0, activeEpoch);
    }

    /// @notice Adds msg.value to the caller's stake; it counts from two epochs on.
    function addStake() external payable {
        uint256 a = _nodeA[msg.sender];
        uint8 status = _status(a);
        if (status != STATUS_PENDING && status != STATUS_ADMITTED) revert WrongStatus(msg.sender, status);
        uint256 b = _nodeB[msg.sender];
        uint256 epoch = currentEpoch();
        // Pending stake whose epoch has come joins the stake first, so only one pending amount exists.
        (a, b) = _settle(a, b, epoch);
        uint256 pending = (b >> 160) + msg.value;
        if ((a & _MASK_96) + pending > _MASK_96) revert InvalidStake((a & _MASK_96) + pending, MIN_STAKE);
        uint256 effective = epoch + DELAY_EPOCHS;
        _nodeA[msg.sender] = (a & ~(_MASK_32 << _PENDING_EPOCH_SHIFT)) | (effective << _PENDING_EPOCH_SHIFT);
        _nodeB[msg.sender] = uint256(uint160(b)) | (pending << 160);
        emit StakeAdded(msg.sender, msg.value, pending, effective);
    }

    /// @notice Announces the caller's leave: it stays a candidate (and slashable) until it is paid out.
    function requestLeave() external {
        uint256 a = _nodeA[msg.sender];
        uint8 status = _status(a);
        if (status != STATUS_PENDING && status != STATUS_ADMITTED) revert WrongStatus(msg.sender, status);
        _startLeave(msg.sender, a);
    }

    /// @notice Pays out the caller's stake once the unbonding delay after its leave epoch has passed.
    function withdraw() external {
        uint256 a = _nodeA[msg.sender];
        uint8 status = _status(a);
        if (status != STATUS_LEAVING) revert WrongStatus(msg.sender, status);
        uint256 payoutAt = withdrawableAt(msg.sender);
        if (block.timestamp < payoutAt) revert StillUnbonding(msg.sender, payoutAt, block.timestamp);
        uint256 amount = (a & _MASK_96) + (_nodeB[msg.sender] >> 160);
        _settleFee(uint256(_nodeC[msg.sender]));
        delete _nodeA[msg.sender];
        delete _nodeB[msg.sender];
        delete _nodeC[msg.sender];
        emit Withdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    // ---------------------------------------------------------------------------------------------
    // Verdicts (anyone may submit them)
    // ---------------------------------------------------------------------------------------------

    /// @notice Admits a pending node with `signatures` of QUORUM or more committee members over one
    /// Verdict(node, caseEpoch, committee, evidenceHash, collateralHash, POLICY_HASH, epochStart(caseEpoch),
    /// keysHash, true), where caseEpoch = joinEpoch + DELAY_EPOCHS.
    /// @param signatures 65-byte signatures concatenated, in ascending order of the signers' slots.
    function admit(
        address node,
        bytes32 evidenceHash,
        bytes32 keysHash,
        bytes32 collateralHash,
        uint256 committee,
        bytes calldata signatures
    ) external {
        uint256 a = _nodeA[node];
        if (_status(a) != STATUS_PENDING) revert WrongStatus(node, _status(a));
        uint256 caseEpoch = ((a >> _JOIN_SHIFT) & _MASK_32) + DELAY_EPOCHS;
        uint256 epoch = currentEpoch();
        if (epoch < caseEpoch) revert CaseNotOpen(node, caseEpoch, epoch);
        bytes32 joined = bytes32(uint256(keccak256(abi.encode(evidenceHash, keysHash))) & ~_COUNTS_MASK);
        if (joined != _nodeC[node]) revert JoinMismatch(node, _nodeC[node], joined);
        bytes32 digest = verdictDigest(
            Verdict(node, uint64(caseEpoch), committee, evidenceHash, collateralHash, POLICY_HASH, uint64(epochStart(caseEpoch)), keysHash, true)
        );
        uint256 signers = _checkQuorum(digest, caseEpoch, committee, signatures);
        // count <= COMMITTEE_SIZE <= 255 (each signer is a distinct committee member): fits 8 bits.
        uint256 count = signatures.length / 65;
        uint256 activeEpoch = epoch + DELAY_EPOCHS;
        _nodeA[node] = (a & ~(uint256(0xff) << _STATUS_SHIFT) & ~(_MASK_32 << _ACTIVE_SHIFT))
            | (uint256(STATUS_ADMITTED) << _STATUS_SHIFT) | (activeEpoch << _ACTIVE_SHIFT);
        _nodeC[node] = bytes32((uint256(keccak256(abi.encode(digest, signers))) & ~_COUNTS_MASK) | (count << 8) | count);
        emit Admitted(node, caseEpoch, digest, signers, activeEpoch);
    }

    /// @notice Removes an admitted node (it failed re-verification against current collateral, or did
    /// not answer) with QUORUM signatures of the committee drawn for reviewing it in `verdict.epoch`
    /// over `verdict` with pass = false, with joinEpoch <= verdict.epoch <= currentEpoch. The node is not
    /// slashed: it leaves as if it had called requestLeave().
    function remove(Verdict calldata verdict, bytes calldata signatures) external {
        uint256 a = _nodeA[verdict.node];
        if (_status(a) != STATUS_ADMITTED) revert WrongStatus(verdict.node, _status(a));
        uint256 epoch = currentEpoch();
        // A review of this registration only: verdicts from before its join (an earlier registration of
        // the same address, removed then) cannot be replayed against it.
        uint256 joinEpoch = (a >> _JOIN_SHIFT) & _MASK_32;
        if (verdict.pass || verdict.epoch > epoch || verdict.epoch < joinEpoch || verdict.time != epochStart(verdict.epoch)) {
            revert VerdictOutOfCase(verdict.epoch, verdict.time, epoch, epochStart(verdict.epoch));
        }
        if (verdict.policyHash != POLICY_HASH) revert PolicyMismatch(verdict.policyHash, POLICY_HASH);
        bytes32 digest = verdictDigest(verdict);
        uint256 signers = _checkQuorum(digest, verdict.epoch, verdict.committee, signatures);
        uint256 leaveEpoch = _startLeave(verdict.node, a);
        emit Removed(verdict.node, verdict.epoch, digest, signers, leaveEpoch);
    }

    /// @notice A signer of `node`'s admitting verdict takes its share, JOIN_FEE / signers, of the join fee.
    /// @param digest the admitting verdict's digest (the Admitted event's `verdictDigest`).
    /// @param unclaimed the signers that have not claimed yet: the Admitted event's `signers` minus
    /// those of earlier VerdictFeeClaimed events.
    /// @param index the caller's verifier slot.
    function claimVerdictFee(address node, bytes32 digest, uint256 unclaimed, uint256 index) external {
        uint256 c = uint256(_nodeC[node]);
        uint256 signers = (c >> 8) & 0xff;
        if (
            signers == 0 || index > 255 || _verifierAt[index] != msg.sender || (unclaimed >> index) & 1 == 0
                || (uint256(keccak256(abi.encode(digest, unclaimed))) & ~_COUNTS_MASK) != c & ~_COUNTS_MASK
        ) revert NothingToClaim(node, msg.sender, index);
        uint256 share = JOIN_FEE / signers;
        // The bit is set, so the unclaimed count (bits 0..7) is at least 1 and decrements without borrow.
        unchecked {
            _nodeC[node] = bytes32(
                (uint256(keccak256(abi.encode(digest, unclaimed & ~(1 << index)))) & ~_COUNTS_MASK) | (c & 0xff00) | ((c & 0xff) - 1)
            );
            // `held` holds this node's whole fee until it is claimed or settled: share <= what is left of it.
            _pool -= share << 128;
        }
        emit VerdictFeeClaimed(node, msg.sender, share);
        _send(msg.sender, share);
    }

    // ---------------------------------------------------------------------------------------------
    // Slashing (anyone may report; the reporter gets REPORTER_SHARE_BPS of the stake)
    // ---------------------------------------------------------------------------------------------

    /// @notice Slashes `node` whose registered enclave key signed two different round records for the
    /// same session and round (a forked or rolled-back enclave: honest enclave code never does this).
    /// @param signatureA 65 bytes over RoundRecord(sessionId, round, recordA); likewise signatureB.
    function slashEquivocation(
        address node,
        bytes32 sessionId,
        uint64 round,
        bytes32 recordA,
        bytes calldata signatureA,
        bytes32 recordB,
        bytes calldata signatureB
    ) external {
        if (recordA == recordB) revert NotConflicting();
        uint256 a = _nodeA[node];
        uint8 status = _status(a);
        if (status == STATUS_NONE || status == STATUS_SLASHED) revert WrongStatus(node, status);
        uint256 b = _nodeB[node];
        address enclaveKey = address(uint160(b));
        address signer = _recover(recordDigest(sessionId, round, recordA), signatureA);
        if (signer != enclaveKey) revert SignerMismatch(signer, enclaveKey);
        signer = _recover(recordDigest(sessionId, round, recordB), signatureB);
        if (signer != enclaveKey) revert SignerMismatch(signer, enclaveKey);
        _slash(node, a, b, SLASH_ENCLAVE_EQUIVOCATION);
    }

    /// @notice Slashes `verifier` for two signed verdicts that judged the same inputs (node, evidence,
    /// collateral, policy, time) and differ in anything else: verdicts are deterministic on their inputs.
    function slashVerdictEquivocation(
        address verifier,
        Verdict calldata verdictA,
        bytes calldata signatureA,
        Verdict calldata verdictB,
        bytes calldata signatureB
    ) external {
        bytes32 digestA = verdictDigest(verdictA);
        bytes32 digestB = verdictDigest(verdictB);
        if (
            digestA == digestB || verdictA.node != verdictB.node || verdictA.evidenceHash != verdictB.evidenceHash
                || verdictA.collateralHash != verdictB.collateralHash || verdictA.policyHash != verdictB.policyHash
                || verdictA.time != verdictB.time
        ) revert NotConflicting();
        uint256 a = _nodeA[verifier];
        uint8 status = _status(a);
        if (status == STATUS_NONE || status == STATUS_SLASHED || _role(a) != ROLE_VERIFIER) revert WrongStatus(verifier, status);
        address signer = _recover(digestA, signatureA);
        if (signer != verifier) revert SignerMismatch(signer, verifier);
        signer = _recover(digestB, signatureB);
        if (signer != verifier) revert SignerMismatch(signer, verifier);
        _slash(verifier, a, _nodeB[verifier], SLASH_VERDICT_EQUIVOCATION);
    }

    // ---------------------------------------------------------------------------------------------
    // Epoch seeds (commit-reveal among verifiers active in the epoch) and task commitments
    // ---------------------------------------------------------------------------------------------

    /// @notice In the first half of an epoch, an active verifier commits
    /// keccak256(abi.encode(verifier, secret)) for the seed of the next epoch, bonding SEED_BOND.
    function commitSeed(bytes32 commitment) external payable {
        uint256 epoch = currentEpoch();
        if (block.timestamp >= epochStart(epoch) + EPOCH_LENGTH / 2) revert OutsidePhase(0, block.timestamp);
        if (msg.value != SEED_BOND) revert ValueMismatch(msg.value, SEED_BOND);
        if (!_isActiveVerifier(_nodeA[msg.sender], epoch)) revert VerifierNotActive(msg.sender, epoch);
        uint256 previous = _seedCommits[msg.sender];
        if (previous != 0) revert BondOutstanding(msg.sender, previous & _MASK_32);
        _seedCommits[msg.sender] = epoch | (uint256(commitment) >> 32 << 32);
        // bondsHeld < 2^127: each bond is < 2^96 wei and ETH supply is far below 2^127 wei.
        unchecked {
            _pool += SEED_BOND << 128;
        }
        emit SeedCommitted(msg.sender, epoch);
    }

    /// @notice In the second half of the same epoch, opens the commitment: `secret` is XORed into the
    /// next epoch's seed and the bond is returned.
    function revealSeed(bytes32 secret) external {
        uint256 epoch = currentEpoch();
        if (block.timestamp < epochStart(epoch) + EPOCH_LENGTH / 2) revert OutsidePhase(1, block.timestamp);
        uint256 packed = _seedCommits[msg.sender];
        if (packed == 0 || (packed & _MASK_32) != epoch || (packed >> 32) != (uint256(keccak256(abi.encode(msg.sender, secret))) >> 32)) {
            revert RevealMismatch(msg.sender, epoch);
        }
        delete _seedCommits[msg.sender];
        _seedXor[epoch + 1] ^= secret;
        // At most one reveal per verifier per epoch: the count stays below 2^256.
        unchecked {
            ++_seedReveals[epoch + 1];
            // The bond was added to bondsHeld by commitSeed: no underflow.
            _pool -= SEED_BOND << 128;
        }
        emit SeedRevealed(msg.sender, epoch + 1, secret);
        _send(msg.sender, SEED_BOND);
    }

    /// @notice After its epoch, an unrevealed seed bond goes to the reserve (anyone may call this; the
    /// verifier itself must before it can commit again).
    function forfeitSeedBond(address verifier) external {
        uint256 packed = _seedCommits[verifier];
        if (packed == 0 || (packed & _MASK_32) >= currentEpoch()) revert NothingToForfeit(verifier);
        delete _seedCommits[verifier];
        // Moves SEED_BOND from bondsHeld to reserve; both stay far below 2^127 (see commitSeed).
        unchecked {
            _pool = _pool - (SEED_BOND << 128) + SEED_BOND;
        }
        emit SeedBondForfeited(verifier, packed & _MASK_32);
    }

    /// @notice Commits the caller's one task id for epoch currentEpoch() + 2, before that epoch's seed
    /// exists: taskId = keccak256(abi.encode(requester, epoch, salt)).
    function commitTask(bytes32 salt) external returns (bytes32 taskId, uint256 epoch) {
        epoch = currentEpoch() + DELAY_EPOCHS;
        bytes32 key = keccak256(abi.encode(msg.sender, epoch));
        bytes32 existing = _tasks[key];
        if (existing != bytes32(0)) revert TaskAlreadyCommitted(msg.sender, epoch, existing);
        taskId = keccak256(abi.encode(msg.sender, epoch, salt));
        _tasks[key] = taskId;
        emit TaskCommitted(msg.sender, epoch, taskId);
    }

    // ---------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------

    /// @notice The epoch of the current block: (block.timestamp - GENESIS) / EPOCH_LENGTH.
    function currentEpoch() public view returns (uint256) {
        return (block.timestamp - GENESIS) / EPOCH_LENGTH;
    }

    /// @notice The first second of `epoch`, also the pinned time of verdicts drawn in it.
    function epochStart(uint256 epoch) public view returns (uint256) {
        return GENESIS + epoch * EPOCH_LENGTH;
    }

    /// @notice The seed of an epoch that has begun: keccak256(abi.encode(chainId, registry, epoch, xor of
    /// the secrets revealed during epoch - 1)), with the number of reveals (0: predictable, do not use).
    function epochSeed(uint256 epoch) external view returns (bytes32 seed, uint256 reveals) {
        uint256 current = currentEpoch();
        if (epoch > current) revert SeedNotFinal(epoch, current);
        seed = keccak256(abi.encode(block.chainid, address(this), epoch, _seedXor[epoch]));
        reveals = _seedReveals[epoch];
    }

    /// @notice The task id `requester` committed for `epoch` (zero if none).
    function taskOf(address requester, uint256 epoch) external view returns (bytes32) {
        return _tasks[keccak256(abi.encode(requester, epoch))];
    }

    /// @notice A node's record (all zero if unknown).
    function nodeOf(address node) external view returns (NodeInfo memory info) {
        uint256 a = _nodeA[node];
        uint256 b = _nodeB[node];
        info.stake = a & _MASK_96;
        info.status = _status(a);
        info.role = _role(a);
        info.tee = uint8(a >> _TEE_SHIFT);
        info.index = uint8(a >> _INDEX_SHIFT);
        info.activeEpoch = (a >> _ACTIVE_SHIFT) & _MASK_32;
        info.leaveEpoch = (a >> _LEAVE_SHIFT) & _MASK_32;
        info.joinEpoch = (a >> _JOIN_SHIFT) & _MASK_32;
        info.pendingEpoch = a >> _PENDING_EPOCH_SHIFT;
        info.enclaveKey = address(uint160(b));
        info.pendingStake = b >> 160;
        info.commitment = _nodeC[node];
    }

    /// @notice A node's stake counted in `epoch` (pending stake counts from its effective epoch).
    function stakeAt(address node, uint256 epoch) external view returns (uint256) {
        uint256 a = _nodeA[node];
        uint256 stake = a & _MASK_96;
        uint256 pendingEpoch = a >> _PENDING_EPOCH_SHIFT;
        if (pendingEpoch != 0 && epoch >= pendingEpoch) stake += _nodeB[node] >> 160;
        return stake;
    }

    /// @notice When a leaving node can withdraw: epochStart(leaveEpoch) + UNBONDING_DELAY.
    function withdrawableAt(address node) public view returns (uint256) {
        return epochStart((_nodeA[node] >> _LEAVE_SHIFT) & _MASK_32) + UNBONDING_DELAY;
    }

    /// @notice The operator of verifier slot `index`, and the number of slots given out.
    function verifierAt(uint256 index) external view returns (address verifier, uint256 count) {
        return (_verifierAt[index], _verifierCount);
    }

    /// @notice Slashed, forfeited and unclaimed ETH kept by the registry, and what it holds for others
    /// (seed bonds, join fees not claimed or settled yet).
    function pool() external view returns (uint256 reserve, uint256 held) {
        uint256 packed = _pool;
        return (packed & _MASK_128, (packed >> 128) & (_MASK_128 >> 1));
    }

    /// @notice The EIP-712 digest of a verdict (what a verifier signs).
    function verdictDigest(Verdict memory v) public view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                VERDICT_TYPEHASH, v.node, v.epoch, v.committee, v.evidenceHash, v.collateralHash, v.policyHash, v.time, v.keysHash, v.pass
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", _domainSeparator(), structHash));
    }

    /// @notice The EIP-712 digest of a round record (what an enclave key signs for every round).
    function recordDigest(bytes32 sessionId, uint64 round, bytes32 recordHash) public view returns (bytes32) {
        bytes32 structHash = keccak256(abi.encode(ROUND_RECORD_TYPEHASH, sessionId, round, recordHash));
        return keccak256(abi.encodePacked("\x19\x01", _domainSeparator(), structHash));
    }

    /// @notice The EIP-712 domain separator of this contract on this chain.
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparator();
    }

    // ---------------------------------------------------------------------------------------------
    // Internal
    // ---------------------------------------------------------------------------------------------

    /// @dev Checks QUORUM or more signatures over `digest` by distinct verifiers active in `epoch` whose
    /// slots are in `committee` (of exactly COMMITTEE_SIZE members); returns the signers' bitmap.
    function _checkQuorum(bytes32 digest, uint256 epoch, uint256 committee, bytes calldata signatures)
        private
        view
        returns (uint256 signers)
    {
        uint256 size = _popcount(committee);
        if (size != COMMITTEE_SIZE) revert CommitteeSizeMismatch(size, COMMITTEE_SIZE);
        uint256 count = signatures.length / 65;
        if (count < QUORUM || signatures.length % 65 != 0) revert QuorumNotReached(count, QUORUM);
        uint256 previous;
        for (uint256 i = 0; i < count; ++i) {
            address signer = _recover(digest, signatures[i * 65:i * 65 + 65]);
            uint256 a = _nodeA[signer];
            if (!_isActiveVerifier(a, epoch)) revert VerifierNotActive(signer, epoch);
            uint256 index = (a >> _INDEX_SHIFT) & 0xff;
            if ((committee >> index) & 1 == 0) revert VerifierNotDrawn(signer, index);
            // Ascending slots: a signer cannot be counted twice (index + 1 > previous + 1 once seen).
            if (i != 0 && index <= previous) revert SignersNotAscending(index, previous);
            previous = index;
            signers |= 1 << index;
        }
    }

    /// @dev A verifier admitted (or leaving after `epoch`) and a candidate in `epoch`.
    function _isActiveVerifier(uint256 a, uint256 epoch) private pure returns (bool) {
        uint8 status = _status(a);
        uint256 leaveEpoch = (a >> _LEAVE_SHIFT) & _MASK_32;
        return _role(a) == ROLE_VERIFIER && (status == STATUS_ADMITTED || (status == STATUS_LEAVING && epoch < leaveEpoch))
            && ((a >> _ACTIVE_SHIFT) & _MASK_32) <= epoch && ((a >> _ACTIVE_SHIFT) & _MASK_32) != 0;
    }

    /// @dev Leaving from now: a candidate until leaveEpoch (pending nodes never were one).
    function _startLeave(address node, uint256 a) private returns (uint256 leaveEpoch) {
        leaveEpoch = currentEpoch() + (_status(a) == STATUS_ADMITTED ? DELAY_EPOCHS : 0);
        _nodeA[node] = (a & ~(uint256(0xff) << _STATUS_SHIFT) & ~(_MASK_32 << _LEAVE_SHIFT))
            | (uint256(STATUS_LEAVING) << _STATUS_SHIFT) | (leaveEpoch << _LEAVE_SHIFT);
        emit Left(node, leaveEpoch, epochStart(leaveEpoch) + UNBONDING_DELAY);
    }

    /// @dev At withdrawal: what is left of the node's join fee (all of it if no verdict admitted it; else
    /// the unclaimed shares and the rounding dust) moves from `held` to the reserve.
    function _settleFee(uint256 c) private {
        if (JOIN_FEE == 0) return;
        uint256 signers = (c >> 8) & 0xff;
        uint256 left = JOIN_FEE;
        // claimed shares = (signers - unclaimed) * (JOIN_FEE / signers) <= JOIN_FEE; both fields of
        // slot C only ever decrease from `signers`, so there is no underflow.
        unchecked {
            if (signers != 0) left = JOIN_FEE - (signers - (c & 0xff)) * (JOIN_FEE / signers);
            _pool = _pool - (left << 128) + left;
        }
    }

    /// @dev Moves pending stake into the stake once its epoch has come.
    function _settle(uint256 a, uint256 b, uint256 epoch) private pure returns (uint256, uint256) {
        uint256 pendingEpoch = a >> _PENDING_EPOCH_SHIFT;
        if (pendingEpoch == 0 || epoch < pendingEpoch) return (a, b);
        // stake + pending < 2^96 was checked when the pending stake was added.
        unchecked {
            a = ((a & ~_MASK_96) | ((a & _MASK_96) + (b >> 160))) & ~(_MASK_32 << _PENDING_EPOCH_SHIFT);
        }
        return (a, uint256(uint160(b)));
    }

    /// @dev Takes all of the node's stake: the reporter's share to msg.sender, the rest to the reserve.
    function _slash(address node, uint256 a, uint256 b, uint8 reason) private {
        uint256 amount = (a & _MASK_96) + (b >> 160);
        uint256 reward = amount * REPORTER_SHARE_BPS / 10_000;
        _nodeA[node] = (a & ~_MASK_96 & ~(uint256(0xff) << _STATUS_SHIFT)) | (uint256(STATUS_SLASHED) << _STATUS_SHIFT);
        if (b >> 160 != 0) _nodeB[node] = uint256(uint160(b));
        // reserve < 2^128: it only ever holds stake and bonds, each below 2^96, of far fewer than 2^32 nodes.
        unchecked {
            _pool += amount - reward;
        }
        emit Slashed(node, reason, amount, msg.sender, reward);
        _send(msg.sender, reward);
    }

    /// @dev ecrecover of a 65-byte r || s || v signature, refusing high s, other v and the zero address.
    function _recover(bytes32 digest, bytes calldata signature) private pure returns (address signer) {
        if (signature.length != 65) revert InvalidSignature();
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        if (uint256(s) > _HALF_N || (v != 27 && v != 28)) revert InvalidSignature();
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert InvalidSignature();
    }

    /// @dev Pays `amount` wei to `to`; skips zero.
    function _send(address to, uint256 amount) private {
        if (amount == 0) return;
        // solhint-disable-next-line avoid-low-level-calls
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }

    /// @dev The number of set bits (committee members) of a bitmap.
    function _popcount(uint256 x) private pure returns (uint256 count) {
        while (x != 0) {
            x &= x - 1;
            ++count;
        }
    }

    function _status(uint256 a) private pure returns (uint8) {
        return uint8(a >> _STATUS_SHIFT);
    }

    function _role(uint256 a) private pure returns (uint8) {
        return uint8(a >> _ROLE_SHIFT);
    }

    function _domainSeparator() private view returns (bytes32) {
        return block.chainid == _CACHED_CHAIN_ID ? _CACHED_DOMAIN_SEPARATOR : _buildDomainSeparator();
    }

    function _buildDomainSeparator() private view returns (bytes32) {
        return keccak256(abi.encode(_DOMAIN_TYPEHASH, _NAME_HASH, _VERSION_HASH, block.chainid, address(this)));
    }
}
