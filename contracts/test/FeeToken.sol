// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TestToken} from "./TestToken.sol";

/// @title FeeToken
/// @notice Burns 1% of every transfer, so the recipient gets less than was sent (test only).
contract FeeToken is TestToken {
    /// @dev The fee in basis points (100 = 1%).
    uint256 public constant FEE_BPS = 100;

    constructor() TestToken("Fee Token", "FEE") {}

    function _fee(uint256 amount) internal pure override returns (uint256) {
        return (amount * FEE_BPS) / 10_000;
    }
}
