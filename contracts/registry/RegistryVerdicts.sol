// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RegistryStorage} from "./RegistryStorage.sol";

// Slot order: `index <= previous` is the rule (a repeated signer), not a gas choice.
// solhint-disable gas-strict-inequalities

/// @title RegistryVerdicts
/// @notice EIP-712 digests of verdicts and round records, and the k-of-n check of a verdict: QUORUM
/// signatures by distinct verifiers active in the case epoch whose slots are in the committee bitmap the
/// verdict signs (the chain does not recompute the VRF draw: see AirtntRegistry).
abstract contract RegistryVerdicts is RegistryStorage {
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

    /// @dev Checks QUORUM or more signatures over `digest` by distinct verifiers active in `epoch` whose
    /// slots are in `committee` (of exactly COMMITTEE_SIZE members); returns the signers' bitmap.
    function _checkQuorum(bytes32 digest, uint256 epoch, uint256 committee, bytes calldata signatures)
        internal
        view
        returns (uint256 signers)
    {
        uint256 size = _popcount(committee);
        if (size != COMMITTEE_SIZE) revert CommitteeSizeMismatch(size, COMMITTEE_SIZE);
        uint256 count = signatures.length / 65;
        if (count < QUORUM || signatures.length % 65 != 0) revert QuorumNotReached(count, QUORUM);
        uint256 previous;
        for (uint256 i = 0; i < count; ) {
            uint256 offset;
            // i < count = signatures.length / 65: offset + 65 <= signatures.length, no overflow (the slice is checked too).
            unchecked {
                offset = i * 65;
                ++i;
            }
            address signer = _recover(digest, signatures[offset:offset + 65]);
            uint256 a = _nodeA[signer];
            if (!_isActiveVerifier(a, epoch)) revert VerifierNotActive(signer, epoch);
            uint256 index = (a >> _INDEX_SHIFT) & 0xff;
            if ((committee >> index) & 1 == 0) revert VerifierNotDrawn(signer, index);
            // Ascending slots: a signer cannot be counted twice (index + 1 > previous + 1 once seen).
            if (offset != 0 && index <= previous) revert SignersNotAscending(index, previous);
            previous = index;
            signers |= 1 << index;
        }
    }

    /// @dev The number of set bits (committee members) of a bitmap.
    function _popcount(uint256 x) internal pure returns (uint256 count) {
        // x != 0 before each x - 1, and count <= 256 (one per set bit): neither wraps.
        unchecked {
            while (x != 0) {
                x &= x - 1;
                ++count;
            }
        }
    }
}
