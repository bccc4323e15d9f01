// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RegistryVerdicts} from "./RegistryVerdicts.sol";

/// @title RegistrySlashing
/// @notice Slashing of provable misbehaviour, with REPORTER_SHARE_BPS of the stake to the reporter: an
/// enclave key that signed two different round records for one (session, round), and a verifier that
/// signed opposite verdicts on the same inputs of one case epoch.
abstract contract RegistrySlashing is RegistryVerdicts {
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

    /// @notice Slashes `verifier` for two signed verdicts of one case (node, case epoch) that judged the
    /// same inputs (evidence, collateral, policy, time, keys) and reached opposite results: a verdict is
    /// deterministic on exactly these inputs, all committed (the keys at join), so an honest verifier never
    /// signs both. Verdicts that differ in any input, or only in their committee bitmap (a member left out of
    /// the draw for an unreachable proof), are not equivocation. Two verdicts of different case epochs never
    /// conflict, whatever they conclude: judging the same evidence again in another case (a review, a
    /// challenge) is not equivocation.
    function slashVerdictEquivocation(
        address verifier,
        Verdict calldata verdictA,
        bytes calldata signatureA,
        Verdict calldata verdictB,
        bytes calldata signatureB
    ) external {
        if (
            verdictA.pass == verdictB.pass || verdictA.node != verdictB.node || verdictA.epoch != verdictB.epoch
                || verdictA.evidenceHash != verdictB.evidenceHash || verdictA.collateralHash != verdictB.collateralHash
                || verdictA.policyHash != verdictB.policyHash || verdictA.time != verdictB.time || verdictA.keysHash != verdictB.keysHash
        ) revert NotConflicting();
        bytes32 digestA = verdictDigest(verdictA);
        bytes32 digestB = verdictDigest(verdictB);
        uint256 a = _nodeA[verifier];
        uint8 status = _status(a);
        if (status == STATUS_NONE || status == STATUS_SLASHED || _role(a) != ROLE_VERIFIER) revert WrongStatus(verifier, status);
        address signer = _recover(digestA, signatureA);
        if (signer != verifier) revert SignerMismatch(signer, verifier);
        signer = _recover(digestB, signatureB);
        if (signer != verifier) revert SignerMismatch(signer, verifier);
        _slash(verifier, a, _nodeB[verifier], SLASH_VERDICT_EQUIVOCATION);
    }

    /// @dev Takes all of the node's stake: the reporter's share to msg.sender, the rest to the reserve.
    function _slash(address node, uint256 a, uint256 b, uint8 reason) internal {
        uint256 amount = (a & _MASK_96) + (b >> 160);
        uint256 reward = amount * REPORTER_SHARE_BPS / 10_000;
        _nodeA[node] = (a & ~_MASK_96 & ~(uint256(0xff) << _STATUS_SHIFT)) | (uint256(STATUS_SLASHED) << _STATUS_SHIFT);
        if (b >> 160 != 0) _nodeB[node] = uint256(uint160(b));
        emit Slashed(node, reason, amount, msg.sender, reward);
        // reserve < 2^128: it only ever holds stake and bonds, each below 2^96, of far fewer than 2^32 nodes.
        unchecked {
            _pool += amount - reward;
        }
        _send(msg.sender, reward);
    }
}
