// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RegistryStorage} from "./RegistryStorage.sol";
import {RegistryVerdicts} from "./RegistryVerdicts.sol";

// Epoch bounds are the protocol's rules (a challenge is resolvable through its last epoch, inclusive).
// Amounts are not filter keys (the account is indexed).
// solhint-disable gas-strict-inequalities, gas-indexed-events

/// @title RegistryChallenges
/// @notice A verdict overturned by a larger committee is slashed. Anyone may challenge an admission,
/// bonding MIN_STAKE, until `challengeDeadline(caseEpoch)`. The challenge committee (2 * COMMITTEE_SIZE + 1
/// members) is drawn ON CHAIN (`challengeCommittee`) from the seed of the challenge's case epoch (two epochs
/// after it was opened, so that the challenger cannot know it), the verifiers active in that epoch and their
/// stake, leaving out the signers of the challenged verdict (nobody judges its own verdict).
/// COMMITTEE_SIZE + 1 of its members (a majority) signing pass = false over the admitting verdict's
/// evidence, collateral, policy, time and keys, during the case epoch or the next, overturn the admission:
/// the node is removed (not slashed: the verdict was the verifiers' word, not the node's), every signer of
/// the admitting verdict is slashed, and the challenger is credited the reporter's share of their stake and
/// its bond, which it claims with `claimCredit` (pull: a challenger that refuses ETH cannot block the
/// resolution). A challenge nobody upholds in time forfeits its bond to the reserve (`expireChallenge`).
/// @dev A module, not a base: AirtntRegistry deploys one in its constructor (same parameters, so the same
/// immutables) and forwards the calls it does not know to it with DELEGATECALL, so this code runs on the
/// registry's storage (the same RegistryStorage layout; no state of its own) and balance. Compiled into
/// the registry, it made the optimizer stop inlining the admission's helpers: 800-1,000 gas more per
/// admission. Called directly, it acts on its own empty storage and holds nothing.
/// Unlike admissions (whose committee, drawn by VRF, every party re-checks off chain), a challenge slashes:
/// its committee must be checked where the stake is taken. An on-chain ECVRF-EDWARDS25519 verification
/// costs over 1M gas per member, and a top-n VRF draw cannot be checked from its members' proofs alone
/// (a verifier that withholds its proof drops out), so the challenge draw uses no VRF: it is public from
/// the case epoch's seed, costs about 7,000 gas per verifier slot, and is recomputed by every verifier
/// node (docs/protocol.md, "Challenges").
contract RegistryChallenges is RegistryVerdicts {
    /// @dev The committee named by challenge verdicts is not the one drawn on chain for the challenge.
    error ChallengeCommitteeMismatch(address node, uint256 committee, uint256 drawn);
    /// @dev Fewer eligible verifiers in the case epoch than a challenge committee has members.
    error ChallengeCommitteeShort(address node, uint256 eligible, uint256 size);
    /// @dev A claim with nothing credited to the caller.
    error NothingCredited(address account);

    /// @dev `amount` wei credited to `account` (its total credit is now `credit`).
    event Credited(address indexed account, uint256 amount, uint256 credit);
    /// @dev `account` took its whole credit.
    event CreditClaimed(address indexed account, uint256 amount);

    /// @dev Weights are tickets of MIN_STAKE, capped like the off-chain selection's (MAX_TICKETS).
    uint256 internal constant _MAX_TICKETS = 1024;

    /// @param params the registry's constructor parameters (its immutables are read from here).
    constructor(uint256[10] memory params, bytes32 policyHash) RegistryStorage(params, policyHash, new address[](0)) {}

    /// @dev Under DELEGATECALL address(this) is the registry: its domain, never the module's cached one.
    function _domainSeparator() internal view override returns (bytes32) {
        return _buildDomainSeparator();
    }

    /// @notice Opens a challenge of the verdict that admitted `verdict.node`, bonding MIN_STAKE.
    /// @param verdict the admitting verdict (from the `admit` call data; its digest is the Admitted event's).
    /// @param unclaimed the signers that have not claimed their fee share (the node's commitment covers it).
    /// @param signatures the admitting verdict's signatures (the `admit` call data), in ascending slot
    /// order: every signer of the admission, so that none escapes the slash.
    function openChallenge(Verdict calldata verdict, uint256 unclaimed, bytes calldata signatures) external payable {
        address node = verdict.node;
        if (msg.value != MIN_STAKE) revert ValueMismatch(msg.value, MIN_STAKE);
        uint256 a = _nodeA[node];
        uint8 status = _status(a);
        if (status != STATUS_ADMITTED && status != STATUS_LEAVING) revert WrongStatus(node, status);
        uint256 c = uint256(_nodeC[node]);
        uint256 count = (c >> 8) & 0xff;
        bytes32 digest = verdictDigest(verdict);
        if (count == 0 || (uint256(keccak256(abi.encode(digest, unclaimed))) & ~_COUNTS_MASK) != c & ~_COUNTS_MASK) {
            revert NothingToChallenge(node, bytes32(c));
        }
        uint256 deadline = challengeDeadline(verdict.epoch);
        if (block.timestamp >= deadline) revert ChallengeWindowClosed(node, deadline, block.timestamp);
        Challenge storage open = _challenges[node];
        if (open.challenger != address(0)) revert ChallengeOpen(node, open.openEpoch);
        uint256 signers = _admittingSigners(digest, verdict.committee, signatures, count);
        if (signers & unclaimed != unclaimed) revert SignersMismatch(signers, unclaimed);
        uint256 epoch = currentEpoch();
        _challenges[node] = Challenge(
            msg.sender, uint64(epoch), signers, keccak256(abi.encode(verdict.evidenceHash, verdict.collateralHash, verdict.time, verdict.keysHash))
        );
        // held < 2^127: bonds are MIN_STAKE < 2^96 each, far fewer than 2^31 of them.
        unchecked {
            _pool += MIN_STAKE << 128;
        }
        emit ChallengeOpened(node, msg.sender, digest, signers, epoch + DELAY_EPOCHS, MIN_STAKE);
    }

    /// @notice Upholds the open challenge of `verdict.node` with signatures of a majority
    /// (COMMITTEE_SIZE + 1) of the challenge committee drawn on chain (`challengeCommittee`) over `verdict`:
    /// pass = false, epoch = the challenge's case epoch, committee = the drawn bitmap, the registry's policy,
    /// and the admitting verdict's evidenceHash, collateralHash, time and keysHash. Callable in the case
    /// epoch and the one after. Anyone may submit; the challenger is credited (claimCredit).
    function resolveChallenge(Verdict calldata verdict, bytes calldata signatures) external {
        address node = verdict.node;
        Challenge memory ch = _challenges[node];
        if (ch.challenger == address(0)) revert NoChallenge(node);
        uint256 caseEpoch = uint256(ch.openEpoch) + DELAY_EPOCHS;
        uint256 epoch = currentEpoch();
        if (epoch < caseEpoch) revert CaseNotOpen(node, caseEpoch, epoch);
        if (epoch > caseEpoch + 1) revert ChallengeTiming(node, caseEpoch + 1, epoch);
        if (verdict.pass || verdict.epoch != caseEpoch) revert VerdictOutOfCase(verdict.epoch, verdict.time, caseEpoch, verdict.time);
        if (verdict.policyHash != POLICY_HASH) revert PolicyMismatch(verdict.policyHash, POLICY_HASH);
        bytes32 inputs = keccak256(abi.encode(verdict.evidenceHash, verdict.collateralHash, verdict.time, verdict.keysHash));
        if (inputs != ch.inputsHash) revert ChallengeMismatch(node, ch.inputsHash, inputs);
        // The committee the seed drew, not one the submitter chose: a cabal of COMMITTEE_SIZE + 1 verifiers
        // naming its own bitmap is refused here, and a signer outside the drawn bitmap below.
        uint256 drawn = _drawChallenge(node, caseEpoch, ch.signers);
        if (verdict.committee != drawn) revert ChallengeCommitteeMismatch(node, verdict.committee, drawn);
        bytes32 digest = verdictDigest(verdict);
        uint256 count = signatures.length / 65;
        if (count <= COMMITTEE_SIZE || signatures.length % 65 != 0) revert QuorumNotReached(count, COMMITTEE_SIZE + 1);
        uint256 previous;
        for (uint256 i = 0; i < count; ++i) {
            address signer = _recover(digest, signatures[i * 65:i * 65 + 65]);
            uint256 s = _nodeA[signer];
            if (!_isActiveVerifier(s, caseEpoch)) revert VerifierNotActive(signer, caseEpoch);
            uint256 index = (s >> _INDEX_SHIFT) & 0xff;
            if ((drawn >> index) & 1 == 0) revert VerifierNotDrawn(signer, index);
            if (i != 0 && index <= previous) revert SignersNotAscending(index, previous);
            previous = index;
        }
        delete _challenges[node];
        uint256 a = _nodeA[node];
        if (_status(a) == STATUS_ADMITTED) _startLeave(node, a);
        uint256 slashed;
        uint256 reward;
        for (uint256 bits = ch.signers; bits != 0; bits &= bits - 1) {
            address signer = _verifierAt[_lowestBit(bits)];
            uint256 s = _nodeA[signer];
            // A signer already slashed (for another offence) has nothing left to take; none has withdrawn
            // before the deadline (challengeDeadline), the NONE test only guards that reasoning.
            if (_status(s) == STATUS_SLASHED || _status(s) == STATUS_NONE) continue;
            (uint256 amount, uint256 share) = _take(signer, s, _nodeB[signer], ch.challenger);
            slashed += amount;
            reward += share;
        }
        // reserve < 2^128 (see _slash). The bond, in held since openChallenge, stays there with the reward
        // as the challenger's credit: held = bonds + fees + credits < 2^127 (all of it is ETH this holds).
        unchecked {
            _pool = _pool + (slashed - reward) + (reward << 128);
        }
        emit ChallengeUpheld(node, ch.challenger, digest, ch.signers, slashed, reward);
        _credit(ch.challenger, reward + MIN_STAKE);
    }

    /// @notice Pays the caller everything credited to it (challenge bonds and rewards).
    function claimCredit() external {
        uint256 amount = _credits[msg.sender];
        if (amount == 0) revert NothingCredited(msg.sender);
        delete _credits[msg.sender];
        // The credit was added to held when it was earned: no underflow.
        unchecked {
            _pool -= amount << 128;
        }
        emit CreditClaimed(msg.sender, amount);
        _send(msg.sender, amount);
    }

    /// @notice What `account` can claim with claimCredit.
    function creditOf(address account) external view returns (uint256) {
        return _credits[account];
    }

    /// @notice The committee bitmap that may uphold the open challenge of `node` (zero when none is open or
    /// its case epoch has not begun: its seed is not final). Reverts ChallengeCommitteeShort when fewer
    /// verifiers than the committee's size are eligible.
    function challengeCommittee(address node) external view returns (uint256 committee, uint256 caseEpoch) {
        Challenge memory ch = _challenges[node];
        if (ch.challenger == address(0)) return (0, 0);
        caseEpoch = uint256(ch.openEpoch) + DELAY_EPOCHS;
        if (currentEpoch() < caseEpoch) return (0, caseEpoch);
        committee = _drawChallenge(node, caseEpoch, ch.signers);
    }

    /// @notice After its last epoch, an open challenge nobody upheld ends: its bond goes to the reserve.
    function expireChallenge(address node) external {
        Challenge memory ch = _challenges[node];
        if (ch.challenger == address(0)) revert NoChallenge(node);
        uint256 epoch = currentEpoch();
        // The last epoch to resolve it is its case epoch + 1 = openEpoch + DELAY_EPOCHS + 1.
        if (epoch <= uint256(ch.openEpoch) + DELAY_EPOCHS + 1) revert ChallengeTiming(node, uint256(ch.openEpoch) + DELAY_EPOCHS + 1, epoch);
        delete _challenges[node];
        // Moves the bond from held to the reserve (see openChallenge).
        unchecked {
            _pool = _pool - (MIN_STAKE << 128) + MIN_STAKE;
        }
        emit ChallengeExpired(node, ch.challenger, MIN_STAKE);
    }

    /// @notice The open challenge of `node` (challenger zero: none).
    function challengeOf(address node) external view returns (Challenge memory) {
        return _challenges[node];
    }

    /// @notice The last moment (exclusive) to challenge an admission whose case epoch is `caseEpoch`:
    /// a challenge opened before it ends (openEpoch + DELAY_EPOCHS + 1 is its last epoch) by
    /// epochStart(caseEpoch + 1) + UNBONDING_DELAY, before any signer of the admitting verdict (active in
    /// caseEpoch, so leaving after it) can withdraw.
    function challengeDeadline(uint256 caseEpoch) public view returns (uint256) {
        uint256 end = epochStart(caseEpoch + 1) + UNBONDING_DELAY;
        uint256 span = (DELAY_EPOCHS + 2) * EPOCH_LENGTH;
        return end > span ? end - span : 0;
    }

    /// @dev The challenge committee of `node` in `caseEpoch`: 2 * COMMITTEE_SIZE + 1 verifiers drawn
    /// without replacement, each with probability proportional to its weight among those left, from the
    /// verifiers active in `caseEpoch` (weight = min(stakeAt(caseEpoch) / MIN_STAKE, 1024) tickets), each at
    /// its current slot, whose slot is not in `excluded`. Pick j (0-based) takes r_j = keccak256(abi.encode(seed, j)) mod (the
    /// weight left) and walks the slots left in ascending order until the running weight exceeds r_j.
    /// seed = keccak256(abi.encode(epochSeed(caseEpoch), keccak256(abi.encode("challenge", node, caseEpoch)))),
    /// the same case seed as the off-chain committees (src/registry/committee.ts).
    function _drawChallenge(address node, uint256 caseEpoch, uint256 excluded) internal view returns (uint256 committee) {
        uint256 slots = _verifierCount;
        uint256[] memory weights = new uint256[](slots);
        uint256 total;
        uint256 eligible;
        for (uint256 i = 0; i < slots; ++i) {
            if ((excluded >> i) & 1 != 0) continue;
            address verifier = _verifierAt[i];
            uint256 a = _nodeA[verifier];
            // A verifier that withdrew and joined again holds a new slot: its old one does not count twice.
            if (!_isActiveVerifier(a, caseEpoch) || ((a >> _INDEX_SHIFT) & 0xff) != i) continue;
            uint256 stake = a & _MASK_96;
            uint256 pendingEpoch = a >> _PENDING_EPOCH_SHIFT;
            if (pendingEpoch != 0 && caseEpoch >= pendingEpoch) stake += _nodeB[verifier] >> 160;
            uint256 w = stake / MIN_STAKE;
            if (w == 0) continue;
            weights[i] = w > _MAX_TICKETS ? _MAX_TICKETS : w;
            total += weights[i];
            ++eligible;
        }
        uint256 size = 2 * COMMITTEE_SIZE + 1;
        if (eligible < size) revert ChallengeCommitteeShort(node, eligible, size);
        bytes32 epochSeed = keccak256(abi.encode(block.chainid, address(this), caseEpoch, _seedXor[caseEpoch]));
        bytes32 seed = keccak256(abi.encode(epochSeed, keccak256(abi.encode("challenge", node, caseEpoch))));
        for (uint256 j = 0; j < size; ++j) {
            uint256 r = uint256(keccak256(abi.encode(seed, j))) % total;
            uint256 i = 0;
            // r < total = the sum of the weights left: the walk stops at a slot with weight.
            while (r >= weights[i]) {
                r -= weights[i];
                ++i;
            }
            committee |= 1 << i;
            total -= weights[i];
            weights[i] = 0;
        }
    }

    /// @dev Credits `amount` (already counted in held) to `account`.
    function _credit(address account, uint256 amount) internal {
        uint256 credit = _credits[account] + amount;
        _credits[account] = credit;
        emit Credited(account, amount, credit);
    }

    /// @dev The slots of the verifiers whose `count` signatures over the admitting digest are given, each a
    /// member of the admitting committee, in ascending slot order (each at most once).
    function _admittingSigners(bytes32 digest, uint256 committee, bytes calldata signatures, uint256 count)
        internal
        view
        returns (uint256 signers)
    {
        if (signatures.length != count * 65) revert SignersMismatch(signatures.length / 65, count);
        uint256 previous;
        for (uint256 i = 0; i < count; ++i) {
            address signer = _recover(digest, signatures[i * 65:i * 65 + 65]);
            uint256 s = _nodeA[signer];
            uint256 index = (s >> _INDEX_SHIFT) & 0xff;
            if (_role(s) != ROLE_VERIFIER || (committee >> index) & 1 == 0) revert VerifierNotDrawn(signer, index);
            if (i != 0 && index <= previous) revert SignersNotAscending(index, previous);
            previous = index;
            signers |= 1 << index;
        }
    }

    /// @dev Marks the node slashed with no stake left and returns what it had and the reporter's share of
    /// it (RegistrySlashing._slash without the transfer: a challenge slashes several signers, then pays once).
    function _take(address node, uint256 a, uint256 b, address reporter) internal returns (uint256 amount, uint256 reward) {
        amount = (a & _MASK_96) + (b >> 160);
        reward = amount * REPORTER_SHARE_BPS / 10_000;
        _nodeA[node] = (a & ~_MASK_96 & ~(uint256(0xff) << _STATUS_SHIFT)) | (uint256(STATUS_SLASHED) << _STATUS_SHIFT);
        if (b >> 160 != 0) _nodeB[node] = uint256(uint160(b));
        emit Slashed(node, SLASH_OVERTURNED, amount, reporter, reward);
    }

    /// @dev The index of the lowest set bit of a non-zero bitmap.
    function _lowestBit(uint256 x) internal pure returns (uint256 index) {
        x &= ~x + 1;
        while (x > 1) {
            x >>= 1;
            ++index;
        }
    }
}
