// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RegistryVerdicts} from "./RegistryVerdicts.sol";

// Ticket counting and the walk compare against running sums (the protocol's rule, not a gas choice).
// solhint-disable gas-strict-inequalities

/// @title RegistryDraw
/// @notice The committees the chain draws itself, without a VRF: the challenge committee
/// (2 * COMMITTEE_SIZE + 1 members of ("challenge", node, caseEpoch)) and the review committee
/// (COMMITTEE_SIZE members of ("review", node, epoch)), both stake-weighted from the case seed, so that a
/// verdict that slashes or removes is checked against the committee the seed drew, not one its signers chose.
abstract contract RegistryDraw is RegistryVerdicts {
    /// @dev Fewer eligible verifiers in the case epoch than a challenge committee has members.
    error ChallengeCommitteeShort(address node, uint256 eligible, uint256 size);

    /// @dev Weights are tickets of MIN_STAKE, capped like the off-chain selection's (MAX_TICKETS).
    uint256 internal constant _MAX_TICKETS = 1024;

    /// @dev The challenge committee of `node` in `caseEpoch` (see _draw), without the slots in `excluded`
    /// (the accused signers). Reverts ChallengeCommitteeShort when fewer verifiers are eligible.
    function _drawChallenge(address node, uint256 caseEpoch, uint256 excluded) internal view returns (uint256 committee) {
        uint256 size = 2 * COMMITTEE_SIZE + 1;
        uint256 eligible;
        (committee, eligible) = _draw("challenge", node, caseEpoch, excluded, size);
        if (eligible < size) revert ChallengeCommitteeShort(node, eligible, size);
    }

    /// @dev The number of verifiers a draw in `caseEpoch` could pick, leaving out the slots in `excluded`
    /// (what is known of them now: activation and leave epochs already set).
    function _eligibleCount(uint256 caseEpoch, uint256 excluded) internal view returns (uint256 eligible) {
        (, , eligible) = _weights(caseEpoch, excluded);
    }

    /// @dev `size` verifiers drawn without replacement, each with probability proportional to its weight
    /// among those left, from the verifiers active in `caseEpoch` (weight = min(stakeAt(caseEpoch) /
    /// MIN_STAKE, 1024) tickets), each at its current slot, whose slot is not in `excluded`. Pick j (0-based)
    /// takes r_j = keccak256(abi.encode(seed, j)) mod (the weight left) and walks the slots left in
    /// ascending order until the running weight exceeds r_j.
    /// seed = keccak256(abi.encode(epochSeed(caseEpoch), keccak256(abi.encode(kind, node, caseEpoch)))),
    /// the same case seed as the off-chain committees (src/registry/committee.ts).
    /// Returns committee 0 when fewer than `size` verifiers are eligible (and how many are).
    function _draw(string memory kind, address node, uint256 caseEpoch, uint256 excluded, uint256 size)
        internal
        view
        returns (uint256 committee, uint256 eligible)
    {
        uint256[] memory weights;
        uint256 total;
        (weights, total, eligible) = _weights(caseEpoch, excluded);
        if (eligible < size) return (0, eligible);
        bytes32 epochSeed = keccak256(abi.encode(block.chainid, address(this), caseEpoch, _seedXor[caseEpoch]));
        bytes32 seed = keccak256(abi.encode(epochSeed, keccak256(abi.encode(kind, node, caseEpoch))));
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

    /// @dev Each slot's tickets in `caseEpoch` (0 if not eligible or in `excluded`), their sum and the
    /// number of eligible slots.
    function _weights(uint256 caseEpoch, uint256 excluded)
        internal
        view
        returns (uint256[] memory weights, uint256 total, uint256 eligible)
    {
        uint256 slots = _verifierCount;
        weights = new uint256[](slots);
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
    }
}
