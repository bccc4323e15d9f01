// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title OddDecimals
/// @notice A hostile token's decimals() (test only): 0 answers `value` as one word, 1 reverts,
///         2 burns all the gas it is given, 3 answers two words, 4 answers nothing.
contract OddDecimals {
    uint256 public immutable mode;
    uint256 public immutable value;

    constructor(uint256 mode_, uint256 value_) {
        mode = mode_;
        value = value_;
    }

    function decimals() external view returns (uint256) {
        if (mode == 1) revert("no decimals");
        if (mode == 2) {
            uint256 spin = 0;
            while (gasleft() > 0) spin += 1;
            return spin;
        }
        uint256 v = value;
        if (mode == 3) {
            assembly {
                mstore(0, v)
                mstore(32, v)
                return(0, 64)
            }
        }
        if (mode == 4) {
            assembly {
                return(0, 0)
            }
        }
        return v;
    }
}
