// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @dev Raised for a signature that is not 65 bytes, has a high s or another v, or recovers no signer.
/// The same selector as the InvalidSignature() the contracts declare in their ABIs.
error InvalidSignature();

/// @title Signatures
/// @notice The one ecrecover helper of the Airtnt contracts (channels, pools, registry). Internal:
/// inlined into each contract that uses it, so no library is deployed or linked.
library Signatures {
    /// @dev secp256k1n / 2: a signature with a higher s is malleable (its twin has n - s) and refused.
    uint256 internal constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    /// @dev ecrecover of a 65-byte r || s || v signature, refusing high s, other v and the zero address.
    function recover(bytes32 digest, bytes calldata signature) internal pure returns (address signer) {
        if (signature.length != 65) revert InvalidSignature();
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        if (uint256(s) > HALF_N || (v != 27 && v != 28)) revert InvalidSignature();
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert InvalidSignature();
    }
}
