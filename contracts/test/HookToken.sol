// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TestToken} from "./TestToken.sol";

/// @dev What HookToken calls on a contract sender before moving its tokens (like ERC-777's tokensToSend).
interface ITokenSender {
    function tokensToSend(uint256 amount) external;
}

/// @title HookToken
/// @notice Calls the sender's `tokensToSend` hook in `transferFrom` when the sender is a contract, so a
/// test can re-enter the channels contract in the middle of a deposit (test only).
contract HookToken is TestToken {
    constructor() TestToken("Hook Token", "HOOK") {}

    function transferFrom(address from, address to, uint256 amount) external override returns (bool) {
        if (from.code.length != 0) ITokenSender(from).tokensToSend(amount);
        _spendAllowance(from, amount);
        _transfer(from, to, amount);
        return true;
    }
}
