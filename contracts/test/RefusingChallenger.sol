// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title RefusingChallenger
/// @notice A challenger contract that refuses ETH until told otherwise (test only): it forwards any call
/// (with its value) to a target, so it can open a challenge and later claim its credit; while `accepting`
/// is false its receive() reverts, as a squatter's would.
contract RefusingChallenger {
    /// @dev Whether receive() takes ETH.
    bool public accepting;

    /// @dev A forwarded call failed; its revert data.
    error ForwardFailed(bytes reason);
    /// @dev ETH sent while refusing.
    error Refused(uint256 amount);

    /// @notice Calls `target` with `data` and msg.value, bubbling up its revert.
    function forward(address target, bytes calldata data) external payable {
        // solhint-disable-next-line avoid-low-level-calls
        (bool ok, bytes memory reason) = target.call{value: msg.value}(data);
        if (!ok) revert ForwardFailed(reason);
    }

    /// @notice Starts or stops taking ETH.
    function setAccepting(bool value) external {
        accepting = value;
    }

    receive() external payable {
        if (!accepting) revert Refused(msg.value);
    }
}
