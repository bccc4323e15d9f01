// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// solhint-disable immutable-vars-naming, no-complex-fallback

interface IChannels {
    function open(address executor, address token, uint256 lane, uint256 amount, uint256 expiry)
        external
        payable
        returns (bytes32);
    function topUp(address executor, address token, uint256 lane, uint256 amount) external payable;
    function refund(address executor, address token, uint256 lane) external;
}

interface IApprove {
    function approve(address spender, uint256 amount) external returns (bool);
}

/// @title ReentrantRequester
/// @notice A requester contract that tries to re-enter the channels contract (test only):
/// - when refunded in ETH, its receive hook tries to refund again;
/// - when a HookToken deposit is taken from it, its token hook tries to top up the same lane, which
///   would double count the deposit if the contract did not refuse it.
contract ReentrantRequester {
    IChannels public immutable channels;
    address public immutable executor;
    /// @dev The revert data of the last re-entrant call (empty if none was tried or it succeeded).
    bytes public reentryError;
    /// @dev How many re-entrant calls were tried (at most one per outer call).
    uint256 public reentryAttempts;
    bool private _armed;
    address private _token;

    constructor(IChannels channels_, address executor_) {
        channels = channels_;
        executor = executor_;
    }

    function openEth(uint256 expiry) external payable {
        channels.open{value: msg.value}(executor, address(0), 0, msg.value, expiry);
    }

    function refundEth() external {
        _armed = true;
        channels.refund(executor, address(0), 0);
        _armed = false;
    }

    /// @notice Opens lane 0 with `token` (which this contract must hold), then tops it up with the hook armed.
    function openAndTopUpToken(address token, uint256 amount, uint256 expiry) external {
        _token = token;
        IApprove(token).approve(address(channels), type(uint256).max);
        channels.open(executor, token, 0, amount, expiry);
        _armed = true;
        channels.topUp(executor, token, 0, amount);
        _armed = false;
    }

    function tokensToSend(uint256 amount) external {
        if (!_armed) return;
        _armed = false;
        ++reentryAttempts;
        try channels.topUp(executor, _token, 0, amount) {
            reentryError = "";
        } catch (bytes memory reason) {
            reentryError = reason;
        }
    }

    receive() external payable {
        if (!_armed) return;
        _armed = false;
        ++reentryAttempts;
        try channels.refund(executor, address(0), 0) {
            reentryError = "";
        } catch (bytes memory reason) {
            reentryError = reason;
        }
    }
}
