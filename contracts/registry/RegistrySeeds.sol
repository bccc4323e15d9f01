// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {RegistryStorage} from "./RegistryStorage.sol";

// A phase starts at its first second: the non-strict inequalities are the protocol's rules.
// solhint-disable gas-strict-inequalities

/// @title RegistrySeeds
/// @notice Epoch seeds by commit-reveal among the verifiers active in the epoch (a bond forfeited by
/// whoever does not reveal), and requesters' task ids committed two epochs ahead, before their seed exists.
abstract contract RegistrySeeds is RegistryStorage {
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
}
