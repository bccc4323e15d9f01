// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// The non-strict inequalities below are the protocol's rules (a phase starts at its first second).
// solhint-disable gas-strict-inequalities

import {RegistryStorage} from "./registry/RegistryStorage.sol";
import {RegistrySeeds} from "./registry/RegistrySeeds.sol";
import {RegistrySlashing} from "./registry/RegistrySlashing.sol";
import {RegistryChallenges} from "./registry/RegistryChallenges.sol";
import {RegistryDraw} from "./registry/RegistryDraw.sol";

/// @title AirtntRegistry
/// @notice The open network of airtnt: executors and verifiers join with ETH stake, an endpoint, their
/// enclave's secp256k1 signing key and sealing key, an ECVRF-EDWARDS25519 public key and their TEE
/// kind. A join is pending until k of the n verifiers drawn for it sign one EIP-712 `Verdict` that
/// admits it. Registry changes take effect two epochs later, so they are frozen before the seed of the
/// epoch they affect exists. Epoch seeds come from a commit-reveal among active verifiers (with a bond
/// forfeited by whoever does not reveal). Requesters commit one task id per epoch, two epochs ahead.
/// Provable misbehaviour is slashed with a reward to the reporter: an enclave key that signed two
/// different round records for one (session, round), a verifier that signed opposite verdicts on
/// the same inputs of one case epoch, and every signer of an admission that a larger committee
/// overturned (a challenge). An unresponsive or no longer trustworthy node is removed by k of n verdicts,
/// never slashed. Verifiers are paid for admissions from the joiner's JOIN_FEE: each signer of the
/// admitting verdict claims an equal share.
/// @dev Storage per node (keyed by its operator address):
/// - slot A: `stake uint96 | status uint8 | role uint8 | tee uint8 | index uint8 | activeEpoch uint32 |
///   leaveEpoch uint32 | joinEpoch uint32 | pendingEpoch uint32` (low to high bits);
/// - slot B: `enclaveKey address | pendingStake uint96`;
/// - slot C: `uint240(commitment) << 16 | signers uint8 << 8 | signers uint8`: the commitment is
///   keccak256(abi.encode(evidenceHash, keysHash)) while pending (counts 0), then
///   keccak256(abi.encode(verdictDigest, signersBitmap)) once admitted, with the number of signers of the
///   admitting verdict (written twice at admission; the low byte is not used after). Fixed from admission
///   on: fee claims do not change it (they are recorded in `_feeClaimed`), so a claim cannot invalidate
///   the inputs a challenge or a removal names.
/// Everything else (endpoint, sealing, VRF and enclave signing keys, runtime measurement, evidence hash)
/// is in the `Joined` event only; keysHash = keccak256(abi.encode(enclaveKey, sealingKey, vrfKey,
/// signingKey, runtimeMeasurement)).
/// Deliberate deviations from common practice:
/// - every verdict committee (join, review, challenge) is drawn ON CHAIN, stake-weighted from the case
///   seed with no VRF (an Ed25519 VRF costs over 1M gas on chain; RegistryDraw), from the tickets recorded
///   in the epoch the verdict is checked in; a verdict naming another bitmap is refused. The VRF selects
///   executors per task off chain only;
/// - at most 256 verifier slots, ever (a committee is a uint256 bitmap of slot indices), committees of
///   at most 255; a verifier gets its slot when it is admitted (a genesis verifier at join), so a pending
///   verifier holds none (its index field is 0 and means nothing until then);
/// - fee shares are claimed (pull), not paid at admission, so admission writes no per-verifier storage;
///   a share not claimed before the node withdraws goes to the reserve;
/// - stake in ETH only; amounts below 2^96; epochs below 2^32;
/// - no reentrancy lock: every function writes all of its state before its one ETH transfer.
/// Parts (contracts/registry/): RegistryStorage (types, errors, events, layout, parameters),
/// RegistryVerdicts (EIP-712, the k-of-n committee check), RegistrySeeds (commit-reveal seeds, task ids),
/// RegistrySlashing (equivocation slashes), RegistryChallenges (admissions overturned by a larger committee).
contract AirtntRegistry is RegistrySeeds, RegistrySlashing, RegistryDraw {
    /// @dev The challenge module (RegistryChallenges: openChallenge, resolveChallenge, expireChallenge,
    /// claimCredit, creditOf, challengeOf, challengeCommittee, challengeDeadline), deployed with this registry and run on its storage. Not public: a
    /// getter is one more selector every call's dispatch compares (22 gas on each registry call).
    address internal immutable _CHALLENGES;

    /// @param params epochLength, minStake, committeeSize, quorum, unbondingDelay, maxChannelDuration,
    /// challengeWindow, seedBond, reporterShareBps, joinFee (in this order).
    /// @param policyHash the admission policy's hash.
    /// @param genesisVerifiers addresses whose verifier join is admitted without verdicts (bootstrap).
    constructor(uint256[10] memory params, bytes32 policyHash, address[] memory genesisVerifiers)
        RegistryStorage(params, policyHash, genesisVerifiers)
    {
        _CHALLENGES = address(new RegistryChallenges(params, policyHash));
    }

    /// @notice A plain transfer is refused: ether comes in only with a call that says what it is for
    /// (stake, join fee, seed bond, challenge stake), each checking its own value.
    receive() external payable {
        revert ValueMismatch(msg.value, 0);
    }

    /// @notice Calls of the challenge functions run the challenge module's code on this registry's
    /// storage and balance (DELEGATECALL); any other unknown call reverts there.
    // solhint-disable-next-line no-complex-fallback
    fallback() external payable {
        address module = _CHALLENGES;
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            // Scratch use of the free memory: the call ends here either way.
            let ptr := mload(0x40)
            calldatacopy(ptr, 0, calldatasize())
            let ok := delegatecall(gas(), module, ptr, calldatasize(), 0, 0)
            returndatacopy(ptr, 0, returndatasize())
            if iszero(ok) { revert(ptr, returndatasize()) }
            return(ptr, returndatasize())
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Joining, staking, leaving (msg.sender is the node's operator)
    // ---------------------------------------------------------------------------------------------

    /// @notice Registers the caller as an executor (role 1) or verifier (role 2) with msg.value - JOIN_FEE
    /// as stake.
    /// @param enclaveKey the enclave's secp256k1 signing address (signs round records).
    /// @param sealingKey the enclave's sealing (HPKE) public key.
    /// @param vrfKey the node's ECVRF-EDWARDS25519 public key (fixed for as long as it is registered).
    /// @param signingKey the enclave's Ed25519 signing public key (signs session records).
    /// @param runtimeMeasurement the enclave runtime's measurement its evidence binds.
    /// @param evidenceHash keccak256 of the attestation evidence the verifiers will fetch and judge.
    function join(
        uint8 role,
        uint8 tee,
        address enclaveKey,
        bytes32 sealingKey,
        bytes32 vrfKey,
        bytes32 signingKey,
        bytes32 runtimeMeasurement,
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
        uint8 status = STATUS_PENDING;
        uint256 activeEpoch;
        if (role == ROLE_VERIFIER) {
            // Slots are never freed: once all are given out no verifier can be admitted, so its fee is not taken.
            if (_verifierCount > 255) revert VerifierSlotsFull();
            // A verifier gets its slot at admission (here only a genesis one): a pending join holds none, so
            // joins that are never admitted cannot use the slots up.
            if (_genesis[msg.sender]) {
                delete _genesis[msg.sender];
                status = STATUS_ADMITTED;
                activeEpoch = epoch + DELAY_EPOCHS;
                index = _takeSlot(msg.sender);
            }
        }
        _nodeA[msg.sender] = stake | (uint256(status) << _STATUS_SHIFT) | (uint256(role) << _ROLE_SHIFT)
            | (uint256(tee) << _TEE_SHIFT) | (index << _INDEX_SHIFT) | (activeEpoch << _ACTIVE_SHIFT) | (epoch << _JOIN_SHIFT);
        _nodeB[msg.sender] = uint256(uint160(enclaveKey));
        // Everything a verdict depends on besides the evidence, collateral, policy and time: a verdict
        // names this hash, so a node cannot make a verifier judge other keys than it committed to.
        bytes32 keysHash = keccak256(abi.encode(enclaveKey, sealingKey, vrfKey, signingKey, runtimeMeasurement));
        _nodeC[msg.sender] = bytes32(uint256(keccak256(abi.encode(evidenceHash, keysHash))) & ~_COUNTS_MASK);
        // The fee is held until signers claim it or the node withdraws; held < 2^127 (see commitSeed).
        if (JOIN_FEE != 0) {
            unchecked {
                _pool += JOIN_FEE << 128;
            }
        }
        emit Joined(
            msg.sender, role, tee, enclaveKey, sealingKey, vrfKey, signingKey, runtimeMeasurement, evidenceHash, endpoint, stake, epoch + DELAY_EPOCHS
        );
        if (status == STATUS_ADMITTED) emit Admitted(msg.sender, epoch, bytes32(0), 0, activeEpoch, 0, bytes32(0));
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
        // Stake still pending keeps its epoch: re-dating it would let a node take stake out of an epoch whose
        // seed is already known (and so steer that epoch's draws). Add more once it has landed.
        if (b >> 160 != 0) revert StakeStillPending(msg.sender, a >> _PENDING_EPOCH_SHIFT, epoch);
        uint256 pending = msg.value;
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
        uint256 claimed = _feeClaimed[msg.sender];
        _settleFee(uint256(_nodeC[msg.sender]), claimed);
        delete _nodeA[msg.sender];
        delete _nodeB[msg.sender];
        delete _nodeC[msg.sender];
        if (claimed != 0) delete _feeClaimed[msg.sender];
        emit Withdrawn(msg.sender, amount);
        _send(msg.sender, amount);
    }

    // ---------------------------------------------------------------------------------------------
    // Verdicts (anyone may submit them)
    // ---------------------------------------------------------------------------------------------

    /// @notice Admits a pending node with `signatures` of QUORUM or more members of the join committee
    /// drawn ON CHAIN for ("join", node, currentEpoch()) (`joinCommittee`) over one Verdict(node, caseEpoch,
    /// committee, evidenceHash, collateralHash, POLICY_HASH, epochStart(caseEpoch), keysHash, true), where
    /// caseEpoch is the epoch this call lands in, at least joinEpoch + DELAY_EPOCHS. The committee is drawn
    /// from that epoch's recorded tickets (RegistryDraw), so it is checked against data of the epoch it is
    /// checked in; a verdict of an earlier epoch is signed again by the new epoch's committee. A verifier
    /// gets the next verifier slot here; with all 256 given out its admission reverts VerifierSlotsFull.
    /// @param committee the drawn committee's bitmap: any other is refused (JoinCommitteeMismatch).
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
        // Checked first, so a refused admission moves nothing (the verifier can still leave and withdraw).
        if (_role(a) == ROLE_VERIFIER && _verifierCount > 255) revert VerifierSlotsFull();
        uint256 epoch = currentEpoch();
        uint256 openEpoch = ((a >> _JOIN_SHIFT) & _MASK_32) + DELAY_EPOCHS;
        if (epoch < openEpoch) revert CaseNotOpen(node, openEpoch, epoch);
        bytes32 joined = bytes32(uint256(keccak256(abi.encode(evidenceHash, keysHash))) & ~_COUNTS_MASK);
        if (joined != _nodeC[node]) revert JoinMismatch(node, _nodeC[node], joined);
        _recordTickets(epoch);
        uint256 drawn = _drawJoin(node, epoch);
        if (committee != drawn) revert JoinCommitteeMismatch(node, committee, drawn);
        bytes32 digest = verdictDigest(
            Verdict(node, uint64(epoch), committee, evidenceHash, collateralHash, POLICY_HASH, uint64(epochStart(epoch)), keysHash, true)
        );
        uint256 signers = _checkQuorum(digest, epoch, committee, signatures);
        // count <= COMMITTEE_SIZE <= 255 (each signer is a distinct committee member): fits 8 bits.
        uint256 count = signatures.length / 65;
        uint256 activeEpoch = epoch + DELAY_EPOCHS;
        // A verifier's slot index is 0 in its record until now (the field is written once, here).
        if (_role(a) == ROLE_VERIFIER) a |= _takeSlot(node) << _INDEX_SHIFT;
        _nodeA[node] = (a & ~(uint256(0xff) << _STATUS_SHIFT) & ~(_MASK_32 << _ACTIVE_SHIFT))
            | (uint256(STATUS_ADMITTED) << _STATUS_SHIFT) | (activeEpoch << _ACTIVE_SHIFT);
        _nodeC[node] = bytes32((uint256(keccak256(abi.encode(digest, signers))) & ~_COUNTS_MASK) | (count << 8) | count);
        emit Admitted(node, epoch, digest, signers, activeEpoch, committee, collateralHash);
    }

    /// @notice A signer of `node`'s admitting verdict takes its share, JOIN_FEE / signers, of the join fee,
    /// once, only while it is admitted: not once slashed, removed or leaving (ClaimantNotEligible). The
    /// admission commitment (slot C) is not written: a claim cannot change what a challenge or a removal
    /// of the node must name.
    /// @param digest the admitting verdict's digest (the Admitted event's `verdictDigest`).
    /// @param signers the admitting verdict's signers bitmap (the Admitted event's `signers`).
    /// @param index the caller's verifier slot.
    function claimVerdictFee(address node, bytes32 digest, uint256 signers, uint256 index) external {
        uint256 c = uint256(_nodeC[node]);
        uint256 count = (c >> 8) & 0xff;
        uint256 claimed = _feeClaimed[node];
        if (
            count == 0 || index > 255 || _verifierAt[index] != msg.sender || (signers >> index) & 1 == 0
                || (claimed >> index) & 1 == 1
                || (uint256(keccak256(abi.encode(digest, signers))) & ~_COUNTS_MASK) != c & ~_COUNTS_MASK
        ) revert NothingToClaim(node, msg.sender, index);
        // A signer slashed (its word was overturned, or it equivocated) or removed earns nothing more; the
        // chain cannot tell a removal from a leave, so a signer claims while admitted. Its share stays in
        // held and goes to the reserve when the node's fee is settled.
        uint8 status = _status(_nodeA[msg.sender]);
        if (status != STATUS_ADMITTED) revert ClaimantNotEligible(msg.sender, status);
        uint256 share = JOIN_FEE / count;
        _feeClaimed[node] = claimed | (1 << index);
        // `held` holds this node's whole fee until it is claimed or settled: share <= what is left of it.
        unchecked {
            _pool -= share << 128;
        }
        emit VerdictFeeClaimed(node, msg.sender, share);
        _send(msg.sender, share);
    }

    // ---------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------

    /// @notice A node's record (all zero if unknown). `index` is a verifier's slot only once it holds one:
    /// from its admission (activeEpoch != 0); before that it is 0, which is another verifier's slot.
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

    /// @notice The join committee of `node` in `epoch` (<= the current epoch: its seed is final; a past
    /// epoch only if its tickets were recorded during it): COMMITTEE_SIZE verifiers drawn stake-weighted
    /// from the case seed of ("join", node, epoch). The only committee whose verdicts `admit` accepts in
    /// `epoch`. Reverts JoinCommitteeShort when fewer verifiers are eligible.
    function joinCommittee(address node, uint256 epoch) external view returns (uint256) {
        uint256 current = currentEpoch();
        if (epoch > current) revert SeedNotFinal(epoch, current);
        return _drawJoin(node, epoch);
    }

    /// @notice When a leaving node can withdraw: epochStart(leaveEpoch) + UNBONDING_DELAY.
    function withdrawableAt(address node) public view returns (uint256) {
        return epochStart((_nodeA[node] >> _LEAVE_SHIFT) & _MASK_32) + UNBONDING_DELAY;
    }

    /// @notice The operator of verifier slot `index`, and the number of slots given out (at admissions).
    function verifierAt(uint256 index) external view returns (address verifier, uint256 count) {
        return (_verifierAt[index], _verifierCount);
    }

    /// @notice Slashed, forfeited and unclaimed ETH kept by the registry, and what it holds for others
    /// (seed bonds, join fees not claimed or settled yet).
    function pool() external view returns (uint256 reserve, uint256 held) {
        uint256 packed = _pool;
        return (packed & _MASK_128, (packed >> 128) & (_MASK_128 >> 1));
    }

    // ---------------------------------------------------------------------------------------------
    // Internal
    // ---------------------------------------------------------------------------------------------

    /// @dev At withdrawal: what is left of the node's join fee (all of it if no verdict admitted it; else
    /// the unclaimed shares and the rounding dust) moves from `held` to the reserve. `claimed` is the
    /// node's `_feeClaimed` bitmap.
    function _settleFee(uint256 c, uint256 claimed) internal {
        if (JOIN_FEE == 0) return;
        uint256 signers = (c >> 8) & 0xff;
        uint256 left = JOIN_FEE;
        // claimed shares = popcount(claimed) * (JOIN_FEE / signers) <= JOIN_FEE: a bit is set only for a
        // signer (at most `signers` of them), once, so there is no underflow.
        unchecked {
            uint256 paid = 0;
            for (; claimed != 0; ++paid) claimed &= claimed - 1;
            if (signers != 0) left = JOIN_FEE - paid * (JOIN_FEE / signers);
            _pool = _pool - (left << 128) + left;
        }
    }

    /// @dev Gives `verifier` the next verifier slot (the caller checked that one is left). Slots are never
    /// reused: past committee and signer bitmaps name them.
    function _takeSlot(address verifier) internal returns (uint256 index) {
        index = _verifierCount;
        _verifierCount = index + 1;
        _verifierAt[index] = verifier;
    }

    /// @dev Moves pending stake into the stake once its epoch has come.
    function _settle(uint256 a, uint256 b, uint256 epoch) internal pure returns (uint256, uint256) {
        uint256 pendingEpoch = a >> _PENDING_EPOCH_SHIFT;
        if (pendingEpoch == 0 || epoch < pendingEpoch) return (a, b);
        // stake + pending < 2^96 was checked when the pending stake was added.
        unchecked {
            a = ((a & ~_MASK_96) | ((a & _MASK_96) + (b >> 160))) & ~(_MASK_32 << _PENDING_EPOCH_SHIFT);
        }
        return (a, uint256(uint160(b)));
    }
}
