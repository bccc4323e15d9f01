// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RegistryVerdicts} from "./RegistryVerdicts.sol";

// Ticket counting and the walk compare against running sums (the protocol's rule, not a gas choice).
// The ticket event's figures are not filter keys (the epoch is indexed).
// solhint-disable gas-strict-inequalities, gas-indexed-events

/// @title RegistryDraw
/// @notice The committees the chain draws itself, without a VRF: the join committee (COMMITTEE_SIZE
/// members of ("join", node, epoch)), the review committee (COMMITTEE_SIZE members of ("review", node,
/// epoch)) and the challenge committee (2 * COMMITTEE_SIZE + 1 members of ("challenge", node, caseEpoch)),
/// all stake-weighted from the case seed, so that a verdict that admits, removes or slashes is checked
/// against the committee the seed drew, not one its signers chose.
/// Every draw of an epoch uses the verifiers' tickets OF THAT EPOCH: the first draw made in the epoch (or
/// anyone, with `recordTickets`) writes them packed (`_tickets`), later draws read the table (two storage
/// reads instead of about three per verifier slot), and a table can only be written during its own epoch.
/// A draw for a past epoch without a table is refused (TicketsNotRecorded): records read later (a
/// withdrawal deletes a verifier, a stake settles) would give another committee than the epoch's.
abstract contract RegistryDraw is RegistryVerdicts {
    /// @dev Fewer eligible verifiers in the case epoch than a challenge committee has members.
    error ChallengeCommitteeShort(address node, uint256 eligible, uint256 size);
    /// @dev Fewer eligible verifiers in the epoch than a join committee has members: nobody can admit.
    error JoinCommitteeShort(address node, uint256 eligible, uint256 size);
    /// @dev An admission naming another committee than the join committee drawn on chain.
    error JoinCommitteeMismatch(address node, uint256 committee, uint256 drawn);
    /// @dev A draw for `epoch`, which has ended, whose tickets were not recorded during it.
    error TicketsNotRecorded(uint256 epoch, uint256 currentEpoch);

    /// @dev The tickets of `epoch` were recorded: `eligible` verifiers holding `total` tickets.
    event TicketsRecorded(uint256 indexed epoch, uint256 eligible, uint256 total);

    /// @dev Weights are tickets of MIN_STAKE, capped like the off-chain selection's (MAX_TICKETS).
    uint256 internal constant _MAX_TICKETS = 1024;
    uint256 internal constant _MASK_16 = 0xffff;
    uint256 internal constant _RECORDED = 1 << 255;

    /// @notice Writes the current epoch's tickets (a no-op once written): what every later draw of this
    /// epoch, and the challenge expiry's short-committee check, read. Anyone may call it.
    function recordTickets() external {
        _recordTickets(currentEpoch());
    }

    /// @notice The recorded tickets of `epoch`: eligible verifiers and their total tickets (all zero and
    /// `recorded` false when nothing was recorded during it).
    function ticketsOf(uint256 epoch) external view returns (bool recorded, uint256 eligible, uint256 total) {
        uint256 header = _tickets[epoch][0];
        return (header != 0, header & _MASK_16, (header >> 16) & _MASK_32);
    }

    /// @dev The challenge committee of `node` in `caseEpoch` (see _draw), without the slots in `excluded`
    /// (the accused signers). Reverts ChallengeCommitteeShort when fewer verifiers are eligible.
    function _drawChallenge(address node, uint256 caseEpoch, uint256 excluded) internal view returns (uint256 committee) {
        uint256 size = 2 * COMMITTEE_SIZE + 1;
        uint256 eligible;
        (committee, eligible) = _draw("challenge", node, caseEpoch, excluded, size);
        if (eligible < size) revert ChallengeCommitteeShort(node, eligible, size);
    }

    /// @dev The join committee of `node` in `epoch`. Reverts JoinCommitteeShort when too few are eligible.
    function _drawJoin(address node, uint256 epoch) internal view returns (uint256 committee) {
        uint256 eligible;
        (committee, eligible) = _draw("join", node, epoch, 0, COMMITTEE_SIZE);
        if (eligible < COMMITTEE_SIZE) revert JoinCommitteeShort(node, eligible, COMMITTEE_SIZE);
    }

    /// @dev The number of verifiers a draw in `epoch` could pick, leaving out the slots in `excluded`
    /// (for a future epoch: what is known of them now, activation and leave epochs already set).
    function _eligibleCount(uint256 epoch, uint256 excluded) internal view returns (uint256 eligible) {
        (, , eligible) = _weights(epoch, excluded);
    }

    /// @dev `size` verifiers drawn without replacement, each with probability proportional to its weight
    /// among those left, from the verifiers active in `caseEpoch` (weight = min(stakeAt(caseEpoch) /
    /// MIN_STAKE, 1024) tickets), each at its slot, whose slot is not in `excluded`. Pick j (0-based)
    /// takes r_j = keccak256(abi.encode(seed, j)) mod (the weight left) and walks the slots left in
    /// ascending order until the running weight exceeds r_j.
    /// seed = keccak256(abi.encode(epochSeed(caseEpoch), keccak256(abi.encode(kind, node, caseEpoch)))),
    /// the same case seed as src/registry/committee.ts. Returns committee 0 when fewer than `size`
    /// verifiers are eligible (and how many are).
    function _draw(string memory kind, address node, uint256 caseEpoch, uint256 excluded, uint256 size)
        internal
        view
        returns (uint256 committee, uint256 eligible)
    {
        uint256[] memory weights;
        uint256 total;
        (weights, total, eligible) = _weights(caseEpoch, excluded);
        if (eligible < size) return (0, eligible);
        bytes32 seed = _caseSeed(kind, node, caseEpoch);
        // r < total = the sum of the weights left, so the walk stops at a slot with weight before the end of
        // `weights`; total only loses weights it holds; j < size <= 255: nothing here overflows or underflows.
        unchecked {
            for (uint256 j = 0; j < size; ++j) {
                uint256 r;
                assembly ("memory-safe") {
                    mstore(0x00, seed)
                    mstore(0x20, j)
                    r := mod(keccak256(0x00, 0x40), total)
                }
                uint256 i;
                uint256 w;
                assembly ("memory-safe") {
                    // weights[i] is at weights + 32 * (i + 1); the walk ends inside the array (see above).
                    let cursor := add(weights, 0x20)
                    w := mload(cursor)
                    for {} iszero(lt(r, w)) {} {
                        r := sub(r, w)
                        i := add(i, 1)
                        cursor := add(cursor, 0x20)
                        w := mload(cursor)
                    }
                    mstore(cursor, 0)
                }
                committee |= 1 << i;
                total -= w;
            }
        }
    }

    /// @dev The case seed keccak256(abi.encode(keccak256(abi.encode(chainid, this, caseEpoch, seedXor)),
    /// keccak256(abi.encode(kind, node, caseEpoch)))): the same bytes as the off-chain committees'
    /// (src/registry/committee.ts), built past the free memory pointer without allocating (`kind` is at
    /// most 32 bytes: "join", "review", "challenge").
    function _caseSeed(string memory kind, address node, uint256 caseEpoch) internal view returns (bytes32 seed) {
        bytes32 seedXor = _seedXor[caseEpoch];
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, chainid())
            mstore(add(m, 0x20), address())
            mstore(add(m, 0x40), caseEpoch)
            mstore(add(m, 0x60), seedXor)
            let epochSeed := keccak256(m, 0x80)
            let len := mload(kind)
            mstore(m, 0x60)
            mstore(add(m, 0x20), node)
            mstore(add(m, 0x40), caseEpoch)
            mstore(add(m, 0x60), len)
            mstore(add(m, 0x80), and(mload(add(kind, 0x20)), not(shr(mul(len, 8), not(0)))))
            let caseId := keccak256(m, 0xa0)
            mstore(m, epochSeed)
            mstore(add(m, 0x20), caseId)
            seed := keccak256(m, 0x40)
        }
    }

    /// @dev Each slot's tickets in `epoch` (0 if not eligible or in `excluded`), their sum and the number
    /// of eligible slots: from the epoch's table when recorded; else from the records, for the current
    /// or a future epoch only (TicketsNotRecorded for a past one).
    function _weights(uint256 epoch, uint256 excluded)
        internal
        view
        returns (uint256[] memory weights, uint256 total, uint256 eligible)
    {
        uint256 header = _tickets[epoch][0];
        if (header == 0) {
            uint256 current = currentEpoch();
            if (epoch < current) revert TicketsNotRecorded(epoch, current);
            return _recordWeights(epoch, excluded);
        }
        return _tableWeights(epoch, header, excluded);
    }

    /// @dev The weights of the table of `epoch` (header `header`), without the slots in `excluded`.
    function _tableWeights(uint256 epoch, uint256 header, uint256 excluded)
        internal
        view
        returns (uint256[] memory weights, uint256 total, uint256 eligible)
    {
        uint256 slots = (header >> 48) & _MASK_16;
        weights = new uint256[](slots);
        uint256[17] storage table = _tickets[epoch];
        uint256 word;
        // slots <= 256 (16 words of 16), each weight < 2^16: i, total and eligible cannot overflow.
        unchecked {
            for (uint256 i = 0; i < slots; ++i) {
                if (i % 16 == 0) word = table[1 + i / 16];
                uint256 w = (word >> (16 * (i % 16))) & _MASK_16;
                if (w == 0 || (excluded >> i) & 1 != 0) continue;
                weights[i] = w;
                total += w;
                ++eligible;
            }
        }
    }

    /// @dev The weights read from the verifiers' current records (what they are in `epoch` as far as is
    /// known now).
    function _recordWeights(uint256 epoch, uint256 excluded)
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
            if (!_isActiveVerifier(a, epoch) || ((a >> _INDEX_SHIFT) & 0xff) != i) continue;
            uint256 stake = a & _MASK_96;
            uint256 pendingEpoch = a >> _PENDING_EPOCH_SHIFT;
            if (pendingEpoch != 0 && epoch >= pendingEpoch) stake += _nodeB[verifier] >> 160;
            uint256 w = stake / MIN_STAKE;
            if (w == 0) continue;
            weights[i] = w > _MAX_TICKETS ? _MAX_TICKETS : w;
            total += weights[i];
            ++eligible;
        }
    }

    /// @dev Writes the tickets of `epoch` from the records, if `epoch` is the current epoch and they were
    /// not written yet (the records are then the epoch's own).
    function _recordTickets(uint256 epoch) internal {
        if (_tickets[epoch][0] != 0 || epoch != currentEpoch()) return;
        (uint256[] memory weights, uint256 total, uint256 eligible) = _recordWeights(epoch, 0);
        uint256 slots = weights.length;
        uint256[17] storage table = _tickets[epoch];
        uint256 word;
        for (uint256 i = 0; i < slots; ++i) {
            // weights[i] <= _MAX_TICKETS < 2^16: each fits its 16 bits.
            word |= weights[i] << (16 * (i % 16));
            if (i % 16 == 15 || i + 1 == slots) {
                if (word != 0) table[1 + i / 16] = word;
                word = 0;
            }
        }
        // slots <= 256, eligible <= slots, total <= 256 * 1024 < 2^32: the fields do not overlap.
        table[0] = _RECORDED | eligible | (total << 16) | (slots << 48);
        emit TicketsRecorded(epoch, eligible, total);
    }
}
