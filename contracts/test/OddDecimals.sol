// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title OddDecimals
/// @notice A hostile token's decimals() (test only): 0 answers `value` as one word, 1 reverts,
///         2 burns all the gas it is given, 3 answers two words, 4 answers nothing.
contract OddDecimals {
    uint256 public immutable MODE;
    uint256 public immutable VALUE;

    error NoDecimals();

    constructor(uint256 mode_, uint256 value_) {
        MODE = mode_;
        VALUE = value_;
    }

    function decimals() external view returns (uint256) {
        if (MODE == 1) revert NoDecimals();
        if (MODE == 2) {
            uint256 spin = 0;
            while (gasleft() > 0) ++spin;
            return spin;
        }
        uint256 v = VALUE;
        if (MODE == 3) {
            assembly {
                mstore(0, v)
                mstore(32, v)
                return(0, 64)
            }
        }
        if (MODE == 4) {
            assembly {
                return(0, 0)
            }
        }
        return v;
    }
}
