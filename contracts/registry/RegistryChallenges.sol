// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RegistryStorage} from "./RegistryStorage.sol";
import {RegistryVerdicts} from "./RegistryVerdicts.sol";

// Epoch bounds are the protocol's rules (a challenge is resolvable through its last epoch, inclusive).
// solhint-disable gas-strict-inequalities

/// @title RegistryChallenges
/// @notice A verdict overturned by a larger committee is slashed. Anyone may challenge an admission,
/// bonding MIN_STAKE, until `challengeDeadline(caseEpoch)`. The challenge committee is drawn like a review
/// (case kind "challenge", 2 * COMMITTEE_SIZE + 1 members) on the seed of the epoch after the challenge;
/// COMMITTEE_SIZE + 1 of its members (a majority) signing pass = false over the admitting verdict's
/// evidence, collateral, policy, time and keys, during that epoch or the next, overturn the admission:
/// the node is removed (not slashed: the verdict was the verifiers' word, not the node's), every signer of
/// the admitting verdict is slashed, and the challenger gets the reporter's share of their stake and its
/// bond back. A challenge nobody upholds in time forfeits its bond to the reserve (`expireChallenge`).
/// @dev A module, not a base: AirtntRegistry deploys one in its constructor (same parameters, so the same
/// immutables) and forwards the calls it does not know to it with DELEGATECALL, so this code runs on the
/// registry's storage (the same RegistryStorage layout; no state of its own) and balance. Compiled into
/// the registry, it made the optimizer stop inlining the admission's helpers: 800-1,000 gas more per
/// admission. Called directly, it acts on its own empty storage and holds nothing.
contract RegistryChallenges is RegistryVerdicts {
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
        emit ChallengeOpened(node, msg.sender, digest, signers, epoch + 1, MIN_STAKE);
    }

    /// @notice Upholds the open challenge of `verdict.node` with signatures of a majority
    /// (COMMITTEE_SIZE + 1) of the challenge committee over `verdict`: pass = false, epoch = the challenge's
    /// case epoch, the registry's policy, and the admitting verdict's evidenceHash, collateralHash, time and
    /// keysHash. Callable in the case epoch and the one after. Anyone may submit; the challenger is paid.
    function resolveChallenge(Verdict calldata verdict, bytes calldata signatures) external {
        address node = verdict.node;
        Challenge memory ch = _challenges[node];
        if (ch.challenger == address(0)) revert NoChallenge(node);
        uint256 caseEpoch = uint256(ch.openEpoch) + 1;
        uint256 epoch = currentEpoch();
        if (epoch < caseEpoch) revert CaseNotOpen(node, caseEpoch, epoch);
        if (epoch > caseEpoch + 1) revert ChallengeTiming(node, caseEpoch + 1, epoch);
        if (verdict.pass || verdict.epoch != caseEpoch) revert VerdictOutOfCase(verdict.epoch, verdict.time, caseEpoch, verdict.time);
        if (verdict.policyHash != POLICY_HASH) revert PolicyMismatch(verdict.policyHash, POLICY_HASH);
        bytes32 inputs = keccak256(abi.encode(verdict.evidenceHash, verdict.collateralHash, verdict.time, verdict.keysHash));
        if (inputs != ch.inputsHash) revert ChallengeMismatch(node, ch.inputsHash, inputs);
        bytes32 digest = verdictDigest(verdict);
        uint256 size = _popcount(verdict.committee);
        if (size != 2 * COMMITTEE_SIZE + 1) revert CommitteeSizeMismatch(size, 2 * COMMITTEE_SIZE + 1);
        uint256 count = signatures.length / 65;
        if (count <= COMMITTEE_SIZE || signatures.length % 65 != 0) revert QuorumNotReached(count, COMMITTEE_SIZE + 1);
        uint256 previous;
        for (uint256 i = 0; i < count; ++i) {
            address signer = _recover(digest, signatures[i * 65:i * 65 + 65]);
            uint256 s = _nodeA[signer];
            if (!_isActiveVerifier(s, caseEpoch)) revert VerifierNotActive(signer, caseEpoch);
            uint256 index = (s >> _INDEX_SHIFT) & 0xff;
            if ((verdict.committee >> index) & 1 == 0) revert VerifierNotDrawn(signer, index);
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
        // reserve < 2^128 (see _slash); the bond was added to held by openChallenge.
        unchecked {
            _pool = _pool + (slashed - reward) - (MIN_STAKE << 128);
        }
        emit ChallengeUpheld(node, ch.challenger, digest, ch.signers, slashed, reward);
        _send(ch.challenger, reward + MIN_STAKE);
    }

    /// @notice After its last epoch, an open challenge nobody upheld ends: its bond goes to the reserve.
    function expireChallenge(address node) external {
        Challenge memory ch = _challenges[node];
        if (ch.challenger == address(0)) revert NoChallenge(node);
        uint256 epoch = currentEpoch();
        if (epoch <= uint256(ch.openEpoch) + 2) revert ChallengeTiming(node, uint256(ch.openEpoch) + 2, epoch);
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
    /// a challenge opened before it is resolved (or expired) by epochStart(caseEpoch + 1) + UNBONDING_DELAY,
    /// before any signer of the admitting verdict (active in caseEpoch, so leaving after it) can withdraw.
    function challengeDeadline(uint256 caseEpoch) public view returns (uint256) {
        uint256 end = epochStart(caseEpoch + 1) + UNBONDING_DELAY;
        return end > 3 * EPOCH_LENGTH ? end - 3 * EPOCH_LENGTH : 0;
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
