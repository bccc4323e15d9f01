// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RegistryStorage} from "./RegistryStorage.sol";
import {RegistryDraw} from "./RegistryDraw.sol";

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
/// resolution). A challenge nobody upholds in time forfeits its bond to the reserve (`expireChallenge`),
/// unless its committee was short in the case epoch (then the bond is credited back). A challenge whose
/// committee is already short when it is opened is refused (ChallengeCommitteeShort).
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
contract RegistryChallenges is RegistryDraw {
    /// @dev The committee named by challenge verdicts is not the one drawn on chain for the challenge.
    error ChallengeCommitteeMismatch(address node, uint256 committee, uint256 drawn);
    /// @dev The committee named by a removal verdict is not the review committee drawn on chain.
    error ReviewCommitteeMismatch(address node, uint256 committee, uint256 drawn);
    /// @dev Fewer eligible verifiers in the review epoch than a committee has members: nobody can remove.
    error ReviewCommitteeShort(address node, uint256 eligible, uint256 size);
    /// @dev The removal verdict's evidence and keys (with the admission named) are not the node's commitment.
    error RemovalInputsMismatch(address node, bytes32 committed, bytes32 given);
    /// @dev A removal verdict of another epoch than the current one (see remove).
    error ReviewEpochNotCurrent(address node, uint256 epoch, uint256 currentEpoch);
    /// @dev A claim with nothing credited to the caller.
    error NothingCredited(address account);

    /// @dev `amount` wei credited to `account` (its total credit is now `credit`).
    event Credited(address indexed account, uint256 amount, uint256 credit);
    /// @dev `account` took its whole credit.
    event CreditClaimed(address indexed account, uint256 amount);

    /// @param params the registry's constructor parameters (its immutables are read from here).
    constructor(uint256[10] memory params, bytes32 policyHash) RegistryStorage(params, policyHash, new address[](0)) {}

    /// @dev Under DELEGATECALL address(this) is the registry: its domain, never the module's cached one.
    function _domainSeparator() internal view override returns (bytes32) {
        return _buildDomainSeparator();
    }

    /// @notice Opens a challenge of the verdict that admitted `verdict.node`, bonding MIN_STAKE.
    /// @param verdict the admitting verdict (rebuilt from the Admitted and Joined events; its digest is the
    /// Admitted event's).
    /// @param signers the admitting verdict's signers bitmap (the Admitted event's). The node's commitment
    /// covers it, and admit wrote that commitment only after checking each signer's signature, so the
    /// signatures themselves are not needed: an admission sent through any contract can be challenged.
    function openChallenge(Verdict calldata verdict, uint256 signers) external payable {
        address node = verdict.node;
        if (msg.value != MIN_STAKE) revert ValueMismatch(msg.value, MIN_STAKE);
        uint256 a = _nodeA[node];
        uint8 status = _status(a);
        if (status != STATUS_ADMITTED && status != STATUS_LEAVING) revert WrongStatus(node, status);
        uint256 c = uint256(_nodeC[node]);
        uint256 count = (c >> 8) & 0xff;
        bytes32 digest = verdictDigest(verdict);
        if (count == 0 || (uint256(keccak256(abi.encode(digest, signers))) & ~_COUNTS_MASK) != c & ~_COUNTS_MASK) {
            revert NothingToChallenge(node, bytes32(c));
        }
        uint256 deadline = challengeDeadline(verdict.epoch);
        if (block.timestamp >= deadline) revert ChallengeWindowClosed(node, deadline, block.timestamp);
        Challenge storage open = _challenges[node];
        if (open.challenger != address(0)) revert ChallengeOpen(node, open.openEpoch);
        uint256 epoch = currentEpoch();
        // A committee that is already short (counting the verifiers active in the case epoch as far as is
        // known now: leaves already announced count) could never uphold it: refused before the bond is taken.
        uint256 size = 2 * COMMITTEE_SIZE + 1;
        uint256 eligible = _eligibleCount(epoch + DELAY_EPOCHS, signers);
        if (eligible < size) revert ChallengeCommitteeShort(node, eligible, size);
        _challenges[node] = Challenge(
            msg.sender, uint64(epoch), signers, keccak256(abi.encode(verdict.evidenceHash, verdict.collateralHash, verdict.time, verdict.keysHash))
        );
        // held < 2^127: bonds are MIN_STAKE < 2^96 each, far fewer than 2^31 of them.
        unchecked {
            _pool += MIN_STAKE << 128;
        }
        emit ChallengeOpened(node, msg.sender, digest, signers, epoch + DELAY_EPOCHS, MIN_STAKE);
    }

    /// @notice Removes an admitted node (it failed re-verification against current collateral, or did
    /// not answer) with QUORUM signatures of the review committee drawn ON CHAIN for ("review", node,
    /// currentEpoch()) (`reviewCommittee`) over `verdict` with pass = false, epoch = the current epoch,
    /// time = its start, and the evidenceHash and keysHash the node committed to. The node is not slashed:
    /// it leaves as if it had called requestLeave().
    /// Only the CURRENT epoch's verdict is accepted, never an older one: the draw fixes who may sign for an
    /// epoch, but if the signers could choose the epoch, a cabal would pick, among all the past epochs of
    /// the node's registration, one whose draw it dominates (with dozens of epochs, likely for a third of
    /// the stake). The draw is made from the tickets recorded in this epoch (RegistryDraw).
    /// @param admittedCommittee the admitting verdict's committee bitmap (ignored for a genesis verifier).
    /// @param admittedCollateral the admitting verdict's collateralHash (ignored for a genesis verifier).
    /// @param unclaimed the admitting verdict's signers bitmap (fee claims do not change it).
    /// @param signatures QUORUM or more signatures, in ascending slot order.
    function remove(
        Verdict calldata verdict,
        uint256 admittedCommittee,
        bytes32 admittedCollateral,
        uint256 unclaimed,
        bytes calldata signatures
    ) external {
        address node = verdict.node;
        uint256 a = _nodeA[node];
        if (_status(a) != STATUS_ADMITTED) revert WrongStatus(node, _status(a));
        uint256 epoch = currentEpoch();
        if (verdict.epoch != epoch) revert ReviewEpochNotCurrent(node, verdict.epoch, epoch);
        if (verdict.pass || verdict.time != epochStart(epoch)) revert VerdictOutOfCase(verdict.epoch, verdict.time, epoch, epochStart(epoch));
        if (verdict.policyHash != POLICY_HASH) revert PolicyMismatch(verdict.policyHash, POLICY_HASH);
        // The admission's epoch is activeEpoch - DELAY_EPOCHS (admit sets activeEpoch; >= DELAY_EPOCHS).
        _checkRemovalInputs(verdict, ((a >> _ACTIVE_SHIFT) & _MASK_32) - DELAY_EPOCHS, admittedCommittee, admittedCollateral, unclaimed);
        _recordTickets(epoch);
        uint256 drawn = reviewCommittee(node, epoch);
        if (verdict.committee != drawn) revert ReviewCommitteeMismatch(node, verdict.committee, drawn);
        bytes32 digest = verdictDigest(verdict);
        uint256 signers = _checkQuorum(digest, epoch, drawn, signatures);
        uint256 leaveEpoch = _startLeave(node, a);
        emit Removed(node, epoch, digest, signers, leaveEpoch);
    }

    /// @notice The review committee of `node` in `epoch` (<= the current epoch: its seed is final; a past
    /// epoch only if its tickets were recorded during it):
    /// COMMITTEE_SIZE verifiers drawn like the challenge committee from the case seed of ("review", node,
    /// epoch), leaving out the node's own slot. The only committee whose removal verdicts `remove` accepts
    /// (in `epoch`, while it is the current epoch).
    /// Reverts ReviewCommitteeShort when fewer verifiers are eligible.
    function reviewCommittee(address node, uint256 epoch) public view returns (uint256 committee) {
        uint256 current = currentEpoch();
        if (epoch > current) revert SeedNotFinal(epoch, current);
        uint256 a = _nodeA[node];
        uint256 self = _role(a) == ROLE_VERIFIER && _verifierAt[(a >> _INDEX_SHIFT) & 0xff] == node ? 1 << ((a >> _INDEX_SHIFT) & 0xff) : 0;
        uint256 eligible;
        (committee, eligible) = _draw("review", node, epoch, self, COMMITTEE_SIZE);
        if (eligible < COMMITTEE_SIZE) revert ReviewCommitteeShort(node, eligible, COMMITTEE_SIZE);
    }

    /// @notice Upholds the open challenge of `verdict.node` with signatures of a majority
    /// (COMMITTEE_SIZE + 1) of the challenge committee drawn on chain (`challengeCommittee`) over `verdict`:
    /// pass = false, epoch = the challenge's case epoch, committee = the drawn bitmap, the registry's policy,
    /// and the admitting verdict's evidenceHash, collateralHash, time and keysHash. Callable in the case
    /// epoch and the one after; the committee is drawn from the case epoch's recorded tickets (written by
    /// the first draw in the case epoch, or recordTickets), so in the epoch after it only if they were
    /// recorded (TicketsNotRecorded). Anyone may submit; the challenger is credited (claimCredit).
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
        // The drawn committee, not the submitter's: a cabal naming its own bitmap is refused here, an outsider below.
        _recordTickets(caseEpoch);
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

    /// @notice After its last epoch, an open challenge nobody upheld ends: its bond goes to the reserve, or,
    /// when its committee was short in the case epoch (fewer than 2 * COMMITTEE_SIZE + 1 eligible verifiers
    /// outside the accused signers), back to the challenger as credit (claimCredit). Short is judged only
    /// from the tickets recorded DURING the case epoch (recordTickets, or any draw then), never from the
    /// records at expiry (a later withdrawal or slash would make any case epoch look short): a challenger
    /// that wants the refund of a short committee records them then.
    function expireChallenge(address node) external {
        Challenge memory ch = _challenges[node];
        if (ch.challenger == address(0)) revert NoChallenge(node);
        uint256 epoch = currentEpoch();
        // The last epoch to resolve it is its case epoch + 1 = openEpoch + DELAY_EPOCHS + 1.
        if (epoch <= uint256(ch.openEpoch) + DELAY_EPOCHS + 1) revert ChallengeTiming(node, uint256(ch.openEpoch) + DELAY_EPOCHS + 1, epoch);
        delete _challenges[node];
        uint256 caseEpoch = uint256(ch.openEpoch) + DELAY_EPOCHS;
        // The committee was short in the case epoch (verifiers left after the challenge was opened): nobody
        // could uphold it, so the challenger is not at fault. Its bond, still in held, becomes its credit.
        uint256 header = _tickets[caseEpoch][0];
        if (header != 0 && _eligibleOf(caseEpoch, header, ch.signers) < 2 * COMMITTEE_SIZE + 1) {
            emit ChallengeExpired(node, ch.challenger, 0);
            _credit(ch.challenger, MIN_STAKE);
            return;
        }
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

    /// @dev A removal judges what the node committed to: for a node admitted by verdict, the admitting
    /// verdict rebuilt from the removal's evidenceHash and keysHash (and the admission's committee and
    /// collateral) must be the one slot C commits to; for a genesis verifier, its join commitment.
    function _checkRemovalInputs(
        Verdict calldata verdict,
        uint256 caseEpoch,
        uint256 admittedCommittee,
        bytes32 admittedCollateral,
        uint256 unclaimed
    ) internal view {
        uint256 c = uint256(_nodeC[verdict.node]);
        bytes32 given;
        if ((c >> 8) & 0xff == 0) {
            given = keccak256(abi.encode(verdict.evidenceHash, verdict.keysHash));
        } else {
            bytes32 admitting = verdictDigest(
                Verdict(
                    verdict.node, uint64(caseEpoch), admittedCommittee, verdict.evidenceHash, admittedCollateral, POLICY_HASH,
                    uint64(epochStart(caseEpoch)), verdict.keysHash, true
                )
            );
            given = keccak256(abi.encode(admitting, unclaimed));
        }
        if ((uint256(given) & ~_COUNTS_MASK) != c & ~_COUNTS_MASK) revert RemovalInputsMismatch(verdict.node, bytes32(c), given);
    }

    /// @dev The eligible verifiers of `epoch`'s recorded tickets (header `header`) outside `excluded`.
    function _eligibleOf(uint256 epoch, uint256 header, uint256 excluded) internal view returns (uint256 eligible) {
        (, , eligible) = _tableWeights(epoch, header, excluded);
    }

    /// @dev Credits `amount` (already counted in held) to `account`.
    function _credit(address account, uint256 amount) internal {
        uint256 credit = _credits[account] + amount;
        _credits[account] = credit;
        emit Credited(account, amount, credit);
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
