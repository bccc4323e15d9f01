// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TestToken} from "./TestToken.sol";

/// @title NoBoolToken
/// @notice Like early USDT: `transfer` and `transferFrom` return nothing (test only).
contract NoBoolToken is TestToken {
    constructor() TestToken("No Bool Token", "NOBOOL") {}

    /// @dev Returns no data at all, whatever the ABI of a standard ERC-20 says.
    function transfer(address to, uint256 amount) external override returns (bool) {
        _transfer(msg.sender, to, amount);
        assembly {
            return(0, 0)
        }
    }

    function transferFrom(address from, address to, uint256 amount) external override returns (bool) {
        _spendAllowance(from, amount);
        _transfer(from, to, amount);
        assembly {
            return(0, 0)
        }
    }
}
