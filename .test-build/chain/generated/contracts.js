const solcVersion = "0.8.37+commit.f401782d.Emscripten.clang";
const airtntChannelsAbi = [
  {
    "inputs": [],
    "stateMutability": "nonpayable",
    "type": "constructor"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "deposit",
        "type": "uint256"
      }
    ],
    "name": "AmountAboveDeposit",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "collected",
        "type": "uint256"
      }
    ],
    "name": "AmountNotAboveCollected",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "AmountTooLarge",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      }
    ],
    "name": "ChannelAlreadyOpen",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "timestamp",
        "type": "uint256"
      }
    ],
    "name": "ChannelExpired",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "timestamp",
        "type": "uint256"
      }
    ],
    "name": "ChannelNotExpired",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "laneKey",
        "type": "bytes32"
      }
    ],
    "name": "ChannelNotOpen",
    "type": "error"
  },
  {
    "inputs": [],
    "name": "InvalidExecutor",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "lowerBound",
        "type": "uint256"
      }
    ],
    "name": "InvalidExpiry",
    "type": "error"
  },
  {
    "inputs": [],
    "name": "InvalidSignature",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "laneKey",
        "type": "bytes32"
      }
    ],
    "name": "LaneExhausted",
    "type": "error"
  },
  {
    "inputs": [],
    "name": "Reentrancy",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "signer",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "requester",
        "type": "address"
      }
    ],
    "name": "SignerMismatch",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "TransferFailed",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "value",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "ValueMismatch",
    "type": "error"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "refunded",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "bytes32",
        "name": "key",
        "type": "bytes32"
      }
    ],
    "name": "Closed",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "bytes32",
        "name": "key",
        "type": "bytes32"
      }
    ],
    "name": "Collected",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      }
    ],
    "name": "Extended",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "requester",
        "type": "address"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "executor",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "deposit",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      }
    ],
    "name": "Opened",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "refunded",
        "type": "uint256"
      }
    ],
    "name": "Refunded",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "deposit",
        "type": "uint256"
      }
    ],
    "name": "ToppedUp",
    "type": "event"
  },
  {
    "inputs": [],
    "name": "DOMAIN_SEPARATOR",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "PAYMENT_TYPEHASH",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "requester",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "executor",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      }
    ],
    "name": "channel",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "internalType": "uint256",
        "name": "nonce",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "deposit",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "collected",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "requester",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "executor",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "nonce",
        "type": "uint256"
      }
    ],
    "name": "channelIdOf",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "pure",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "requester",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "internalType": "bytes32",
        "name": "key",
        "type": "bytes32"
      },
      {
        "internalType": "bytes",
        "name": "signature",
        "type": "bytes"
      }
    ],
    "name": "close",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "requester",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "internalType": "bytes32",
        "name": "key",
        "type": "bytes32"
      },
      {
        "internalType": "bytes",
        "name": "signature",
        "type": "bytes"
      }
    ],
    "name": "collect",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "eip712Domain",
    "outputs": [
      {
        "internalType": "bytes1",
        "name": "fields",
        "type": "bytes1"
      },
      {
        "internalType": "string",
        "name": "name",
        "type": "string"
      },
      {
        "internalType": "string",
        "name": "version",
        "type": "string"
      },
      {
        "internalType": "uint256",
        "name": "chainId",
        "type": "uint256"
      },
      {
        "internalType": "address",
        "name": "verifyingContract",
        "type": "address"
      },
      {
        "internalType": "bytes32",
        "name": "salt",
        "type": "bytes32"
      },
      {
        "internalType": "uint256[]",
        "name": "extensions",
        "type": "uint256[]"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "executor",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      }
    ],
    "name": "extend",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "executor",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      }
    ],
    "name": "open",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      }
    ],
    "stateMutability": "payable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "internalType": "bytes32",
        "name": "keyHash",
        "type": "bytes32"
      }
    ],
    "name": "paymentDigest",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "executor",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      }
    ],
    "name": "refund",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "requester",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      }
    ],
    "name": "release",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "executor",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "topUp",
    "outputs": [],
    "stateMutability": "payable",
    "type": "function"
  }
];
const airtntChannelsBytecode = "0x60c0346100df574660a052602081017f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81527feec177bdc0286fb01828cb28ed7d095116526fc4095ed8668037e48ef4c19cbc60408301527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301524660808301523060a083015260a0825260c082019180831060018060401b038411176100cb578260405251902060805261181a90816100e482396080518161123b015260a051816112150152f35b634e487b7160e01b5f52604160045260245ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806332746d4f14610a905780633644e51514610a7657806337f7549b14610a525780633d81ca711461099757806346dab25c1461095357806355c20811146108485780636d3298cb1461080e5780637346abf7146106ec57806382ad6f35146105e057806384b0196e146104b35780638bfb07c9146103ac5780639a78ec481461019b5763d87bc9ac146100a8575f80fd5b34610197576100c86100b936610c77565b929385879697989293986112ef565b9390926bffffffffffffffffffffffff8460601c169687871115610167579261011e8a9386936101659c8a8a6040997fd1171e230ae8294484df9d4115e0d546e51f4685a469f988aca1bf4867a1df6f9b611398565b5f525f6020527fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff8660601b911617825f20558151908582526020820152a2039033906115cc565b005b87877f70222ab1000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5f80fd5b60a0600319360112610197576101af610bb6565b6101b7610bd9565b6044359073ffffffffffffffffffffffffffffffffffffffff831690608435821561038457428111801590610377575b610348576101f78483873361117d565b805f525f60205260405f20549563ffffffff8760e01c9760c01c166103105763ffffffff87146102e457600187018097116102b757602096868561025d9361024160643583610ebc565b955f525f8b528360e01b8760c01b87171760405f2055336111c4565b9473ffffffffffffffffffffffffffffffffffffffff604051941684528684015260408301526060820152827fd53762e7d306fd0cf455f698688bb7a6dab554cc59f4aa2dbafcb6eb8f629d8860803393a4604051908152f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b507fc3d53cfa000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b86868561031d93336111c4565b7f095d0229000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4708d002000000000000000000000000000000000000000000000000000000005f526004524260245260445ffd5b5063ffffffff81116101e7565b7f710c9497000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610197576103ba36610d15565b90916103c88284338461117d565b92835f525f60205260405f20549263ffffffff8460c01c161561048757937f3810855121a551724c39ffbde8a9f85956822c99c651f7f452c72d170896bd26606061046e610165976bffffffffffffffffffffffff88841c16945f525f6020527fffffffff00000000000000000000000000000000000000000000000000000000881660405f2055846bffffffffffffffffffffffff8916039760e01c908633896111c4565b926040519081528660208201525f6040820152a26115cc565b847f5b115874000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610197575f6003193601126101975761058560206040516104d58282610dac565b5f81525f3681376040916105928351936104ef8186610dac565b600685527f416972746e7400000000000000000000000000000000000000000000000000008386015280516105248282610dac565b600181527f31000000000000000000000000000000000000000000000000000000000000008482015281519687967f0f00000000000000000000000000000000000000000000000000000000000000885260e08689015260e0880190610d69565b9186830390870152610d69565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b8281106105c957505050500390f35b8351855286955093810193928101926001016105ba565b34610197576105ee36610d15565b906105fb8282853361117d565b91825f525f60205260405f20549363ffffffff8560c01c16918215610487579061062b91848760e01c92336111c4565b908042106106b957507fffffffff00000000000000000000000000000000000000000000000000000000846bffffffffffffffffffffffff6101659660601c166bffffffffffffffffffffffff821603945f525f6020521660405f20557f1535ab411323bb41ad642ccf14068bbd78818ed38dd9b4421c927cc6eeb07e2d6020604051858152a233906115cc565b907fca91de54000000000000000000000000000000000000000000000000000000005f526004526024524260445260645ffd5b34610197576106fa36610c1f565b92916107088282853361117d565b805f525f60205260405f20549063ffffffff8260c01c1680156107e2578087118015906107d5575b6107a657509261079c927f60e0876708aeabbf4f544fb02602d0599d975f2b270d3450d4c0867712d1574295926020955f525f86528760c01b7fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff82161760405f205560e01c92336111c4565b92604051908152a2005b867f4708d002000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5063ffffffff8711610730565b507f5b115874000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34610197575f6003193601126101975760206040517fa02e0c929203dda0b74d3f3025035d4db6e6d76216346d2d919415d05c0088268152f35b346101975761086761085936610c77565b9195949384869892986112ef565b926bffffffffffffffffffffffff8260609493941c169889861061092357856bffffffffffffffffffffffff8587956108d27f3810855121a551724c39ffbde8a9f85956822c99c651f7f452c72d170896bd26966101659f9a968f8f9d60609961091e9f829e611398565b5f525f6020527fffffffff00000000000000000000000000000000000000000000000000000000811660405f2055160398604051908582528a60208301526040820152a20333836115cc565b6115cc565b89867f70222ab1000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b346101975760a060031936011261019757602061098f610971610bb6565b610979610bd9565b90610982610bfc565b60843592606435926111c4565b604051908152f35b346101975760806003193601126101975760a06109b2610bb6565b6109ba610bd9565b6109c2610bfc565b906064355f926109d48282858861117d565b5f525f60205260405f2054928360e01c9586610a35575b878663ffffffff878a60405193845260208401526bffffffffffffffffffffffff811660408401526bffffffffffffffffffffffff8160601c16606084015260c01c166080820152f35b63ffffffff955091610a49939187936111c4565b918580806109eb565b3461019757606060031936011261019757602061098f604435602435600435610e1a565b34610197575f60031936011261019757602061098f611212565b610aa6610a9c36610c1f565b8293949192610ebc565b92610ab38284833361117d565b90815f525f60205260405f20549263ffffffff8460c01c1615610b8a576bffffffffffffffffffffffff84169586018096116102b7576bffffffffffffffffffffffff8611610b5e577f8fe679299dd065cb3d7e488e3501d2ca20409d22c814ad142928e5912335d4239460209461079c945f525f8652877fffffffffffffffffffffffffffffffffffffffff00000000000000000000000082161760405f205560e01c92336111c4565b857f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b827f5b115874000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361019757565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361019757565b6044359073ffffffffffffffffffffffffffffffffffffffff8216820361019757565b60031960809101126101975760043573ffffffffffffffffffffffffffffffffffffffff81168103610197579060243573ffffffffffffffffffffffffffffffffffffffff8116810361019757906044359060643590565b60c06003198201126101975760043573ffffffffffffffffffffffffffffffffffffffff81168103610197579160243573ffffffffffffffffffffffffffffffffffffffff81168103610197579160443591606435916084359160a43567ffffffffffffffff811161019757826023820112156101975780600401359267ffffffffffffffff84116101975760248483010111610197576024019190565b60031960609101126101975760043573ffffffffffffffffffffffffffffffffffffffff81168103610197579060243573ffffffffffffffffffffffffffffffffffffffff81168103610197579060443590565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117610ded57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b916040519160208301937fa02e0c929203dda0b74d3f3025035d4db6e6d76216346d2d919415d05c008826855260408401526060830152608082015260808152610e6560a082610dac565b519020610e70611212565b906040519060208201927f190100000000000000000000000000000000000000000000000000000000000084526022830152604282015260428152610eb6606282610dac565b51902090565b73ffffffffffffffffffffffffffffffffffffffff811680610f53575050803403610f2457905b6bffffffffffffffffffffffff8211610ef857565b507f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f626ade30000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b90913461114d5760ff5f5c1661112557801561111e5760017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff005f5c16175f5d604051927f70a08231000000000000000000000000000000000000000000000000000000008452306004850152602084602481865afa9384156110db575f946110e6575b5091611031602092602495946040517f23b872dd000000000000000000000000000000000000000000000000000000008682015233888201523060448201528260648201526064815261102a608482610dac565b30916116cc565b604051938480927f70a082310000000000000000000000000000000000000000000000000000000082523060048301525afa9182156110db575f926110a7575b5081039081116102b757907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff005f5c165f5d610ee3565b9091506020813d6020116110d3575b816110c360209383610dac565b810103126101975751905f611071565b3d91506110b6565b6040513d5f823e3d90fd5b9350916020843d602011611116575b8161110260209383610dac565b810103126101975792519291611031610fd6565b3d91506110f5565b5050505f90565b7fab143c06000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f626ade30000000000000000000000000000000000000000000000000000000005f52346004525f60245260445ffd5b92909173ffffffffffffffffffffffffffffffffffffffff908160405194816020870197168752166040850152166060830152608082015260808152610eb660a082610dac565b939173ffffffffffffffffffffffffffffffffffffffff909391938160405195816020880198168852166040860152166060840152608083015260a082015260a08152610eb660c082610dac565b467f00000000000000000000000000000000000000000000000000000000000000000361125d577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527feec177bdc0286fb01828cb28ed7d095116526fc4095ed8668037e48ef4c19cbc60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a08152610eb660c082610dac565b9190926112fe8285338661117d565b93845f525f60205260405f20549363ffffffff8560c01c1693841561136c5761132d928660e01c9233906111c4565b91804210156113395750565b827ffd9b55c0000000000000000000000000000000000000000000000000000000005f526004526024524260445260645ffd5b867f5b115874000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90959493919291906bffffffffffffffffffffffff168083116115405750906113de929160405160208101918252602081526113d5604082610dac565b51902091610e1a565b604183036114d4578260201161019757813591836040116101975760208101359360401015611513576040013560f81c907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841180156114fc575b6114d4576020935f93608093604051938452868401526040830152606082015282805260015afa156110db5773ffffffffffffffffffffffffffffffffffffffff5f51169081156114d45773ffffffffffffffffffffffffffffffffffffffff16908181036114a6575050565b7fefe0e686000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f8baa579f000000000000000000000000000000000000000000000000000000005f5260045ffd5b50601b82141580156114395750601c821415611439565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b827fdc7143df000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b3d156115c7573d9067ffffffffffffffff8211610ded57604051916115bc601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01660200184610dac565b82523d5f602084013e565b606090565b82156116c75773ffffffffffffffffffffffffffffffffffffffff8116908161165457505f80808086865af161160061156f565b501561160b57505050565b9073ffffffffffffffffffffffffffffffffffffffff917fbf182be8000000000000000000000000000000000000000000000000000000005f526004521660245260445260645ffd5b9291905060ff5f5c16611125576116c592604051907fa9059cbb00000000000000000000000000000000000000000000000000000000602083015273ffffffffffffffffffffffffffffffffffffffff83166024830152836044830152604482526116c0606483610dac565b6116cc565b565b505050565b905f809160208151910182855af16116e261156f565b901580156117a0575b6117545751158061174b575b61170057505050565b9073ffffffffffffffffffffffffffffffffffffffff80927fbf182be8000000000000000000000000000000000000000000000000000000005f52166004521660245260445260645ffd5b50803b156116f7565b509073ffffffffffffffffffffffffffffffffffffffff80927fbf182be8000000000000000000000000000000000000000000000000000000005f52166004521660245260445260645ffd5b50805180151590816117b3575b506116eb565b60208110915081156117c7575b505f6117ad565b60208381019250908301839003126101975751600114155f6117c056fea264697066735822122055800318f09b234a496e6030d85335372367421b0898818eea9ab685fc3aba0964736f6c63430008250033";
const airtntChannelsDeployedSize = 6170;
const airtntPoolsAbi = [
  {
    "inputs": [],
    "stateMutability": "nonpayable",
    "type": "constructor"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "deposit",
        "type": "uint256"
      }
    ],
    "name": "AmountAboveDeposit",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "collected",
        "type": "uint256"
      }
    ],
    "name": "AmountNotAboveCollected",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "AmountTooLarge",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      }
    ],
    "name": "ChannelAlreadyOpen",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "timestamp",
        "type": "uint256"
      }
    ],
    "name": "ChannelExpired",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "timestamp",
        "type": "uint256"
      }
    ],
    "name": "ChannelNotExpired",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "laneKey",
        "type": "bytes32"
      }
    ],
    "name": "ChannelNotOpen",
    "type": "error"
  },
  {
    "inputs": [],
    "name": "InvalidExecutor",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "lowerBound",
        "type": "uint256"
      }
    ],
    "name": "InvalidExpiry",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "members",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "index",
        "type": "uint256"
      }
    ],
    "name": "InvalidPool",
    "type": "error"
  },
  {
    "inputs": [],
    "name": "InvalidSignature",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "laneKey",
        "type": "bytes32"
      }
    ],
    "name": "LaneExhausted",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "caller",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "member",
        "type": "address"
      }
    ],
    "name": "NotPoolMember",
    "type": "error"
  },
  {
    "inputs": [],
    "name": "Reentrancy",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "signer",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "requester",
        "type": "address"
      }
    ],
    "name": "SignerMismatch",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "TransferFailed",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "value",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "ValueMismatch",
    "type": "error"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      }
    ],
    "name": "Extended",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "requester",
        "type": "address"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "executor",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "deposit",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      }
    ],
    "name": "Opened",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "member",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "bytes32",
        "name": "key",
        "type": "bytes32"
      }
    ],
    "name": "PoolCollected",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "refunded",
        "type": "uint256"
      }
    ],
    "name": "Refunded",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "deposit",
        "type": "uint256"
      }
    ],
    "name": "ToppedUp",
    "type": "event"
  },
  {
    "inputs": [],
    "name": "DOMAIN_SEPARATOR",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "POOL_PAYMENT_TYPEHASH",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "requester",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "executor",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      }
    ],
    "name": "channel",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "internalType": "uint256",
        "name": "nonce",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "deposit",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "collected",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "requester",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "executor",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "nonce",
        "type": "uint256"
      }
    ],
    "name": "channelIdOf",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "pure",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "requester",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      },
      {
        "internalType": "address[]",
        "name": "members",
        "type": "address[]"
      },
      {
        "internalType": "uint256",
        "name": "index",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "internalType": "bytes32",
        "name": "key",
        "type": "bytes32"
      },
      {
        "internalType": "bytes",
        "name": "signature",
        "type": "bytes"
      }
    ],
    "name": "collectPool",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "eip712Domain",
    "outputs": [
      {
        "internalType": "bytes1",
        "name": "fields",
        "type": "bytes1"
      },
      {
        "internalType": "string",
        "name": "name",
        "type": "string"
      },
      {
        "internalType": "string",
        "name": "version",
        "type": "string"
      },
      {
        "internalType": "uint256",
        "name": "chainId",
        "type": "uint256"
      },
      {
        "internalType": "address",
        "name": "verifyingContract",
        "type": "address"
      },
      {
        "internalType": "bytes32",
        "name": "salt",
        "type": "bytes32"
      },
      {
        "internalType": "uint256[]",
        "name": "extensions",
        "type": "uint256[]"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "executor",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      }
    ],
    "name": "extend",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "internalType": "address",
        "name": "member",
        "type": "address"
      }
    ],
    "name": "memberCollected",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "executor",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      }
    ],
    "name": "open",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      }
    ],
    "stateMutability": "payable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address[]",
        "name": "members",
        "type": "address[]"
      }
    ],
    "name": "poolOf",
    "outputs": [
      {
        "internalType": "address",
        "name": "",
        "type": "address"
      }
    ],
    "stateMutability": "pure",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "channelId",
        "type": "bytes32"
      },
      {
        "internalType": "address",
        "name": "member",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "internalType": "bytes32",
        "name": "keyHash",
        "type": "bytes32"
      }
    ],
    "name": "poolPaymentDigest",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "executor",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      }
    ],
    "name": "refund",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "executor",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "lane",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "topUp",
    "outputs": [],
    "stateMutability": "payable",
    "type": "function"
  }
];
const airtntPoolsBytecode = "0x60c0346100df574660a052602081017f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81527feec177bdc0286fb01828cb28ed7d095116526fc4095ed8668037e48ef4c19cbc60408301527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301524660808301523060a083015260a0825260c082019180831060018060401b038411176100cb578260405251902060805261197390816100e4823960805181611614015260a051816115ee0152f35b634e487b7160e01b5f52604160045260245ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806332746d4f14610e005780633644e51514610de65780633c4066f914610dac5780633d81ca7114610cf157806346dab25c14610cb557806351d0cb3e14610c485780636d5f86b2146106ec5780637346abf7146105ca57806377b215ce1461059457806382ad6f351461044457806384b0196e146103175780639a78ec48146101065763e30f7604146100a8575f80fd5b346101025760206003193601126101025760043567ffffffffffffffff8111610102576100e46100de6020923690600401610fe7565b906111b9565b73ffffffffffffffffffffffffffffffffffffffff60405191168152f35b5f80fd5b60a06003193601126101025761011a610f26565b610122610f49565b6044359073ffffffffffffffffffffffffffffffffffffffff83169060843582156102ef574281118015906102e2575b6102b35761016284838733611556565b805f525f60205260405f20549563ffffffff8760e01c9760c01c1661027b5763ffffffff871461024f57600187018097116102225760209686856101c8936101ac606435836112a0565b955f525f8b528360e01b8760c01b87171760405f20553361159d565b9473ffffffffffffffffffffffffffffffffffffffff604051941684528684015260408301526060820152827fd53762e7d306fd0cf455f698688bb7a6dab554cc59f4aa2dbafcb6eb8f629d8860803393a4604051908152f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b507fc3d53cfa000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b868685610288933361159d565b7f095d0229000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f4708d002000000000000000000000000000000000000000000000000000000005f526004524260245260445ffd5b5063ffffffff8111610152565b7f710c9497000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610102575f600319360112610102576103e96020604051610339828261105b565b5f81525f3681376040916103f6835193610353818661105b565b600685527f416972746e740000000000000000000000000000000000000000000000000000838601528051610388828261105b565b600181527f31000000000000000000000000000000000000000000000000000000000000008482015281519687967f0f00000000000000000000000000000000000000000000000000000000000000885260e08689015260e0880190611018565b9186830390870152611018565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061042d57505050500390f35b83518552869550938101939281019260010161041e565b346101025760606003193601126101025761045d610f26565b610465610f49565b6044359061047582828533611556565b91825f525f60205260405f20549363ffffffff8560c01c1691821561056857906104a591848760e01c923361159d565b9080421061053557507fffffffff00000000000000000000000000000000000000000000000000000000846bffffffffffffffffffffffff6105339660601c166bffffffffffffffffffffffff821603945f525f6020521660405f20557f1535ab411323bb41ad642ccf14068bbd78818ed38dd9b4421c927cc6eeb07e2d6020604051858152a23390611725565b005b907fca91de54000000000000000000000000000000000000000000000000000000005f526004526024524260445260645ffd5b847f5b115874000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101025760806003193601126101025760206105c26105b2610f49565b60643590604435906004356110fa565b604051908152f35b34610102576105d836610f8f565b92916105e682828533611556565b805f525f60205260405f20549063ffffffff8260c01c1680156106c0578087118015906106b3575b61068457509261067a927f60e0876708aeabbf4f544fb02602d0599d975f2b270d3450d4c0867712d1574295926020955f525f86528760c01b7fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff82161760405f205560e01c923361159d565b92604051908152a2005b867f4708d002000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5063ffffffff871161060e565b507f5b115874000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101025761010060031936011261010257610706610f26565b61070e610f49565b6044359060643567ffffffffffffffff811161010257610732903690600401610fe7565b9390926084359460a4359260c4359160e4359667ffffffffffffffff881161010257366023890112156101025787600401359867ffffffffffffffff8a11610102573660248b8b01011161010257600283108015610c3e575b8015610c34575b610c05576107a96107a48285856110c9565b6110d9565b73ffffffffffffffffffffffffffffffffffffffff33911603610bb25750906107d1916111b9565b906107de84878484611556565b90815f525f60205260405f20549263ffffffff8460c01c16958615610b86579061080e91898660e01c928561159d565b9480421015610b5357506040805160208101878152339282019290925261086081606081015b037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0810183528261105b565b51902090815f52600160205260405f2054998a881115610b23576bffffffffffffffffffffffff85169a8b8911610af3578803998a6bffffffffffffffffffffffff8760601c16019b808d11610ac457506108d96040516020810190898252602081526108ce60408261105b565b5190208a338b6110fa565b60418303610a4d578260201161010257602482013591836040116101025760448101359360401015610a97576064013560f81c907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084118015610a80575b610a4d576020935f93608093604051938452868401526040830152606082015282805260015afa15610a755773ffffffffffffffffffffffffffffffffffffffff5f5116908115610a4d5773ffffffffffffffffffffffffffffffffffffffff1690818103610a1f575050977fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff91610533995f5260016020528660405f20555f525f60205260601b91161760405f205560405192835260208301527f7bb976408e2f091eba4135bd244ce26725e5a532a7c085bbad01c0ecae6e6edc60403393a33390611725565b7fefe0e686000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f8baa579f000000000000000000000000000000000000000000000000000000005f5260045ffd5b6040513d5f823e3d90fd5b50601b82141580156109375750601c821415610937565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8c7fdc7143df000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b8b897fdc7143df000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b8a887f70222ab1000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b857ffd9b55c0000000000000000000000000000000000000000000000000000000005f526004526024524260445260645ffd5b837f5b115874000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6107a49073ffffffffffffffffffffffffffffffffffffffff93610bd5936110c9565b7fc5b95d77000000000000000000000000000000000000000000000000000000005f52336004521660245260445ffd5b827fa6f9df03000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5082811015610792565b506008831161078b565b3461010257604060031936011261010257610c61610f49565b604051610c9c8161083460208201946004358690929173ffffffffffffffffffffffffffffffffffffffff6020916040840195845216910152565b5190205f526001602052602060405f2054604051908152f35b346101025760a06003193601126101025760206105c2610cd3610f26565b610cdb610f49565b90610ce4610f6c565b608435926064359261159d565b346101025760806003193601126101025760a0610d0c610f26565b610d14610f49565b610d1c610f6c565b906064355f92610d2e82828588611556565b5f525f60205260405f2054928360e01c9586610d8f575b878663ffffffff878a60405193845260208401526bffffffffffffffffffffffff811660408401526bffffffffffffffffffffffff8160601c16606084015260c01c166080820152f35b63ffffffff955091610da39391879361159d565b91858080610d45565b34610102575f6003193601126101025760206040517f5f846db95a291ed7f7886264123d0a9912e131a0768eca39a4520b493a8a07908152f35b34610102575f6003193601126101025760206105c26115eb565b610e16610e0c36610f8f565b82939491926112a0565b92610e2382848333611556565b90815f525f60205260405f20549263ffffffff8460c01c1615610efa576bffffffffffffffffffffffff8416958601809611610222576bffffffffffffffffffffffff8611610ece577f8fe679299dd065cb3d7e488e3501d2ca20409d22c814ad142928e5912335d4239460209461067a945f525f8652877fffffffffffffffffffffffffffffffffffffffff00000000000000000000000082161760405f205560e01c923361159d565b857f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b827f5b115874000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361010257565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361010257565b6044359073ffffffffffffffffffffffffffffffffffffffff8216820361010257565b60031960809101126101025760043573ffffffffffffffffffffffffffffffffffffffff81168103610102579060243573ffffffffffffffffffffffffffffffffffffffff8116810361010257906044359060643590565b9181601f840112156101025782359167ffffffffffffffff8311610102576020808501948460051b01011161010257565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761109c57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b9190811015610a975760051b0190565b3573ffffffffffffffffffffffffffffffffffffffff811681036101025790565b92909173ffffffffffffffffffffffffffffffffffffffff6040519360208501957f5f846db95a291ed7f7886264123d0a9912e131a0768eca39a4520b493a8a079087526040860152166060840152608083015260a082015260a0815261116260c08261105b565b51902061116d6115eb565b906040519060208201927f1901000000000000000000000000000000000000000000000000000000000000845260228301526042820152604281526111b360628261105b565b51902090565b9190604051602081019180606083017fa15be39226e7763de068cb45f8a56be60bae92f50d21014b60aeec8ffaea21608552604080850152526080820194905f905b8082106112535750505061124c8173ffffffffffffffffffffffffffffffffffffffff9495037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0810183528261105b565b5190201690565b90919586359073ffffffffffffffffffffffffffffffffffffffff82168203610102576020809173ffffffffffffffffffffffffffffffffffffffff6001941681520197019201906111fb565b73ffffffffffffffffffffffffffffffffffffffff81168061133757505080340361130857905b6bffffffffffffffffffffffff82116112dc57565b507f08083b2a000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f626ade30000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b9091346115265760ff5f5c166114fe5780156114f75760017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff005f5c16175f5d604051927f70a08231000000000000000000000000000000000000000000000000000000008452306004850152602084602481865afa938415610a75575f946114bf575b5091611415602092602495946040517f23b872dd000000000000000000000000000000000000000000000000000000008682015233888201523060448201528260648201526064815261140e60848261105b565b3091611825565b604051938480927f70a082310000000000000000000000000000000000000000000000000000000082523060048301525afa918215610a75575f9261148b575b50810390811161022257907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff005f5c165f5d6112c7565b9091506020813d6020116114b7575b816114a76020938361105b565b810103126101025751905f611455565b3d915061149a565b9350916020843d6020116114ef575b816114db6020938361105b565b8101031261010257925192916114156113ba565b3d91506114ce565b5050505f90565b7fab143c06000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f626ade30000000000000000000000000000000000000000000000000000000005f52346004525f60245260445ffd5b92909173ffffffffffffffffffffffffffffffffffffffff9081604051948160208701971687521660408501521660608301526080820152608081526111b360a08261105b565b939173ffffffffffffffffffffffffffffffffffffffff909391938160405195816020880198168852166040860152166060840152608083015260a082015260a081526111b360c08261105b565b467f000000000000000000000000000000000000000000000000000000000000000003611636577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527feec177bdc0286fb01828cb28ed7d095116526fc4095ed8668037e48ef4c19cbc60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a081526111b360c08261105b565b3d15611720573d9067ffffffffffffffff821161109c5760405191611715601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0166020018461105b565b82523d5f602084013e565b606090565b82156118205773ffffffffffffffffffffffffffffffffffffffff811690816117ad57505f80808086865af16117596116c8565b501561176457505050565b9073ffffffffffffffffffffffffffffffffffffffff917fbf182be8000000000000000000000000000000000000000000000000000000005f526004521660245260445260645ffd5b9291905060ff5f5c166114fe5761181e92604051907fa9059cbb00000000000000000000000000000000000000000000000000000000602083015273ffffffffffffffffffffffffffffffffffffffff831660248301528360448301526044825261181960648361105b565b611825565b565b505050565b905f809160208151910182855af161183b6116c8565b901580156118f9575b6118ad575115806118a4575b61185957505050565b9073ffffffffffffffffffffffffffffffffffffffff80927fbf182be8000000000000000000000000000000000000000000000000000000005f52166004521660245260445260645ffd5b50803b15611850565b509073ffffffffffffffffffffffffffffffffffffffff80927fbf182be8000000000000000000000000000000000000000000000000000000005f52166004521660245260445260645ffd5b508051801515908161190c575b50611844565b6020811091508115611920575b505f611906565b60208381019250908301839003126101025751600114155f61191956fea26469706673582212204e6c74b21d5c47a0400b12f95f1af5340c9ea9bd79d6a6410515f3a71aba775f64736f6c63430008250033";
const airtntPoolsDeployedSize = 6515;
const airtntRegistryAbi = [
  {
    "inputs": [
      {
        "internalType": "uint256[10]",
        "name": "params",
        "type": "uint256[10]"
      },
      {
        "internalType": "bytes32",
        "name": "policyHash",
        "type": "bytes32"
      },
      {
        "internalType": "address[]",
        "name": "genesisVerifiers",
        "type": "address[]"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "constructor"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "internalType": "uint8",
        "name": "status",
        "type": "uint8"
      }
    ],
    "name": "AlreadyRegistered",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "verifier",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "epoch",
        "type": "uint256"
      }
    ],
    "name": "BondOutstanding",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "caseEpoch",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "currentEpoch",
        "type": "uint256"
      }
    ],
    "name": "CaseNotOpen",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "size",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "expected",
        "type": "uint256"
      }
    ],
    "name": "CommitteeSizeMismatch",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "length",
        "type": "uint256"
      }
    ],
    "name": "InvalidEndpoint",
    "type": "error"
  },
  {
    "inputs": [],
    "name": "InvalidKey",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "string",
        "name": "which",
        "type": "string"
      },
      {
        "internalType": "uint256",
        "name": "value",
        "type": "uint256"
      }
    ],
    "name": "InvalidParameter",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint8",
        "name": "role",
        "type": "uint8"
      }
    ],
    "name": "InvalidRole",
    "type": "error"
  },
  {
    "inputs": [],
    "name": "InvalidSignature",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "stake",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "minimum",
        "type": "uint256"
      }
    ],
    "name": "InvalidStake",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "internalType": "bytes32",
        "name": "committed",
        "type": "bytes32"
      },
      {
        "internalType": "bytes32",
        "name": "given",
        "type": "bytes32"
      }
    ],
    "name": "JoinMismatch",
    "type": "error"
  },
  {
    "inputs": [],
    "name": "NotConflicting",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "claimant",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "index",
        "type": "uint256"
      }
    ],
    "name": "NothingToClaim",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "verifier",
        "type": "address"
      }
    ],
    "name": "NothingToForfeit",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "phase",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "timestamp",
        "type": "uint256"
      }
    ],
    "name": "OutsidePhase",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "policyHash",
        "type": "bytes32"
      },
      {
        "internalType": "bytes32",
        "name": "expected",
        "type": "bytes32"
      }
    ],
    "name": "PolicyMismatch",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "signatures",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "quorum",
        "type": "uint256"
      }
    ],
    "name": "QuorumNotReached",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "verifier",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "epoch",
        "type": "uint256"
      }
    ],
    "name": "RevealMismatch",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "epoch",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "currentEpoch",
        "type": "uint256"
      }
    ],
    "name": "SeedNotFinal",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "signer",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "expected",
        "type": "address"
      }
    ],
    "name": "SignerMismatch",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "index",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "previous",
        "type": "uint256"
      }
    ],
    "name": "SignersNotAscending",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "withdrawableAt",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "timestamp",
        "type": "uint256"
      }
    ],
    "name": "StillUnbonding",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "requester",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "epoch",
        "type": "uint256"
      },
      {
        "internalType": "bytes32",
        "name": "taskId",
        "type": "bytes32"
      }
    ],
    "name": "TaskAlreadyCommitted",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "TransferFailed",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "unbonding",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "minimum",
        "type": "uint256"
      }
    ],
    "name": "UnbondingTooShort",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "value",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "expected",
        "type": "uint256"
      }
    ],
    "name": "ValueMismatch",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "epoch",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "time",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "expectedEpoch",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "expectedTime",
        "type": "uint256"
      }
    ],
    "name": "VerdictOutOfCase",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "signer",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "epoch",
        "type": "uint256"
      }
    ],
    "name": "VerifierNotActive",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "signer",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "index",
        "type": "uint256"
      }
    ],
    "name": "VerifierNotDrawn",
    "type": "error"
  },
  {
    "inputs": [],
    "name": "VerifierSlotsFull",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "internalType": "uint8",
        "name": "status",
        "type": "uint8"
      }
    ],
    "name": "WrongStatus",
    "type": "error"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "caseEpoch",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "bytes32",
        "name": "verdictDigest",
        "type": "bytes32"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "signers",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "activeEpoch",
        "type": "uint256"
      }
    ],
    "name": "Admitted",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint8",
        "name": "role",
        "type": "uint8"
      },
      {
        "indexed": false,
        "internalType": "uint8",
        "name": "tee",
        "type": "uint8"
      },
      {
        "indexed": false,
        "internalType": "address",
        "name": "enclaveKey",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "bytes32",
        "name": "sealingKey",
        "type": "bytes32"
      },
      {
        "indexed": false,
        "internalType": "bytes32",
        "name": "vrfKey",
        "type": "bytes32"
      },
      {
        "indexed": false,
        "internalType": "bytes32",
        "name": "evidenceHash",
        "type": "bytes32"
      },
      {
        "indexed": false,
        "internalType": "string",
        "name": "endpoint",
        "type": "string"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "stake",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "caseEpoch",
        "type": "uint256"
      }
    ],
    "name": "Joined",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "leaveEpoch",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "withdrawableAt",
        "type": "uint256"
      }
    ],
    "name": "Left",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "caseEpoch",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "bytes32",
        "name": "verdictDigest",
        "type": "bytes32"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "signers",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "leaveEpoch",
        "type": "uint256"
      }
    ],
    "name": "Removed",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "verifier",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "epoch",
        "type": "uint256"
      }
    ],
    "name": "SeedBondForfeited",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "verifier",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "epoch",
        "type": "uint256"
      }
    ],
    "name": "SeedCommitted",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "verifier",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "seedEpoch",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "bytes32",
        "name": "secret",
        "type": "bytes32"
      }
    ],
    "name": "SeedRevealed",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint8",
        "name": "reason",
        "type": "uint8"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "reporter",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "reward",
        "type": "uint256"
      }
    ],
    "name": "Slashed",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "pendingStake",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "effectiveEpoch",
        "type": "uint256"
      }
    ],
    "name": "StakeAdded",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "requester",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "epoch",
        "type": "uint256"
      },
      {
        "indexed": false,
        "internalType": "bytes32",
        "name": "taskId",
        "type": "bytes32"
      }
    ],
    "name": "TaskCommitted",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "verifier",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "share",
        "type": "uint256"
      }
    ],
    "name": "VerdictFeeClaimed",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "Withdrawn",
    "type": "event"
  },
  {
    "inputs": [],
    "name": "CHALLENGE_WINDOW",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "COMMITTEE_SIZE",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "DELAY_EPOCHS",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "DOMAIN_SEPARATOR",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "EPOCH_LENGTH",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "GENESIS",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "JOIN_FEE",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "MAX_CHANNEL_DURATION",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "MIN_STAKE",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "POLICY_HASH",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "QUORUM",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "REPORTER_SHARE_BPS",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "ROLE_EXECUTOR",
    "outputs": [
      {
        "internalType": "uint8",
        "name": "",
        "type": "uint8"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "ROLE_VERIFIER",
    "outputs": [
      {
        "internalType": "uint8",
        "name": "",
        "type": "uint8"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "ROUND_RECORD_TYPEHASH",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "SEED_BOND",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "SLASH_ENCLAVE_EQUIVOCATION",
    "outputs": [
      {
        "internalType": "uint8",
        "name": "",
        "type": "uint8"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "SLASH_VERDICT_EQUIVOCATION",
    "outputs": [
      {
        "internalType": "uint8",
        "name": "",
        "type": "uint8"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "STATUS_ADMITTED",
    "outputs": [
      {
        "internalType": "uint8",
        "name": "",
        "type": "uint8"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "STATUS_LEAVING",
    "outputs": [
      {
        "internalType": "uint8",
        "name": "",
        "type": "uint8"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "STATUS_NONE",
    "outputs": [
      {
        "internalType": "uint8",
        "name": "",
        "type": "uint8"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "STATUS_PENDING",
    "outputs": [
      {
        "internalType": "uint8",
        "name": "",
        "type": "uint8"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "STATUS_SLASHED",
    "outputs": [
      {
        "internalType": "uint8",
        "name": "",
        "type": "uint8"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "UNBONDING_DELAY",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "VERDICT_TYPEHASH",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "addStake",
    "outputs": [],
    "stateMutability": "payable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "internalType": "bytes32",
        "name": "evidenceHash",
        "type": "bytes32"
      },
      {
        "internalType": "bytes32",
        "name": "keysHash",
        "type": "bytes32"
      },
      {
        "internalType": "bytes32",
        "name": "collateralHash",
        "type": "bytes32"
      },
      {
        "internalType": "uint256",
        "name": "committee",
        "type": "uint256"
      },
      {
        "internalType": "bytes",
        "name": "signatures",
        "type": "bytes"
      }
    ],
    "name": "admit",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "internalType": "bytes32",
        "name": "digest",
        "type": "bytes32"
      },
      {
        "internalType": "uint256",
        "name": "unclaimed",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "index",
        "type": "uint256"
      }
    ],
    "name": "claimVerdictFee",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "commitment",
        "type": "bytes32"
      }
    ],
    "name": "commitSeed",
    "outputs": [],
    "stateMutability": "payable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "salt",
        "type": "bytes32"
      }
    ],
    "name": "commitTask",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "taskId",
        "type": "bytes32"
      },
      {
        "internalType": "uint256",
        "name": "epoch",
        "type": "uint256"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "currentEpoch",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "epoch",
        "type": "uint256"
      }
    ],
    "name": "epochSeed",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "seed",
        "type": "bytes32"
      },
      {
        "internalType": "uint256",
        "name": "reveals",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "epoch",
        "type": "uint256"
      }
    ],
    "name": "epochStart",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "verifier",
        "type": "address"
      }
    ],
    "name": "forfeitSeedBond",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "uint8",
        "name": "role",
        "type": "uint8"
      },
      {
        "internalType": "uint8",
        "name": "tee",
        "type": "uint8"
      },
      {
        "internalType": "address",
        "name": "enclaveKey",
        "type": "address"
      },
      {
        "internalType": "bytes32",
        "name": "sealingKey",
        "type": "bytes32"
      },
      {
        "internalType": "bytes32",
        "name": "vrfKey",
        "type": "bytes32"
      },
      {
        "internalType": "bytes32",
        "name": "evidenceHash",
        "type": "bytes32"
      },
      {
        "internalType": "string",
        "name": "endpoint",
        "type": "string"
      }
    ],
    "name": "join",
    "outputs": [],
    "stateMutability": "payable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "node",
        "type": "address"
      }
    ],
    "name": "nodeOf",
    "outputs": [
      {
        "components": [
          {
            "internalType": "uint256",
            "name": "stake",
            "type": "uint256"
          },
          {
            "internalType": "uint256",
            "name": "pendingStake",
            "type": "uint256"
          },
          {
            "internalType": "uint256",
            "name": "pendingEpoch",
            "type": "uint256"
          },
          {
            "internalType": "uint8",
            "name": "status",
            "type": "uint8"
          },
          {
            "internalType": "uint8",
            "name": "role",
            "type": "uint8"
          },
          {
            "internalType": "uint8",
            "name": "tee",
            "type": "uint8"
          },
          {
            "internalType": "uint8",
            "name": "index",
            "type": "uint8"
          },
          {
            "internalType": "uint256",
            "name": "activeEpoch",
            "type": "uint256"
          },
          {
            "internalType": "uint256",
            "name": "leaveEpoch",
            "type": "uint256"
          },
          {
            "internalType": "uint256",
            "name": "joinEpoch",
            "type": "uint256"
          },
          {
            "internalType": "address",
            "name": "enclaveKey",
            "type": "address"
          },
          {
            "internalType": "bytes32",
            "name": "commitment",
            "type": "bytes32"
          }
        ],
        "internalType": "struct RegistryStorage.NodeInfo",
        "name": "info",
        "type": "tuple"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "pool",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "reserve",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "held",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "sessionId",
        "type": "bytes32"
      },
      {
        "internalType": "uint64",
        "name": "round",
        "type": "uint64"
      },
      {
        "internalType": "bytes32",
        "name": "recordHash",
        "type": "bytes32"
      }
    ],
    "name": "recordDigest",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "components": [
          {
            "internalType": "address",
            "name": "node",
            "type": "address"
          },
          {
            "internalType": "uint64",
            "name": "epoch",
            "type": "uint64"
          },
          {
            "internalType": "uint256",
            "name": "committee",
            "type": "uint256"
          },
          {
            "internalType": "bytes32",
            "name": "evidenceHash",
            "type": "bytes32"
          },
          {
            "internalType": "bytes32",
            "name": "collateralHash",
            "type": "bytes32"
          },
          {
            "internalType": "bytes32",
            "name": "policyHash",
            "type": "bytes32"
          },
          {
            "internalType": "uint64",
            "name": "time",
            "type": "uint64"
          },
          {
            "internalType": "bytes32",
            "name": "keysHash",
            "type": "bytes32"
          },
          {
            "internalType": "bool",
            "name": "pass",
            "type": "bool"
          }
        ],
        "internalType": "struct RegistryStorage.Verdict",
        "name": "verdict",
        "type": "tuple"
      },
      {
        "internalType": "bytes",
        "name": "signatures",
        "type": "bytes"
      }
    ],
    "name": "remove",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "requestLeave",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "bytes32",
        "name": "secret",
        "type": "bytes32"
      }
    ],
    "name": "revealSeed",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "internalType": "bytes32",
        "name": "sessionId",
        "type": "bytes32"
      },
      {
        "internalType": "uint64",
        "name": "round",
        "type": "uint64"
      },
      {
        "internalType": "bytes32",
        "name": "recordA",
        "type": "bytes32"
      },
      {
        "internalType": "bytes",
        "name": "signatureA",
        "type": "bytes"
      },
      {
        "internalType": "bytes32",
        "name": "recordB",
        "type": "bytes32"
      },
      {
        "internalType": "bytes",
        "name": "signatureB",
        "type": "bytes"
      }
    ],
    "name": "slashEquivocation",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "verifier",
        "type": "address"
      },
      {
        "components": [
          {
            "internalType": "address",
            "name": "node",
            "type": "address"
          },
          {
            "internalType": "uint64",
            "name": "epoch",
            "type": "uint64"
          },
          {
            "internalType": "uint256",
            "name": "committee",
            "type": "uint256"
          },
          {
            "internalType": "bytes32",
            "name": "evidenceHash",
            "type": "bytes32"
          },
          {
            "internalType": "bytes32",
            "name": "collateralHash",
            "type": "bytes32"
          },
          {
            "internalType": "bytes32",
            "name": "policyHash",
            "type": "bytes32"
          },
          {
            "internalType": "uint64",
            "name": "time",
            "type": "uint64"
          },
          {
            "internalType": "bytes32",
            "name": "keysHash",
            "type": "bytes32"
          },
          {
            "internalType": "bool",
            "name": "pass",
            "type": "bool"
          }
        ],
        "internalType": "struct RegistryStorage.Verdict",
        "name": "verdictA",
        "type": "tuple"
      },
      {
        "internalType": "bytes",
        "name": "signatureA",
        "type": "bytes"
      },
      {
        "components": [
          {
            "internalType": "address",
            "name": "node",
            "type": "address"
          },
          {
            "internalType": "uint64",
            "name": "epoch",
            "type": "uint64"
          },
          {
            "internalType": "uint256",
            "name": "committee",
            "type": "uint256"
          },
          {
            "internalType": "bytes32",
            "name": "evidenceHash",
            "type": "bytes32"
          },
          {
            "internalType": "bytes32",
            "name": "collateralHash",
            "type": "bytes32"
          },
          {
            "internalType": "bytes32",
            "name": "policyHash",
            "type": "bytes32"
          },
          {
            "internalType": "uint64",
            "name": "time",
            "type": "uint64"
          },
          {
            "internalType": "bytes32",
            "name": "keysHash",
            "type": "bytes32"
          },
          {
            "internalType": "bool",
            "name": "pass",
            "type": "bool"
          }
        ],
        "internalType": "struct RegistryStorage.Verdict",
        "name": "verdictB",
        "type": "tuple"
      },
      {
        "internalType": "bytes",
        "name": "signatureB",
        "type": "bytes"
      }
    ],
    "name": "slashVerdictEquivocation",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "node",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "epoch",
        "type": "uint256"
      }
    ],
    "name": "stakeAt",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "requester",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "epoch",
        "type": "uint256"
      }
    ],
    "name": "taskOf",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "components": [
          {
            "internalType": "address",
            "name": "node",
            "type": "address"
          },
          {
            "internalType": "uint64",
            "name": "epoch",
            "type": "uint64"
          },
          {
            "internalType": "uint256",
            "name": "committee",
            "type": "uint256"
          },
          {
            "internalType": "bytes32",
            "name": "evidenceHash",
            "type": "bytes32"
          },
          {
            "internalType": "bytes32",
            "name": "collateralHash",
            "type": "bytes32"
          },
          {
            "internalType": "bytes32",
            "name": "policyHash",
            "type": "bytes32"
          },
          {
            "internalType": "uint64",
            "name": "time",
            "type": "uint64"
          },
          {
            "internalType": "bytes32",
            "name": "keysHash",
            "type": "bytes32"
          },
          {
            "internalType": "bool",
            "name": "pass",
            "type": "bool"
          }
        ],
        "internalType": "struct RegistryStorage.Verdict",
        "name": "v",
        "type": "tuple"
      }
    ],
    "name": "verdictDigest",
    "outputs": [
      {
        "internalType": "bytes32",
        "name": "",
        "type": "bytes32"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "index",
        "type": "uint256"
      }
    ],
    "name": "verifierAt",
    "outputs": [
      {
        "internalType": "address",
        "name": "verifier",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "count",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "withdraw",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "node",
        "type": "address"
      }
    ],
    "name": "withdrawableAt",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  }
];
const airtntRegistryBytecode = "0x610240806040523461068d57613f0d803803809161001d82856106b5565b83398101906101808183031261068d5781601f8201121561068d5760405161014081016001600160401b038111828210176106915760405261014082018184821161068d5783905b8282106106a55750505161016083015190926001600160401b03821161068d570183601f8201121561068d578051936001600160401b038511610691578460051b91604051956100b860208501886106b5565b865260208087019382010191821161068d57602001915b81831061066d575050600160ff1b600955508051600211801561065f575b61062457602081018051158015610613575b6105db57604082019081511580156105d0575b610593576060830180518060011b908082046002149015171561053e57835110801590610588575b61055257608084019081519160a086019182519361015e60c08901958651906106d8565b101561050e576101008701956127108751116104ce5760e0880180519096906001600160601b031061049657610120890180519099906001600160601b031061045f57426080525160a0525160c0525160e05251610100525161012052516101405251610160525161018052516101a052516101c0526101e0525f5b815181101561021257600190818060a01b0360208260051b85010151165f52600460205260405f208260ff19825416179055016101da565b466102205260405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f7b944b50f14f64382ea5aa6fb3ccac0b5577e1cec9e005c632e3b9295bca6fdf60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a081526102a960c0826106b5565b5190206102005260405161382790816106e682396080518181816103d30152818161053d01528181610c0a015281816115400152818161166901528181611be901528181611e16015281816120ab015281816121d1015281816125ad015281816125ee0152818161295b0152613559015260a05181818161056401528181610b6901528181610be101528181611e46015281816121ff015281816126220152818161299201528181612e2c01526135b0015260c0518181816102eb015281816104b30152611d22015260e05181818161032501526132b001526101005181818161292501526132e0015261012051818181610fc00152612e530152610140518161249d015261016051816102580152610180518181816103990152818161253f015281816126660152612a3001526101a0518181816102b10152818161131f015261185001526101c05181818161035f015281816104d70152818161050f015281816106db015281816108460152818161095c015281816109c301528181610d6b01526131ae01526101e051818181610ba301528181611f100152612254015261020051816130f8015261022051816130d20152f35b60848a5160405190632763535760e01b82526040600483015260076044830152666a6f696e46656560c81b60648301526024820152fd5b6084875160405190632763535760e01b82526040600483015260086044830152671cd95959109bdb9960c21b60648301526024820152fd5b6084875160405190632763535760e01b825260406004830152601060448301526f7265706f72746572536861726542707360801b60648301526024820152fd5b50519051825161051d916106d8565b906001820180921161053e576302892f8360e61b5f5260045260245260445ffd5b634e487b7160e01b5f52601160045260245ffd5b6084905160405190632763535760e01b825260406004830152600660448301526571756f72756d60d01b60648301526024820152fd5b50805183511061013a565b6084825160405190632763535760e01b825260406004830152600d60448301526c636f6d6d697474656553697a6560981b60648301526024820152fd5b5060ff825111610112565b6084905160405190632763535760e01b82526040600483015260086044830152676d696e5374616b6560c01b60648301526024820152fd5b5080516001600160601b03106100ff565b6084905160405190632763535760e01b825260406004830152600b60448301526a0cae0dec6d098cadccee8d60ab1b60648301526024820152fd5b5063ffffffff8151116100ed565b82516001600160a01b038116810361068d578152602092830192016100cf565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b8151815260209182019101610065565b601f909101601f19168101906001600160401b0382119082101761069157604052565b9190820180921161053e5756fe6080806040526004361015610012575f80fd5b5f3560e01c90816309a743c314612b815750806316f0115b14612b385780631f291dfc146129485780632e80d9b61461290e5780633644e515146128f45780633ccfd60b146127ea5780633ffc6f9c146125e0578063423d487c1461023c5780634501b7c5146124c057806347a1cd8a1461248657806347d40c8c146121595780634abccd281461208f578063588e0db514611d835780635a627dbc14611ba25780635a8c06ab14611b7f5780635c26ea7b14611b5a578063624d71ef1461023c57806365f3c0eb14611b3f578063682a91411461195057806373469a11146116c857806375cb5f3d1461168e578063766718081461164f5780638316e6dc1461152757806384e1433b1461150d5780638de8c60b14610fe35780638ebb350114610fa9578063970ad37414610237578063997db02d14610f145780639c8094b614610edd5780639f88bc2c14610cea578063a86e171514610c70578063a86fcab314610c36578063aa9354a314610bc6578063aae1117514610b8c578063ac4746ab14610b52578063aca798c314610b37578063b270561b14610ac9578063b28c2909146103f6578063b7dec1b7146103bc578063b8e7c3e014610382578063c0b226dc14610348578063c18cd8ff14610237578063c5234a7e1461030e578063cb1c2b5c146102d4578063cdcaa2121461029a578063d61a33811461027f578063d62aad2914610241578063d958ddf61461023c5763ecf496f714610237575f80fd5b61027f565b612bec565b3461027b575f60031936011261027b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b5f80fd5b3461027b575f60031936011261027b57602060405160028152f35b3461027b575f60031936011261027b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461027b575f60031936011261027b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461027b575f60031936011261027b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461027b575f60031936011261027b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461027b575f60031936011261027b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461027b575f60031936011261027b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b60e060031936011261027b5760043560ff8116810361027b576024359060ff8216820361027b5760443573ffffffffffffffffffffffffffffffffffffffff8116810361027b5760c43567ffffffffffffffff811161027b5761045d903690600401612c2a565b335f525f60205260405f205480610a935750600160ff8516141580610a85575b610a565773ffffffffffffffffffffffffffffffffffffffff8316158015610a4c575b610a245780158015610a19575b6109ee577f00000000000000000000000000000000000000000000000000000000000000006104fc7f000000000000000000000000000000000000000000000000000000000000000082612d99565b341080156109b0575b61095657506105347f000000000000000000000000000000000000000000000000000000000000000034612f9f565b906105896105627f000000000000000000000000000000000000000000000000000000000000000042612f9f565b7f000000000000000000000000000000000000000000000000000000000000000090612d62565b955f95600260ff8216146108d7575b5f966001949060ff8316600214806108c1575b610874575b335f525f6020528960c01b908960801b9060781b6eff00000000000000000000000000008660701b166dff000000000000000000000000008660681b166cff0000000000000000000000008a60601b168617171717171760405f2055335f52600160205273ffffffffffffffffffffffffffffffffffffffff871660405f205561ffff1960405160208101906106a4816106786084358d606435908760409194939273ffffffffffffffffffffffffffffffffffffffff606083019616825260208201520152565b037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08101835282612c75565b519020604051602081019160a43583526040820152604081526106c8606082612c75565b51902016335f52600260205260405f20557f0000000000000000000000000000000000000000000000000000000000000000610844575b6002890190818a11610817578460ff9773ffffffffffffffffffffffffffffffffffffffff60029a8a7f26d9b95f5392d8638e546c65e4543705884e13f4d551960f92675fe7ed58a60c9881604051991689521660208801521660408601526064356060860152608435608086015260a43560a086015261012060c0860152816101208601526101408501375f610140868501015260e0830152610100820152610140817fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f339601168101030190a216146107d857005b6040519182525f60208301525f604083015260608201527fa62b097919f5bc1fe1fd7b30539d151236bfef53cd09ed4fe2ee8b5b149dfd6f60803392a2005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f000000000000000000000000000000000000000000000000000000000000000060801b600954016009556106ff565b97509350335f52600460205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0081541690556002936002890189116108175760028901976105b0565b50335f52600460205260ff60405f2054166105ab565b600a54965060ff871161092e576001870187116108175760018701600a55865f52600360205260405f20337fffffffffffffffffffffffff0000000000000000000000000000000000000000825416179055610598565b7f08c17f8c000000000000000000000000000000000000000000000000000000005f5260045ffd5b610981907f000000000000000000000000000000000000000000000000000000000000000090612d99565b7f0e10009c000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b506bffffffffffffffffffffffff6109e87f000000000000000000000000000000000000000000000000000000000000000034612f9f565b11610505565b7fe784b7ec000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5061010081116104ad565b7f76d4e1e8000000000000000000000000000000000000000000000000000000005f5260045ffd5b50608435156104a0565b60ff847ff17864de000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b50600260ff8516141561047d565b60ff907f5f4981b2000000000000000000000000000000000000000000000000000000005f523360045260601c1660245260445ffd5b3461027b57604060031936011261027b57610ae2612c07565b604051610b1e81610678602082019460243590866020909392919373ffffffffffffffffffffffffffffffffffffffff60408201951681520152565b5190205f526008602052602060405f2054604051908152f35b3461027b575f60031936011261027b57602060405160048152f35b3461027b575f60031936011261027b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461027b575f60031936011261027b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461027b57602060031936011261027b576020610c2e610c087f0000000000000000000000000000000000000000000000000000000000000000600435613001565b7f0000000000000000000000000000000000000000000000000000000000000000612d99565b604051908152f35b3461027b575f60031936011261027b5760206040517f2c2abcc06ec6e2c8dc657032f4ac65f711faf62f09ba937b5217f8c785e7e5e48152f35b3461027b575f60031936011261027b57335f525f60205260405f205460ff8160601c1690600182141580610cdf575b610caf57610cad903361352c565b005b507faf59f8c1000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b506002821415610c9f565b3461027b57608060031936011261027b57610d03612c07565b6024356044359073ffffffffffffffffffffffffffffffffffffffff606435931690815f52600260205260405f20549060ff8260081c1680158015610ed3575b8015610ea7575b8015610e9a575b8015610e64575b610e305790610cad95610d8f61ffff19937f0000000000000000000000000000000000000000000000000000000000000000612d62565b95600160405192602084019485521b1916604082015260408152610db4606082612c75565b51902016825f52600260205261ff007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff8416019216171760405f20558160801b60095403600955604051908282527f0dca9d86fa704ea6783c994ac30b6acad1ca06a11e19e5edb12e0397a0db1d0c60203393a333613014565b85847f57ea1434000000000000000000000000000000000000000000000000000000005f526004523360245260445260645ffd5b5061ffff19604051602081019084825287604082015260408152610e89606082612c75565b5190201661ffff1984161415610d58565b50600185871c1615610d51565b50855f52600360205273ffffffffffffffffffffffffffffffffffffffff60405f205416331415610d4a565b5060ff8611610d43565b3461027b57606060031936011261027b5760243567ffffffffffffffff8116810361027b57610c2e60209160443590600435612fac565b3461027b57604060031936011261027b57602073ffffffffffffffffffffffffffffffffffffffff610f44612c07565b16805f525f825260405f2054906bffffffffffffffffffffffff82169160e01c8015159081610f9c575b50610f7d575b50604051908152f35b90610f96915f526001835260405f205460a01c90612d99565b82610f74565b9050602435101584610f6e565b3461027b575f60031936011261027b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461027b576102a060031936011261027b57610ffd612c07565b6101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc36011261027b576101443567ffffffffffffffff811161027b57611049903690600401612c2a565b90916101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe9c36011261027b576102843567ffffffffffffffff811161027b57611097903690600401612c2a565b91604051936110a585612c58565b6024359173ffffffffffffffffffffffffffffffffffffffff8316830361027b5782865260443567ffffffffffffffff8116810361027b5760208701526064356040870152608435606087015260a435608087015260c43560a087015260e4359567ffffffffffffffff8716870361027b578660c08201526101043560e08201526101243590811515820361027b5761114391610100820152612e7b565b956040519061115182612c58565b610164359173ffffffffffffffffffffffffffffffffffffffff8316830361027b578281526101843567ffffffffffffffff8116810361027b5760208201526101a43560408201526101c43560608201526101e43560808201526102043560a0820152610224359067ffffffffffffffff8216820361027b578160c08201526102443560e08201526102643590811515820361027b576111f691610100820152612e7b565b95868a149384156114e8575b505082156114d8575b82156114c8575b82156114b8575b821561149f575b50506114775773ffffffffffffffffffffffffffffffffffffffff1695865f525f60205260405f20549560ff8760601c168015801561146d575b801561145c575b61142d5750916112869173ffffffffffffffffffffffffffffffffffffffff936136d2565b168581036113fd5750916112af9173ffffffffffffffffffffffffffffffffffffffff936136d2565b168281036113cd575081610cad925f52600160205260405f2054908160a01c916112e7836bffffffffffffffffffffffff8616612d99565b926c040000000000000000000000007fffffffffffffffffffffffffffffffffffffff000000000000000000000000006127106113447f000000000000000000000000000000000000000000000000000000000000000088613001565b0496855f525f602052161760405f20556113a3575b5082820360095401600955604051916002835260208301528260408301527fc8b717ebafd88aebcc7487e671f983fd8b7df6171f2cd43e6374851a737a62ec60603393a333613014565b73ffffffffffffffffffffffffffffffffffffffff90825f5260016020521660405f205584611359565b90507fefe0e686000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b85907fefe0e686000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b887faf59f8c1000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b50600260ff8960681c161415611261565b506004811461125a565b7f813d59df000000000000000000000000000000000000000000000000000000005f5260045ffd5b67ffffffffffffffff9192508116911614158880611220565b60c4356102043514159250611219565b60a4356101e43514159250611212565b6084356101c4351415925061120b565b73ffffffffffffffffffffffffffffffffffffffff9182169116141592508a80611202565b3461027b575f60031936011261027b5760206040515f8152f35b3461027b57602060031936011261027b576115656105627f000000000000000000000000000000000000000000000000000000000000000042612f9f565b600281018091116108175760408051336020820190815291810183905261158f8160608101610678565b519020805f52600860205260405f2054918261161b5760408051336020820190815281830184905260043560608301529194506115cf8160808101610678565b519020915f52600860205281835f205582518181528260208201527fd7ae03b7b4d053d2624b91def0d94c2d82283b5dbb1f45c2b52fb9318e8e3860843392a282519182526020820152f35b90507f43471233000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b3461027b575f60031936011261027b576020610c2e6105627f000000000000000000000000000000000000000000000000000000000000000042612f9f565b3461027b575f60031936011261027b5760206040517fb7447b6b4316af8285535075f2fd590fe5e8d41fee06db9aa6a297a80e6923ad8152f35b3461027b5760e060031936011261027b576116e1612c07565b6044359060243567ffffffffffffffff8316830361027b576064359060843567ffffffffffffffff811161027b5761171d903690600401612c2a565b94909360a43560c43567ffffffffffffffff811161027b57611743903690600401612c2a565b9390928287146114775773ffffffffffffffffffffffffffffffffffffffff1694855f525f60205260405f20549760ff8960601c1680158015611946575b61191757506117c173ffffffffffffffffffffffffffffffffffffffff9a8b92895f5260016020526117bc60405f20549d8e169b8787612fac565b6136d2565b168781036118e7575073ffffffffffffffffffffffffffffffffffffffff94926117ef94926117bc92612fac565b168281036113cd5750610cad9360a01c91611818836bffffffffffffffffffffffff8616612d99565b926c040000000000000000000000007fffffffffffffffffffffffffffffffffffffff000000000000000000000000006127106118757f000000000000000000000000000000000000000000000000000000000000000088613001565b0496855f525f602052161760405f20556118d4575b5082820360095401600955604051916001835260208301528260408301527fc8b717ebafd88aebcc7487e671f983fd8b7df6171f2cd43e6374851a737a62ec60603393a333613014565b815f52600160205260405f20558461188a565b87907fefe0e686000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b877faf59f8c1000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5060048114611781565b3461027b57602060031936011261027b57611969612c07565b60405190610180820182811067ffffffffffffffff821117611b12576040525f8252602082015f8152604083015f8152606084015f8152608085015f815260a086015f815260c08701905f825260e08801925f84526101008901945f86526101208a01965f88526101408b01985f8a526101608c019a5f8c5273ffffffffffffffffffffffffffffffffffffffff16805f525f6020528c60405f2054825f52600160205260405f2054916bffffffffffffffffffffffff821690528060601c60ff1686528060681c60ff1687528060701c60ff1688528060781c60ff1689528060801c63ffffffff168a528060a01c63ffffffff168b528060c01c63ffffffff168c5260e01c845273ffffffffffffffffffffffffffffffffffffffff81168c5260a01c82525f52600260205260405f20548b526040519b518c525160208c01525160408b01525160ff1660608a01525160ff1660808901525160ff1660a08801525160ff1660c08701525160e086015251610100850152516101208401525173ffffffffffffffffffffffffffffffffffffffff166101408301525161016082015261018090f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b3461027b575f60031936011261027b57602060405160038152f35b3461027b5761012060031936011261027b576020610c2e611b7a36612cb6565b612e7b565b3461027b57602060031936011261027b576020610c2e611b9d612c07565b612df7565b5f60031936011261027b57335f525f60205260405f205460ff8160601c16600181141580611d78575b611d495750335f526001602052611c1660405f205491611c0e6105627f000000000000000000000000000000000000000000000000000000000000000042612f9f565b928391613640565b611c26929192348260a01c612d99565b926bffffffffffffffffffffffff81166bffffffffffffffffffffffff611c4d8683612d99565b11611cf057506002830180931161081757335f525f6020527bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8360e01b91161760405f2055335f52600160205273ffffffffffffffffffffffffffffffffffffffff8360a01b91161760405f205560405191348352602083015260408201527faee1232ed3bdbbfb0d2075b7a2557771fb8f05ae64cbf8c8381d01e3a3aec2b360603392a2005b84611cfa91612d99565b7f0e10009c000000000000000000000000000000000000000000000000000000005f526004527f000000000000000000000000000000000000000000000000000000000000000060245260445ffd5b7faf59f8c1000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b506002811415611bcb565b3461027b5760c060031936011261027b57611d9c612c07565b60a435906084359060443560243567ffffffffffffffff851161027b57611ddc73ffffffffffffffffffffffffffffffffffffffff953690600401612c2a565b9590931694855f525f60205260405f20549360ff8560601c1660018103611917575063ffffffff8560c01c169360028501809511610817577f000000000000000000000000000000000000000000000000000000000000000093611e408542612f9f565b94611e6c7f00000000000000000000000000000000000000000000000000000000000000008097612d62565b9587871061205b5761ffff19604051602081019085825286604082015260408152611e98606082612c75565b519020168b5f52600260205260405f2054810361201b57508a611f5394879467ffffffffffffffff611eda60419996611ed4611f4b978f613001565b90612d99565b169060405193611ee985612c58565b845267ffffffffffffffff8c1660208501528d6040850152606084015260643560808401527f000000000000000000000000000000000000000000000000000000000000000060a084015260c083015260e08201526001610100820152612e7b565b98878a61329d565b91049460028301809311610817577fa62b097919f5bc1fe1fd7b30539d151236bfef53cd09ed4fe2ee8b5b149dfd6f956c02000000000000000000000000608096895f525f6020527fffffffffffffffffffffffff00000000ffffff00ffffffffffffffffffffffff86891b9116171760405f205561ffff19604051602081019084825285604082015260408152611fec606082612c75565b51902016885f5260026020528160081b171760405f2055604051938452602084015260408301526060820152a2005b8b805f52600260205260405f2054907fc017f56f000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b86888c7f55dd12a7000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b3461027b57602060031936011261027b576004356120d06105627f000000000000000000000000000000000000000000000000000000000000000042612f9f565b9081811161212b57806040915f526006602052815f205482516020810191468352308583015283606083015260808201526080815261211060a082612c75565b519020905f526007602052815f205482519182526020820152f35b7f3df075ff000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b3461027b576003193601610140811261027b576101201361027b576101243567ffffffffffffffff811161027b57612195903690600401612c2a565b73ffffffffffffffffffffffffffffffffffffffff6121b2612da6565b165f525f60205260405f20549060ff8260601c166002810361243a57507f00000000000000000000000000000000000000000000000000000000000000006121fa8142612f9f565b6122257f00000000000000000000000000000000000000000000000000000000000000008092612d62565b610104358015908115810361027b5790612420575b80156123fd575b80156123cc575b6123575750505060a4357f00000000000000000000000000000000000000000000000000000000000000009081810361232957847fc46a05d82fbf847f33fbbd3eee041f2f7d43fa90114892d2f65da0adba5bd9fc608073ffffffffffffffffffffffffffffffffffffffff876122f36122e5896122c8611b7a36612cb6565b976122d1612dc9565b67ffffffffffffffff60443591168a61329d565b916122ee612da6565b61352c565b6122fb612da6565b91612304612dc9565b9667ffffffffffffffff604051981688526020880152604087015260608601521692a2005b7f9b765be1000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6084935067ffffffffffffffff61238b61236f612dc9565b94611ed461237b612de0565b9584612385612dc9565b16613001565b9281604051957f97ec81ba00000000000000000000000000000000000000000000000000000000875216600486015216602484015260448301526064820152fd5b506123d5612de0565b67ffffffffffffffff6123f46123ee8583612385612dc9565b86612d99565b91161415612248565b5063ffffffff8560c01c1667ffffffffffffffff612419612dc9565b1610612241565b508067ffffffffffffffff612433612dc9565b161161223a565b73ffffffffffffffffffffffffffffffffffffffff612457612da6565b7faf59f8c1000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b3461027b575f60031936011261027b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461027b57602060031936011261027b5773ffffffffffffffffffffffffffffffffffffffff6124ee612c07565b16805f52600560205260405f2054801580156125a4575b6125785760207f0b71d4901be79bb6f0e337f81aac799191c6a02f287b998a76da96bd2447fc7691835f52600582525f60408120556009547f0000000000000000000000000000000000000000000000000000000000000000908160801b90030160095563ffffffff60405191168152a2005b507fb47d21db000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506125d26105627f000000000000000000000000000000000000000000000000000000000000000042612f9f565b63ffffffff82161015612505565b602060031936011261027b577f000000000000000000000000000000000000000000000000000000000000000061265d61261a8242612f9f565b6126536126487f00000000000000000000000000000000000000000000000000000000000000008093612d62565b93611ed48386613001565b9060011c90612d99565b4210156127ba577f000000000000000000000000000000000000000000000000000000000000000080340361278b57335f525f6020526126a18260405f2054613214565b1561275b57335f52600560205260405f2054806127255750335f5260056020527fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000060043516821760405f205560801b600954016009556040519081527f921af44f08f0aa4a8c58dbf892e1dd360a6bc1df935cd0c5bb218e9dd9d11e2960203392a2005b63ffffffff907f4ca9e8d5000000000000000000000000000000000000000000000000000000005f52336004521660245260445ffd5b507f82e6ce53000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b7f626ade30000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b7ff14ae826000000000000000000000000000000000000000000000000000000005f525f6004524260245260445ffd5b3461027b575f60031936011261027b57335f525f60205260405f205460ff8160601c1660038103611d49575061281f33612df7565b8042106128c157610cad61285183335f5260016020526bffffffffffffffffffffffff60405f205460a01c9116612d99565b335f52600260205261286660405f20546131ac565b335f525f6020525f6040812055335f5260016020525f6040812055335f5260026020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a233613014565b7f4459adc6000000000000000000000000000000000000000000000000000000005f52336004526024524260445260645ffd5b3461027b575f60031936011261027b576020610c2e6130cf565b3461027b575f60031936011261027b5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b3461027b57602060031936011261027b577f00000000000000000000000000000000000000000000000000000000000000006004356129c361298a8342612f9f565b6126536129b87f00000000000000000000000000000000000000000000000000000000000000008093612d62565b94611ed48387613001565b4210612b0757335f52600560205260405f20548015908115612af6575b8115612ac2575b50612a9257335f5260056020525f6040812055600182018092116108175781610cad925f52600660205260405f20828154189055805f52600760205260405f20600181540190557f0000000000000000000000000000000000000000000000000000000000000000918260801b6009540360095560405191825260208201527f7d244ae0ce6a0541d8afdde2474eede1cec985cbfdc4629a72ec9972893f506460403392a233613014565b507ff2c48102000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b9050604051602081019033825283604082015260408152612ae4606082612c75565b51902060201c9060201c1415836129e7565b63ffffffff811684141591506129e0565b7ff14ae826000000000000000000000000000000000000000000000000000000005f5260016004524260245260445ffd5b3461027b575f60031936011261027b5760406009546f7fffffffffffffffffffffffffffffff8251916fffffffffffffffffffffffffffffffff8116835260801c166020820152f35b3461027b57602060031936011261027b576004355f52600360205280612be873ffffffffffffffffffffffffffffffffffffffff60405f205416600a5490836020909392919373ffffffffffffffffffffffffffffffffffffffff60408201951681520152565b0390f35b3461027b575f60031936011261027b57602060405160018152f35b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361027b57565b9181601f8401121561027b5782359167ffffffffffffffff831161027b576020838186019501011161027b57565b610120810190811067ffffffffffffffff821117611b1257604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117611b1257604052565b60031961012091011261027b5760405190612cd082612c58565b8160043573ffffffffffffffffffffffffffffffffffffffff8116810361027b57815260243567ffffffffffffffff8116810361027b57602082015260443560408201526064356060820152608435608082015260a43560a082015260c43567ffffffffffffffff8116810361027b5760c082015260e43560e08201526101043590811515820361027b576101000152565b8115612d6c570490565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b9190820180921161081757565b60043573ffffffffffffffffffffffffffffffffffffffff8116810361027b5790565b60243567ffffffffffffffff8116810361027b5790565b60c43567ffffffffffffffff8116810361027b5790565b73ffffffffffffffffffffffffffffffffffffffff165f525f602052612e78612e51610c0863ffffffff60405f205460a01c167f000000000000000000000000000000000000000000000000000000000000000090613001565b7f000000000000000000000000000000000000000000000000000000000000000090612d99565b90565b73ffffffffffffffffffffffffffffffffffffffff8151169067ffffffffffffffff602082015116906040810151906060810151608082015160a08301519067ffffffffffffffff60c0850151169261010060e08601519501511515956040519760208901997fb7447b6b4316af8285535075f2fd590fe5e8d41fee06db9aa6a297a80e6923ad8b5260408a01526060890152608088015260a087015260c086015260e08501526101008401526101208301526101408201526101408152612f4561016082612c75565b519020610678612f99612f566130cf565b9260405192839160208301958690916042927f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201520190565b51902090565b9190820391821161081757565b9167ffffffffffffffff6040519260208401947f2c2abcc06ec6e2c8dc657032f4ac65f711faf62f09ba937b5217f8c785e7e5e486526040850152166060830152608082015260808152612f4560a082612c75565b8181029291811591840414171561081757565b81156130cb575f80808085855af13d156130c6573d67ffffffffffffffff8111611b12576040519061306e60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8401160183612c75565b81525f60203d92013e5b15613081575050565b73ffffffffffffffffffffffffffffffffffffffff907f1c43b976000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b613078565b5050565b467f00000000000000000000000000000000000000000000000000000000000000000361311a577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f7b944b50f14f64382ea5aa6fb3ccac0b5577e1cec9e005c632e3b9295bca6fdf60408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a08152612f9960c082612c75565b7f000000000000000000000000000000000000000000000000000000000000000080156130cb5760ff8260081c16918192806131f5575b5050506009548160801b900301600955565b9091925060ff6132058285612d62565b921690030290035f80806131e3565b60ff8160601c1691600260ff8360681c16149283613263575b508261324e575b508161323e575090565b63ffffffff915060801c16151590565b608082901c63ffffffff16111591505f613234565b9092506002811490811561327a575b50915f61322d565b60039150148061328b575b5f613272565b5063ffffffff8160a01c168210613285565b91929094935f9584805f915b6134ce57507f0000000000000000000000000000000000000000000000000000000000000000908181036134a057505060418204937f00000000000000000000000000000000000000000000000000000000000000008086108015613494575b61346557505f95949386939291905b858810613329575050505050505050565b909192939495969860418a02958a15968b8104604114881715610817576041810180821161081757871061027b5761337b73ffffffffffffffffffffffffffffffffffffffff918501604190876136d2565b1696875f525f60205260405f20546133938782613214565b156134355760781c60ff16978a891c60011615613405575015806133fb575b6133cc575060019081871b17990196959493929190613318565b867f9aea9da6000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b50808711156133b2565b88907f880c9d3c000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b86897f82e6ce53000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b857f6a215984000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b50604184061515613309565b7ffbfa8610000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8101908082116108175716907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81146108175760010190806132a9565b91907f563475272d35e53c9fa5f84075356ba4f6d3add3ef25d748ad19629487b63442604061362b612e517f0000000000000000000000000000000000000000000000000000000000000000611ed46135858242612f9f565b6c0300000000000000000000000073ffffffffffffffffffffffffffffffffffffffff6135ee6135d67f00000000000000000000000000000000000000000000000000000000000000008095612d62565b600260ff8d60601c16145f1461363957600290612d99565b9b1698895f525f6020527fffffffffffffffff00000000ffffffffffffff00ffffffffffffffffffffffff8c60a01b91161717865f205589613001565b8151908682526020820152a2565b5f90612d99565b9092918160e01c80159182156136c8575b50506136c45773ffffffffffffffffffffffffffffffffffffffff907bffffffffffffffffffffffffffffffff0000000000000000000000007bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8560a01c6bffffffffffffffffffffffff84160116911617921690565b9190565b1090505f80613651565b6041830361377a578260201161027b578135918360401161027b57602081013593604010156137c4576040013560f81c907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841180156137ad575b61377a576020935f93608093604051938452868401526040830152606082015282805260015afa156137a2575f519073ffffffffffffffffffffffffffffffffffffffff82161561377a57565b7f8baa579f000000000000000000000000000000000000000000000000000000005f5260045ffd5b6040513d5f823e3d90fd5b50601b821415801561372d5750601c82141561372d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffdfea2646970667358221220a090e9b75cdb7282d8bfc0dfad0cc40cdee5641a15a896e159dbb573f9563fa764736f6c63430008250033";
const airtntRegistryDeployedSize = 14375;
const feeTokenAbi = [
  {
    "inputs": [],
    "stateMutability": "nonpayable",
    "type": "constructor"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "allowance",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "needed",
        "type": "uint256"
      }
    ],
    "name": "InsufficientAllowance",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "balance",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "needed",
        "type": "uint256"
      }
    ],
    "name": "InsufficientBalance",
    "type": "error"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "value",
        "type": "uint256"
      }
    ],
    "name": "Approval",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "from",
        "type": "address"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "value",
        "type": "uint256"
      }
    ],
    "name": "Transfer",
    "type": "event"
  },
  {
    "inputs": [],
    "name": "FEE_BPS",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      }
    ],
    "name": "allowance",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "approve",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      }
    ],
    "name": "balanceOf",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "balance",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "decimals",
    "outputs": [
      {
        "internalType": "uint8",
        "name": "",
        "type": "uint8"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "mint",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address[]",
        "name": "recipients",
        "type": "address[]"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "mintEach",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "name",
    "outputs": [
      {
        "internalType": "string",
        "name": "",
        "type": "string"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "symbol",
    "outputs": [
      {
        "internalType": "string",
        "name": "",
        "type": "string"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "totalSupply",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "transfer",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "from",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "transferFrom",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  }
];
const feeTokenBytecode = "0x60806040523461032357604080519081016001600160401b0381118282101761022e57604090815260098252682332b2902a37b5b2b760b91b602083015280519081016001600160401b0381118282101761022e57604052600381526246454560e81b602082015281516001600160401b03811161022e575f54600181811c91168015610319575b602082101461021057601f81116102ac575b50602092601f821160011461024d57928192935f92610242575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161022e57600154600181811c91168015610224575b602082101461021057601f81116101a2575b50602091601f8211600114610142579181925f92610137575b50508160011b915f199060031b1c1916176001555b6040516109de90816103288239f35b015190505f80610113565b601f1982169260015f52805f20915f5b85811061018a57508360019510610172575b505050811b01600155610128565b01515f1960f88460031b161c191690555f8080610164565b91926020600181928685015181550194019201610152565b818111156100fa5760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf660208410610208575b81601f9101920160051c03905f5b8281106101fb5750506100fa565b5f828201556001016101ed565b5f91506101df565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100e8565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b3565b601f198216935f8052805f20915f5b868110610294575083600195961061027c575b505050811b015f556100c7565b01515f1960f88460031b161c191690555f808061026f565b9192602060018192868501518155019401920161025c565b81811115610099575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56360208410610311575b81601f9101920160051c03905f5b828110610304575050610099565b5f828201556001016102f6565b5f91506102e8565b90607f1690610087565b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806306fdde0314610697578063095ea7b31461061257806318160ddd146105f557806323b872dd146104cd578063313ce567146104b257806340c10f191461042a57806370a08231146103e557806395d89b4114610268578063a9059cbb14610237578063bf333f2c1461021c578063db807e261461010f5763dd62ed3e1461009d575f80fd5b3461010b57604060031936011261010b576100b661079a565b73ffffffffffffffffffffffffffffffffffffffff6100d36107bd565b91165f52600460205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052602060405f2054604051908152f35b5f80fd5b3461010b57604060031936011261010b5760043567ffffffffffffffff811161010b573660238201121561010b5780600401359067ffffffffffffffff821161010b576024810190602436918460051b01011161010b576024355f5b83811061017457005b600190610183836002546107e0565b60025573ffffffffffffffffffffffffffffffffffffffff6101ae6101a983888861081a565b610857565b165f52600360205260405f206101c58482546107e0565b905573ffffffffffffffffffffffffffffffffffffffff6101ea6101a983888861081a565b165f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6020604051878152a30161016b565b3461010b575f60031936011261010b57602060405160648152f35b3461010b57604060031936011261010b5761025d61025361079a565b6024359033610885565b602060405160018152f35b3461010b575f60031936011261010b576040515f600154908160011c600183169283156103db575b6020821084146103ae57818552849390811561036c5750600114610310575b5003601f01601f191681019067ffffffffffffffff8211818310176102e357604082905281906102df9082610770565b0390f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60015f90815291507fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65b8183106103505750508101602001601f196102af565b602091935080600191548385880101520191019091839261033a565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208581019190915291151560051b84019091019150601f1990506102af565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b90607f1690610290565b3461010b57602060031936011261010b5773ffffffffffffffffffffffffffffffffffffffff61041361079a565b165f526003602052602060405f2054604051908152f35b3461010b57604060031936011261010b5761044361079a565b5f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef602073ffffffffffffffffffffffffffffffffffffffff6024359461048c866002546107e0565b600255169384845260038252604084206104a78282546107e0565b9055604051908152a3005b3461010b575f60031936011261010b57602060405160128152f35b3461010b57606060031936011261010b576104e661079a565b6104ee6107bd565b6044359073ffffffffffffffffffffffffffffffffffffffff831692835f52600460205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f2054938385106105b25784847fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61025d9703610574575b505050610885565b61057d91610878565b905f52600460205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f205584808461056c565b6084908486604051927f91beda24000000000000000000000000000000000000000000000000000000008452600484015233602484015260448301526064820152fd5b3461010b575f60031936011261010b576020600254604051908152f35b3461010b57604060031936011261010b5761062b61079a565b73ffffffffffffffffffffffffffffffffffffffff60243591335f52600460205260405f208282165f526020528260405f205560405192835216907f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b3461010b575f60031936011261010b576040515f5f54908160011c60018316928315610766575b6020821084146103ae57818552849390811561036c575060011461070c575003601f01601f191681019067ffffffffffffffff8211818310176102e357604082905281906102df9082610770565b5f80805291507f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b81831061074a5750508101602001601f196102af565b6020919350806001915483858801015201910190918392610734565b90607f16906106be565b601f19601f602060409481855280519182918282880152018686015e5f8582860101520116010190565b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361010b57565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361010b57565b919082018092116107ed57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b919081101561082a5760051b0190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b3573ffffffffffffffffffffffffffffffffffffffff8116810361010b5790565b919082039182116107ed57565b73ffffffffffffffffffffffffffffffffffffffff909291921690815f52600360205260405f2054908082106109765760648102818104606414821517156107ed577fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef92826108fe60209461271061094e950493610878565b865f526003855260405f205573ffffffffffffffffffffffffffffffffffffffff6109298383610878565b971696875f526003855261094260405f209182546107e0565b90558161095757610878565b604051908152a3565b61096382600254610878565b6002555f868686604051868152a3610878565b917fdb42144d000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffdfea2646970667358221220172294111d68c4f007a0614ff3dfc1aa08fd4317d4916e764bf7040f2bbf0cbc64736f6c63430008250033";
const feeTokenDeployedSize = 2526;
const hookTokenAbi = [
  {
    "inputs": [],
    "stateMutability": "nonpayable",
    "type": "constructor"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "allowance",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "needed",
        "type": "uint256"
      }
    ],
    "name": "InsufficientAllowance",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "balance",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "needed",
        "type": "uint256"
      }
    ],
    "name": "InsufficientBalance",
    "type": "error"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "value",
        "type": "uint256"
      }
    ],
    "name": "Approval",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "from",
        "type": "address"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "value",
        "type": "uint256"
      }
    ],
    "name": "Transfer",
    "type": "event"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      }
    ],
    "name": "allowance",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "approve",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      }
    ],
    "name": "balanceOf",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "balance",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "decimals",
    "outputs": [
      {
        "internalType": "uint8",
        "name": "",
        "type": "uint8"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "mint",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address[]",
        "name": "recipients",
        "type": "address[]"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "mintEach",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "name",
    "outputs": [
      {
        "internalType": "string",
        "name": "",
        "type": "string"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "symbol",
    "outputs": [
      {
        "internalType": "string",
        "name": "",
        "type": "string"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "totalSupply",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "transfer",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "from",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "transferFrom",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  }
];
const hookTokenBytecode = "0x60806040523461032557604080519081016001600160401b03811182821017610230576040908152600a8252692437b7b5902a37b5b2b760b11b602083015280519081016001600160401b03811182821017610230576040526004815263484f4f4b60e01b602082015281516001600160401b038111610230575f54600181811c9116801561031b575b602082101461021257601f81116102ae575b50602092601f821160011461024f57928192935f92610244575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161023057600154600181811c91168015610226575b602082101461021257601f81116101a4575b50602091601f8211600114610144579181925f92610139575b50508160011b915f199060031b1c1916176001555b604051610a93908161032a8239f35b015190505f80610115565b601f1982169260015f52805f20915f5b85811061018c57508360019510610174575b505050811b0160015561012a565b01515f1960f88460031b161c191690555f8080610166565b91926020600181928685015181550194019201610154565b818111156100fc5760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf66020841061020a575b81601f9101920160051c03905f5b8281106101fd5750506100fc565b5f828201556001016101ef565b5f91506101e1565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100ea565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b5565b601f198216935f8052805f20915f5b868110610296575083600195961061027e575b505050811b015f556100c9565b01515f1960f88460031b161c191690555f8080610271565b9192602060018192868501518155019401920161025e565b8181111561009b575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56360208410610313575b81601f9101920160051c03905f5b82811061030657505061009b565b5f828201556001016102f8565b5f91506102ea565b90607f1690610089565b5f80fdfe60806040526004361015610011575f80fd5b5f5f3560e01c806306fdde03146106c3578063095ea7b31461063e57806318160ddd1461062157806323b872dd14610465578063313ce5671461044957806340c10f19146103bf57806370a082311461037a57806395d89b411461023a578063a9059cbb14610208578063db807e26146100f05763dd62ed3e14610093575f80fd5b346100ed5760406003193601126100ed5773ffffffffffffffffffffffffffffffffffffffff60406100c36108a1565b92826100cd6108c4565b9416815260046020522091165f52602052602060405f2054604051908152f35b80fd5b50346100ed5760406003193601126100ed5760043567ffffffffffffffff8111610204573660238201121561020457806004013567ffffffffffffffff8111610200576024820191602436918360051b0101116102005760243590835b818110610158578480f35b600190610167846002546108e7565b60025573ffffffffffffffffffffffffffffffffffffffff61019261018d838689610921565b61095e565b1686526003602052604086206101a98582546108e7565b905573ffffffffffffffffffffffffffffffffffffffff6101ce61018d838689610921565b16867fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6020604051888152a30161014d565b8280fd5b5080fd5b50346100ed5760406003193601126100ed5761022f6102256108a1565b602435903361098c565b602060405160018152f35b50346100ed57806003193601126100ed576040519080600154908160011c91600181168015610370575b602084108114610343578386529081156102fe57506001146102a1575b61029d84610291818603826107eb565b60405191829182610859565b0390f35b600181527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6939250905b8082106102e45750909150810160200161029182610281565b9192600181602092548385880101520191019092916102cb565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208087019190915292151560051b850190920192506102919150839050610281565b6024837f4e487b710000000000000000000000000000000000000000000000000000000081526022600452fd5b92607f1692610264565b50346100ed5760206003193601126100ed57604060209173ffffffffffffffffffffffffffffffffffffffff6103ae6108a1565b168152600383522054604051908152f35b50346100ed5760406003193601126100ed576103d96108a1565b817fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef602073ffffffffffffffffffffffffffffffffffffffff60243594610422866002546108e7565b6002551693848452600382526040842061043d8282546108e7565b9055604051908152a380f35b50346100ed57806003193601126100ed57602060405160128152f35b503461061d57606060031936011261061d5761047f6108a1565b6104876108c4565b60443591803b610597575b73ffffffffffffffffffffffffffffffffffffffff811680855260046020526040852073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f205494848610610554578490867fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61022f9803610515575b5050505061098c565b6040926105219161097f565b92815260046020522073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f20555f83818061050c565b6084828688604051927f91beda24000000000000000000000000000000000000000000000000000000008452600484015233602484015260448301526064820152fd5b73ffffffffffffffffffffffffffffffffffffffff8116803b1561061d575f80916024604051809481937ff51a73150000000000000000000000000000000000000000000000000000000083528960048401525af18015610612576105fd575b50610492565b61060a9194505f906107eb565b5f925f6105f7565b6040513d5f823e3d90fd5b5f80fd5b3461061d575f60031936011261061d576020600254604051908152f35b3461061d57604060031936011261061d576106576108a1565b73ffffffffffffffffffffffffffffffffffffffff60243591335f52600460205260405f208282165f526020528260405f205560405192835216907f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b3461061d575f60031936011261061d576040515f5f548060011c906001811680156107e1575b6020831081146107b4578285529081156107725750600114610716575b61029d83610291818503826107eb565b5f8080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563939250905b80821061075857509091508101602001610291610706565b919260018160209254838588010152019101909291610740565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208086019190915291151560051b840190910191506102919050610706565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f16916106e9565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761082c57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602060409481855280519182918282880152018686015e5f8582860101520116010190565b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361061d57565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361061d57565b919082018092116108f457565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b91908110156109315760051b0190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b3573ffffffffffffffffffffffffffffffffffffffff8116810361061d5790565b919082039182116108f457565b73ffffffffffffffffffffffffffffffffffffffff1690815f52600360205260405f2054838110610a295773ffffffffffffffffffffffffffffffffffffffff7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef926109fa8660209461097f565b855f526003845260405f20551693845f526003825260405f20610a1e8282546108e7565b9055604051908152a3565b9190507fdb42144d000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffdfea264697066735822122090188844e4def99b48f420136b7edc25768bff8e639cad7da1f14881b439364764736f6c63430008250033";
const hookTokenDeployedSize = 2707;
const noBoolTokenAbi = [
  {
    "inputs": [],
    "stateMutability": "nonpayable",
    "type": "constructor"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "allowance",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "needed",
        "type": "uint256"
      }
    ],
    "name": "InsufficientAllowance",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "balance",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "needed",
        "type": "uint256"
      }
    ],
    "name": "InsufficientBalance",
    "type": "error"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "value",
        "type": "uint256"
      }
    ],
    "name": "Approval",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "from",
        "type": "address"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "value",
        "type": "uint256"
      }
    ],
    "name": "Transfer",
    "type": "event"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      }
    ],
    "name": "allowance",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "approve",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      }
    ],
    "name": "balanceOf",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "balance",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "decimals",
    "outputs": [
      {
        "internalType": "uint8",
        "name": "",
        "type": "uint8"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "mint",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address[]",
        "name": "recipients",
        "type": "address[]"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "mintEach",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "name",
    "outputs": [
      {
        "internalType": "string",
        "name": "",
        "type": "string"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "symbol",
    "outputs": [
      {
        "internalType": "string",
        "name": "",
        "type": "string"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "totalSupply",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "transfer",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "from",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "transferFrom",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  }
];
const noBoolTokenBytecode = "0x60806040523461032a57604080519081016001600160401b03811182821017610235576040908152600d82526c2737902137b7b6102a37b5b2b760991b602083015280519081016001600160401b038111828210176102355760405260068152651393d093d3d360d21b602082015281516001600160401b038111610235575f54600181811c91168015610320575b602082101461021757601f81116102b3575b50602092601f821160011461025457928192935f92610249575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161023557600154600181811c9116801561022b575b602082101461021757601f81116101a9575b50602091601f8211600114610149579181925f9261013e575b50508160011b915f199060031b1c1916176001555b604051610a51908161032f8239f35b015190505f8061011a565b601f1982169260015f52805f20915f5b85811061019157508360019510610179575b505050811b0160015561012f565b01515f1960f88460031b161c191690555f808061016b565b91926020600181928685015181550194019201610159565b818111156101015760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf66020841061020f575b81601f9101920160051c03905f5b828110610202575050610101565b5f828201556001016101f4565b5f91506101e6565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100ef565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100ba565b601f198216935f8052805f20915f5b86811061029b5750836001959610610283575b505050811b015f556100ce565b01515f1960f88460031b161c191690555f8080610276565b91926020600181928685015181550194019201610263565b818111156100a0575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56360208410610318575b81601f9101920160051c03905f5b82811061030b5750506100a0565b5f828201556001016102fd565b5f91506102ef565b90607f169061008e565b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806306fdde03146100c4578063095ea7b3146100bf57806318160ddd146100ba57806323b872dd146100b5578063313ce567146100b057806340c10f19146100ab57806370a08231146100a657806395d89b41146100a1578063a9059cbb1461009c578063db807e26146100975763dd62ed3e14610092575f80fd5b610721565b6106c0565b610696565b6105e1565b610598565b6104ff565b6104e4565b61038a565b61036d565b6102c8565b61017f565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761010a57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602060409481855280519182918282880152018686015e5f8582860101520116010190565b346102a6575f6003193601126102a6576040515f5f548060011c906001811690811561029c575b60208310821461026f57828552602085019190811561023857506001146101e8575b6101e4846101d8818603826100c9565b60405191829182610137565b0390f35b5f8080529250907f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b818410610224575050016101d8826101c8565b805484840152602090930192600101610211565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001682525090151560051b0190506101d8826101c8565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f16916101a6565b5f80fd5b73ffffffffffffffffffffffffffffffffffffffff8116036102a657565b346102a65760406003193601126102a6576004356102e5816102aa565b73ffffffffffffffffffffffffffffffffffffffff60243591335f526004602052826103328260405f209073ffffffffffffffffffffffffffffffffffffffff165f5260205260405f2090565b5560405192835216907f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a360405160018152602090f35b346102a6575f6003193601126102a6576020600254604051908152f35b346102a65760606003193601126102a6576004356103a7816102aa565b6024356103b3816102aa565b6044359073ffffffffffffffffffffffffffffffffffffffff831692835f52600460205261040160405f203373ffffffffffffffffffffffffffffffffffffffff165f5260205260405f2090565b54938385106104a1575083837fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff61043f9603610441575b50506108eb565b005b61044a916108de565b610499336104768473ffffffffffffffffffffffffffffffffffffffff165f52600460205260405f2090565b9073ffffffffffffffffffffffffffffffffffffffff165f5260205260405f2090565b555f83610438565b6084908486604051927f91beda24000000000000000000000000000000000000000000000000000000008452600484015233602484015260448301526064820152fd5b346102a6575f6003193601126102a657602060405160128152f35b346102a65760406003193601126102a65760043561051c816102aa565b60243590600254908282018092116105935773ffffffffffffffffffffffffffffffffffffffff916002551690815f52600360205260405f20805490828201809211610593575f927fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9260209255604051908152a3005b61079c565b346102a65760206003193601126102a65773ffffffffffffffffffffffffffffffffffffffff6004356105ca816102aa565b165f526003602052602060405f2054604051908152f35b346102a6575f6003193601126102a6576040515f6001548060011c906001811690811561068c575b60208310821461026f578285526020850191908115610238575060011461063a576101e4846101d8818603826100c9565b60015f9081529250907fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65b818410610678575050016101d8826101c8565b805484840152602090930192600101610665565b91607f1691610609565b346102a65760406003193601126102a65761043f6004356106b6816102aa565b60243590336108eb565b346102a65760406003193601126102a65760043567ffffffffffffffff81116102a657366023820112156102a65780600401359067ffffffffffffffff82116102a6573660248360051b830101116102a65761043f91602480359201610813565b346102a65760406003193601126102a6576020610793600435610743816102aa565b73ffffffffffffffffffffffffffffffffffffffff60243591610765836102aa565b165f526004835260405f209073ffffffffffffffffffffffffffffffffffffffff165f5260205260405f2090565b54604051908152f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b91908110156107d95760051b0190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b35610810816102aa565b90565b90915f5b8381106108245750505050565b6002548281018091116105935760025573ffffffffffffffffffffffffffffffffffffffff6108548286866107c9565b3561085e816102aa565b165f52600360205260405f2090815483810180911161059357600192556108aa61089161088c8388886107c9565b610806565b73ffffffffffffffffffffffffffffffffffffffff1690565b6040518481525f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef90602090a301610817565b9190820391821161059357565b91906109158373ffffffffffffffffffffffffffffffffffffffff165f52600360205260405f2090565b548281106109d1578281039081116105935761094f8473ffffffffffffffffffffffffffffffffffffffff165f52600360205260405f2090565b556109788173ffffffffffffffffffffffffffffffffffffffff165f52600360205260405f2090565b8054918383018093116105935791905560405191825273ffffffffffffffffffffffffffffffffffffffff9081169216907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef90602090a3565b905073ffffffffffffffffffffffffffffffffffffffff837fdb42144d000000000000000000000000000000000000000000000000000000005f521660045260245260445260645ffdfea2646970667358221220b30dfad18aece1437066c1266291083938e37aca0d3d325f728296ca8eba3b1a64736f6c63430008250033";
const noBoolTokenDeployedSize = 2641;
const oddDecimalsAbi = [
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "mode_",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "value_",
        "type": "uint256"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "constructor"
  },
  {
    "inputs": [],
    "name": "NoDecimals",
    "type": "error"
  },
  {
    "inputs": [],
    "name": "MODE",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "VALUE",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "decimals",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  }
];
const oddDecimalsBytecode = "0x60c03461007957601f6102fe38819003918201601f19168301916001600160401b0383118484101761007d57808492604094855283398101031261007957602081519101519060805260a05260405161026c9081610092823960805181818160b30152610135015260a05181818161011001526101660152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80631fcbc40714610083578063313ce5671461003f5763509d8c721461003a575f80fd5b6100db565b3461007f575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261007f576020610077610133565b604051908152f35b5f80fd5b3461007f575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261007f577f000000000000000000000000000000000000000000000000000000000000000060805260206080f35b3461007f575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261007f5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b7f00000000000000000000000000000000000000000000000000000000000000006001811461020e57600281146101a6577f0000000000000000000000000000000000000000000000000000000000000000906003811461019a576004146101985790565b005b50805f5260205260405ff35b505f5b5a1561020b577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81146101de576001016101a9565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b90565b7f5dc03592000000000000000000000000000000000000000000000000000000005f5260045ffdfea26469706673582212203953120cb15b5e45e46d7f7e1144c95d1befcf2cb1301646b574b84d30f471c264736f6c63430008250033";
const oddDecimalsDeployedSize = 620;
const reentrantRequesterAbi = [
  {
    "inputs": [
      {
        "internalType": "contract IChannels",
        "name": "channels_",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "executor_",
        "type": "address"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "constructor"
  },
  {
    "inputs": [],
    "name": "channels",
    "outputs": [
      {
        "internalType": "contract IChannels",
        "name": "",
        "type": "address"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "executor",
    "outputs": [
      {
        "internalType": "address",
        "name": "",
        "type": "address"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "token",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      }
    ],
    "name": "openAndTopUpToken",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "expiry",
        "type": "uint256"
      }
    ],
    "name": "openEth",
    "outputs": [],
    "stateMutability": "payable",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "reentryAttempts",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "reentryError",
    "outputs": [
      {
        "internalType": "bytes",
        "name": "",
        "type": "bytes"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "refundEth",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "tokensToSend",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "stateMutability": "payable",
    "type": "receive"
  }
];
const reentrantRequesterBytecode = "0x60c0346100d257601f610ed638819003918201601f19168301916001600160401b038311848410176100d65780849260409485528339810103126100d2578051906001600160a01b03821682036100d25760200151906001600160a01b03821682036100d25760805260a052604051610deb90816100eb823960805181818161023f015281816105850152818161060e01528181610668015281816109a70152610c1c015260a0518181816102aa0152818161049c01528181610528015281816106d001528181610a1e0152610c890152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610024575b50361561001a575f80fd5b610022610be1565b005b5f905f3560e01c9081631faa4133146106325750806379a4e450146105e15780638e0c4765146104de578063a8745cd2146104c0578063c34c08e51461046f578063c72fbc86146101ac578063ca6ddc2f146100a65763f51a73150361000f57346100a35760206003193601126100a3576100a060043561096a565b80f35b80fd5b50346100a357806003193601126100a3576040518154826100c682610739565b808452602084019260018116908115610192575060011461013b575b50601f83926101166040957fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe094038561078a565b8451958694602086525180928160208801528787015e85828601015201168101030190f35b8480528491507f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b8183106101785750508201602001601f6100e2565b600181602092949394548385890101520191019190610163565b60ff1916845250151560051b83016020019050601f6100e2565b50346100a35760606003193601126100a3578060043573ffffffffffffffffffffffffffffffffffffffff811680820361046b576024356002547fffffffffffffffffffffff0000000000000000000000000000000000000000ff74ffffffffffffffffffffffffffffffffffffffff008560081b1691161760025573ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f095ea7b30000000000000000000000000000000000000000000000000000000081528160048201525f19602482015260208160448189885af1801561042857610433575b507f000000000000000000000000000000000000000000000000000000000000000092604051907f9a78ec4800000000000000000000000000000000000000000000000000000000825273ffffffffffffffffffffffffffffffffffffffff851660048301526024820152856044820152826064820152604435608482015260208160a48189865af18015610428576103f1575b50600160ff196002541617600255803b156103ed576040517f32746d4f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff93841660048201529390921660248401525f6044840152606483015282908290608490829084905af180156103e2576103cd575b5060ff196002541660025580f35b816103d79161078a565b6100a357805f6103bf565b6040513d84823e3d90fd5b8480fd5b94506020853d602011610420575b8161040c6020938361078a565b8101031261041c5785945161033b565b5f80fd5b3d91506103ff565b6040513d88823e3d90fd5b6020813d602011610463575b8161044c6020938361078a565b8101031261045f575180151581146102a7575b8580fd5b3d915061043f565b5050fd5b50346100a357806003193601126100a357602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346100a357806003193601126100a3576020600154604051908152f35b5060206003193601126100a3576040517f9a78ec4800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166004820152816024820152816044820152346064820152600435608482015260208160a4813473ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165af180156103e2576105b5575080f35b6105d69060203d6020116105da575b6105ce818361078a565b8101906107f8565b5080f35b503d6105c4565b50346100a357806003193601126100a357602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b90503461041c575f60031936011261041c57600160ff19600254161760025573ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b1561041c57816064815f80947f82ad6f3500000000000000000000000000000000000000000000000000000000835273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660048401528160248401528160448401525af1801561072e5761071b575060ff196002541660025580f35b61072791505f9061078a565b5f5f6103bf565b6040513d5f823e3d90fd5b90600182811c92168015610780575b602083101461075357565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f1691610748565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176107cb57604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b9081602091031261041c575190565b5f1981146108155760010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f5b82811061085057505050565b5f82820155600101610844565b601f81116108685750565b806108705750565b5f80526108a390601f0160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563610842565b565b601f81116108b1575050565b8181116108bc575050565b5f80526108a3917f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56391601f820160051c91602011610905575b601f82910160051c039101610842565b5f91506108f5565b3d15610965573d9067ffffffffffffffff82116107cb576040519161095a60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116018461078a565b82523d5f602084013e565b606090565b90600254915f9260ff811615610bdb5760ff19811660025561098d600154610807565b60015573ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001691823b1561041c57610a759273ffffffffffffffffffffffffffffffffffffffff5f8094604051968795869485937f32746d4f00000000000000000000000000000000000000000000000000000000855260081c167f00000000000000000000000000000000000000000000000000000000000000006004850173ffffffffffffffffffffffffffffffffffffffff6060929594938160808401971683521660208201525f60408201520152565b03925af19081610bc6575b50610baf57610a8d61090d565b91825167ffffffffffffffff8111610b8257610ab281610aad8454610739565b6108a5565b6020601f8211600114610ae957829394829392610ade575b50505f198260011b9260031b1c1916179055565b015190505f80610aca565b8280527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08316845b818110610b6a57509583600195969710610b52575b505050811b019055565b01515f1960f88460031b161c191690555f8080610b48565b9192602060018192868b015181550194019201610b33565b6024827f4e487b710000000000000000000000000000000000000000000000000000000081526041600452fd5b90610bc2610bbd8254610739565b61085d565b8055565b610bd39193505f9061078a565b5f915f610a80565b50509050565b600254905f9160ff811615610db05760ff1916600255610c02600154610807565b60015573ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b1561041c575f80916064604051809481937f82ad6f3500000000000000000000000000000000000000000000000000000000835273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660048401528160248401528160448401525af19081610d9b575b50610baf57610cd061090d565b91825167ffffffffffffffff8111610b8257610cf081610aad8454610739565b6020601f8211600114610d1b57829394829392610ade5750505f198260011b9260031b1c1916179055565b8280527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08316845b818110610d8357509583600195969710610b5257505050811b019055565b9192602060018192868b015181550194019201610d65565b610da89193505f9061078a565b5f915f610cc3565b50905056fea264697066735822122094fd1902e0d9e17a8f8c4e4e0c788c507f4f55cfacf8566c211a9f488670fe4864736f6c63430008250033";
const reentrantRequesterDeployedSize = 3563;
const sixDecimalsTokenAbi = [
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "allowance",
        "type": "uint256"
      }
    ],
    "name": "ApproveFromNonZero",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "allowance",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "needed",
        "type": "uint256"
      }
    ],
    "name": "InsufficientAllowance",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "balance",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "needed",
        "type": "uint256"
      }
    ],
    "name": "InsufficientBalance",
    "type": "error"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "value",
        "type": "uint256"
      }
    ],
    "name": "Approval",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "from",
        "type": "address"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "value",
        "type": "uint256"
      }
    ],
    "name": "Transfer",
    "type": "event"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      }
    ],
    "name": "allowance",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "approve",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      }
    ],
    "name": "balanceOf",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "balance",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "decimals",
    "outputs": [
      {
        "internalType": "uint8",
        "name": "",
        "type": "uint8"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "mint",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "totalSupply",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "transfer",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "from",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "transferFrom",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  }
];
const sixDecimalsTokenBytecode = "0x608080604052346015576105b1908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c8063095ea7b31461030a57806318160ddd146102ee57806323b872dd146101fa578063313ce567146101df57806340c10f191461015957806370a0823114610114578063a9059cbb146100e35763dd62ed3e14610071575f80fd5b346100df5760406003193601126100df5761008a61041d565b73ffffffffffffffffffffffffffffffffffffffff6100a7610440565b91165f52600260205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052602060405f2054604051908152f35b5f80fd5b346100df5760406003193601126100df576101096100ff61041d565b60243590336104aa565b602060405160018152f35b346100df5760206003193601126100df5773ffffffffffffffffffffffffffffffffffffffff61014261041d565b165f526001602052602060405f2054604051908152f35b346100df5760406003193601126100df5761017261041d565b5f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef602073ffffffffffffffffffffffffffffffffffffffff602435946101ba86865461049d565b8555169384845260018252604084206101d482825461049d565b9055604051908152a3005b346100df575f6003193601126100df57602060405160068152f35b346100df5760606003193601126100df5761021361041d565b61021b610440565b6044359073ffffffffffffffffffffffffffffffffffffffff831692835f52600260205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f2054938385106102ab576102798461010996610463565b905f52600260205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f20556104aa565b6084908486604051927f91beda24000000000000000000000000000000000000000000000000000000008452600484015233602484015260448301526064820152fd5b346100df575f6003193601126100df5760205f54604051908152f35b346100df5760406003193601126100df5761032361041d565b60243590335f52600260205260405f2073ffffffffffffffffffffffffffffffffffffffff82165f5260205260405f205480151580610414575b6103cb575073ffffffffffffffffffffffffffffffffffffffff90335f52600260205260405f208282165f526020528260405f205560405192835216907f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b73ffffffffffffffffffffffffffffffffffffffff827f5eef5afb000000000000000000000000000000000000000000000000000000005f52336004521660245260445260645ffd5b5082151561035d565b6004359073ffffffffffffffffffffffffffffffffffffffff821682036100df57565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036100df57565b9190820391821161047057565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b9190820180921161047057565b73ffffffffffffffffffffffffffffffffffffffff1690815f52600160205260405f20548381106105475773ffffffffffffffffffffffffffffffffffffffff7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9261051886602094610463565b855f526001845260405f20551693845f526001825260405f2061053c82825461049d565b9055604051908152a3565b9190507fdb42144d000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffdfea2646970667358221220eb73d0c44d9a561701c382b875824f178decd0132aca4cec736a3b429c60e72d64736f6c63430008250033";
const sixDecimalsTokenDeployedSize = 1457;
const testTokenAbi = [
  {
    "inputs": [
      {
        "internalType": "string",
        "name": "name_",
        "type": "string"
      },
      {
        "internalType": "string",
        "name": "symbol_",
        "type": "string"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "constructor"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "allowance",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "needed",
        "type": "uint256"
      }
    ],
    "name": "InsufficientAllowance",
    "type": "error"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "balance",
        "type": "uint256"
      },
      {
        "internalType": "uint256",
        "name": "needed",
        "type": "uint256"
      }
    ],
    "name": "InsufficientBalance",
    "type": "error"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "value",
        "type": "uint256"
      }
    ],
    "name": "Approval",
    "type": "event"
  },
  {
    "anonymous": false,
    "inputs": [
      {
        "indexed": true,
        "internalType": "address",
        "name": "from",
        "type": "address"
      },
      {
        "indexed": true,
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "indexed": false,
        "internalType": "uint256",
        "name": "value",
        "type": "uint256"
      }
    ],
    "name": "Transfer",
    "type": "event"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      }
    ],
    "name": "allowance",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "spender",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "approve",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "owner",
        "type": "address"
      }
    ],
    "name": "balanceOf",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "balance",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "decimals",
    "outputs": [
      {
        "internalType": "uint8",
        "name": "",
        "type": "uint8"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "mint",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address[]",
        "name": "recipients",
        "type": "address[]"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "mintEach",
    "outputs": [],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "name",
    "outputs": [
      {
        "internalType": "string",
        "name": "",
        "type": "string"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "symbol",
    "outputs": [
      {
        "internalType": "string",
        "name": "",
        "type": "string"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [],
    "name": "totalSupply",
    "outputs": [
      {
        "internalType": "uint256",
        "name": "",
        "type": "uint256"
      }
    ],
    "stateMutability": "view",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "transfer",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  },
  {
    "inputs": [
      {
        "internalType": "address",
        "name": "from",
        "type": "address"
      },
      {
        "internalType": "address",
        "name": "to",
        "type": "address"
      },
      {
        "internalType": "uint256",
        "name": "amount",
        "type": "uint256"
      }
    ],
    "name": "transferFrom",
    "outputs": [
      {
        "internalType": "bool",
        "name": "",
        "type": "bool"
      }
    ],
    "stateMutability": "nonpayable",
    "type": "function"
  }
];
const testTokenBytecode = "0x60806040523461032157610d028038038061001981610325565b9283398101906040818303126103215780516001600160401b038111610321578261004591830161034a565b60208201519092906001600160401b03811161032157610065920161034a565b81516001600160401b03811161022c575f54600181811c91168015610317575b602082101461020e57601f81116102aa575b50602092601f821160011461024b57928192935f92610240575b50508160011b915f199060031b1c1916175f555b80516001600160401b03811161022c57600154600181811c91168015610222575b602082101461020e57601f81116101a0575b50602091601f8211600114610140579181925f92610135575b50508160011b915f199060031b1c1916176001555b604051610966908161039c8239f35b015190505f80610111565b601f1982169260015f52805f20915f5b85811061018857508360019510610170575b505050811b01600155610126565b01515f1960f88460031b161c191690555f8080610162565b91926020600181928685015181550194019201610150565b818111156100f85760015f52601f820160051c7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf660208410610206575b81601f9101920160051c03905f5b8281106101f95750506100f8565b5f828201556001016101eb565b5f91506101dd565b634e487b7160e01b5f52602260045260245ffd5b90607f16906100e6565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100b1565b601f198216935f8052805f20915f5b868110610292575083600195961061027a575b505050811b015f556100c5565b01515f1960f88460031b161c191690555f808061026d565b9192602060018192868501518155019401920161025a565b81811115610097575f8052601f820160051c7f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5636020841061030f575b81601f9101920160051c03905f5b828110610302575050610097565b5f828201556001016102f4565b5f91506102e6565b90607f1690610085565b5f80fd5b6040519190601f01601f191682016001600160401b0381118382101761022c57604052565b81601f82011215610321578051906001600160401b03821161022c57610379601f8301601f1916602001610325565b928284526020838301011161032157815f9260208093018386015e830101529056fe60806040526004361015610011575f80fd5b5f3560e01c806306fdde0314610671578063095ea7b3146105ec57806318160ddd146105cf57806323b872dd146104a7578063313ce5671461048c57806340c10f191461040457806370a08231146103bf57806395d89b4114610242578063a9059cbb14610211578063db807e26146101045763dd62ed3e14610092575f80fd5b34610100576040600319360112610100576100ab610774565b73ffffffffffffffffffffffffffffffffffffffff6100c8610797565b91165f52600460205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052602060405f2054604051908152f35b5f80fd5b346101005760406003193601126101005760043567ffffffffffffffff811161010057366023820112156101005780600401359067ffffffffffffffff8211610100576024810190602436918460051b010111610100576024355f5b83811061016957005b600190610178836002546107ba565b60025573ffffffffffffffffffffffffffffffffffffffff6101a361019e8388886107f4565b610831565b165f52600360205260405f206101ba8482546107ba565b905573ffffffffffffffffffffffffffffffffffffffff6101df61019e8388886107f4565b165f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef6020604051878152a301610160565b346101005760406003193601126101005761023761022d610774565b602435903361085f565b602060405160018152f35b34610100575f600319360112610100576040515f600154908160011c600183169283156103b5575b60208210841461038857818552849390811561034657506001146102ea575b5003601f01601f191681019067ffffffffffffffff8211818310176102bd57604082905281906102b9908261074a565b0390f35b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60015f90815291507fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65b81831061032a5750508101602001601f19610289565b6020919350806001915483858801015201910190918392610314565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208581019190915291151560051b84019091019150601f199050610289565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b90607f169061026a565b346101005760206003193601126101005773ffffffffffffffffffffffffffffffffffffffff6103ed610774565b165f526003602052602060405f2054604051908152f35b346101005760406003193601126101005761041d610774565b5f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef602073ffffffffffffffffffffffffffffffffffffffff60243594610466866002546107ba565b600255169384845260038252604084206104818282546107ba565b9055604051908152a3005b34610100575f60031936011261010057602060405160128152f35b34610100576060600319360112610100576104c0610774565b6104c8610797565b6044359073ffffffffffffffffffffffffffffffffffffffff831692835f52600460205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f20549383851061058c5784847fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff610237970361054e575b50505061085f565b61055791610852565b905f52600460205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f2055848084610546565b6084908486604051927f91beda24000000000000000000000000000000000000000000000000000000008452600484015233602484015260448301526064820152fd5b34610100575f600319360112610100576020600254604051908152f35b3461010057604060031936011261010057610605610774565b73ffffffffffffffffffffffffffffffffffffffff60243591335f52600460205260405f208282165f526020528260405f205560405192835216907f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b34610100575f600319360112610100576040515f5f54908160011c60018316928315610740575b60208210841461038857818552849390811561034657506001146106e6575003601f01601f191681019067ffffffffffffffff8211818310176102bd57604082905281906102b9908261074a565b5f80805291507f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e5635b8183106107245750508101602001601f19610289565b602091935080600191548385880101520191019091839261070e565b90607f1690610698565b601f19601f602060409481855280519182918282880152018686015e5f8582860101520116010190565b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361010057565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361010057565b919082018092116107c757565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b91908110156108045760051b0190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b3573ffffffffffffffffffffffffffffffffffffffff811681036101005790565b919082039182116107c757565b73ffffffffffffffffffffffffffffffffffffffff1690815f52600360205260405f20548381106108fc5773ffffffffffffffffffffffffffffffffffffffff7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef926108cd86602094610852565b855f526003845260405f20551693845f526003825260405f206108f18282546107ba565b9055604051908152a3565b9190507fdb42144d000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffdfea26469706673582212202df36bf09609dc180f1117ed454be4d07b7678331acb2a350be5ab1ce31bf99a64736f6c63430008250033";
const testTokenDeployedSize = 2406;
export {
  airtntChannelsAbi,
  airtntChannelsBytecode,
  airtntChannelsDeployedSize,
  airtntPoolsAbi,
  airtntPoolsBytecode,
  airtntPoolsDeployedSize,
  airtntRegistryAbi,
  airtntRegistryBytecode,
  airtntRegistryDeployedSize,
  feeTokenAbi,
  feeTokenBytecode,
  feeTokenDeployedSize,
  hookTokenAbi,
  hookTokenBytecode,
  hookTokenDeployedSize,
  noBoolTokenAbi,
  noBoolTokenBytecode,
  noBoolTokenDeployedSize,
  oddDecimalsAbi,
  oddDecimalsBytecode,
  oddDecimalsDeployedSize,
  reentrantRequesterAbi,
  reentrantRequesterBytecode,
  reentrantRequesterDeployedSize,
  sixDecimalsTokenAbi,
  sixDecimalsTokenBytecode,
  sixDecimalsTokenDeployedSize,
  solcVersion,
  testTokenAbi,
  testTokenBytecode,
  testTokenDeployedSize
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2NoYWluL2dlbmVyYXRlZC9jb250cmFjdHMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIEdlbmVyYXRlZCBieSBzY3JpcHRzL2J1aWxkLWNvbnRyYWN0cy5tanMgZnJvbSBjb250cmFjdHMvOiBkbyBub3QgZWRpdC5cbi8vIHNvbGMgMC44LjM3K2NvbW1pdC5mNDAxNzgyZC5FbXNjcmlwdGVuLmNsYW5nLCBldm1WZXJzaW9uIGNhbmN1biwgb3B0aW1pemVyIHJ1bnMgMTAwMDAsIHZpYUlSIHRydWUuXG5cbmV4cG9ydCBjb25zdCBzb2xjVmVyc2lvbiA9ICcwLjguMzcrY29tbWl0LmY0MDE3ODJkLkVtc2NyaXB0ZW4uY2xhbmcnIGFzIGNvbnN0O1xuXG4vKiogQWlydG50Q2hhbm5lbHMgZnJvbSBjb250cmFjdHMvQWlydG50Q2hhbm5lbHMuc29sICovXG5leHBvcnQgY29uc3QgYWlydG50Q2hhbm5lbHNBYmkgPSBbXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcIm5vbnBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJjb25zdHJ1Y3RvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZGVwb3NpdFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIkFtb3VudEFib3ZlRGVwb3NpdFwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjb2xsZWN0ZWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJBbW91bnROb3RBYm92ZUNvbGxlY3RlZFwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIkFtb3VudFRvb0xhcmdlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiY2hhbm5lbElkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiQ2hhbm5lbEFscmVhZHlPcGVuXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiY2hhbm5lbElkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImV4cGlyeVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0aW1lc3RhbXBcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJDaGFubmVsRXhwaXJlZFwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImNoYW5uZWxJZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJleHBpcnlcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidGltZXN0YW1wXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiQ2hhbm5lbE5vdEV4cGlyZWRcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJsYW5lS2V5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiQ2hhbm5lbE5vdE9wZW5cIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJJbnZhbGlkRXhlY3V0b3JcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJleHBpcnlcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibG93ZXJCb3VuZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIkludmFsaWRFeHBpcnlcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJJbnZhbGlkU2lnbmF0dXJlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibGFuZUtleVwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIkxhbmVFeGhhdXN0ZWRcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJSZWVudHJhbmN5XCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic2lnbmVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInJlcXVlc3RlclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlNpZ25lck1pc21hdGNoXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidG9rZW5cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidG9cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiVHJhbnNmZXJGYWlsZWRcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJ2YWx1ZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJWYWx1ZU1pc21hdGNoXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImNoYW5uZWxJZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInJlZnVuZGVkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwia2V5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiQ2xvc2VkXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXZlbnRcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImNoYW5uZWxJZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImtleVwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIkNvbGxlY3RlZFwiLFxuICAgIFwidHlwZVwiOiBcImV2ZW50XCJcbiAgfSxcbiAge1xuICAgIFwiYW5vbnltb3VzXCI6IGZhbHNlLFxuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjaGFubmVsSWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJleHBpcnlcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJFeHRlbmRlZFwiLFxuICAgIFwidHlwZVwiOiBcImV2ZW50XCJcbiAgfSxcbiAge1xuICAgIFwiYW5vbnltb3VzXCI6IGZhbHNlLFxuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjaGFubmVsSWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInJlcXVlc3RlclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiB0cnVlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXhlY3V0b3JcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b2tlblwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImxhbmVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJkZXBvc2l0XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXhwaXJ5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiT3BlbmVkXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXZlbnRcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImNoYW5uZWxJZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInJlZnVuZGVkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiUmVmdW5kZWRcIixcbiAgICBcInR5cGVcIjogXCJldmVudFwiXG4gIH0sXG4gIHtcbiAgICBcImFub255bW91c1wiOiBmYWxzZSxcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiB0cnVlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiY2hhbm5lbElkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZGVwb3NpdFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlRvcHBlZFVwXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXZlbnRcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiRE9NQUlOX1NFUEFSQVRPUlwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJQQVlNRU5UX1RZUEVIQVNIXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInJlcXVlc3RlclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJleGVjdXRvclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b2tlblwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJsYW5lXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiY2hhbm5lbFwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjaGFubmVsSWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibm9uY2VcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZGVwb3NpdFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjb2xsZWN0ZWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXhwaXJ5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwicmVxdWVzdGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImV4ZWN1dG9yXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRva2VuXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImxhbmVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibm9uY2VcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJjaGFubmVsSWRPZlwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInB1cmVcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJyZXF1ZXN0ZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidG9rZW5cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibGFuZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwia2V5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJzaWduYXR1cmVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXNcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiY2xvc2VcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwicmVxdWVzdGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRva2VuXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImxhbmVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImtleVwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXNcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic2lnbmF0dXJlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcImNvbGxlY3RcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiZWlwNzEyRG9tYWluXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczFcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZmllbGRzXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMVwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInN0cmluZ1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJuYW1lXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInN0cmluZ1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInN0cmluZ1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ2ZXJzaW9uXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInN0cmluZ1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiY2hhaW5JZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ2ZXJpZnlpbmdDb250cmFjdFwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJzYWx0XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2W11cIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXh0ZW5zaW9uc1wiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2W11cIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXhlY3V0b3JcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidG9rZW5cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibGFuZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJleHBpcnlcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJleHRlbmRcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXhlY3V0b3JcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidG9rZW5cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibGFuZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXhwaXJ5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwib3BlblwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjaGFubmVsSWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjaGFubmVsSWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImtleUhhc2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJwYXltZW50RGlnZXN0XCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImV4ZWN1dG9yXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRva2VuXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImxhbmVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJyZWZ1bmRcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwicmVxdWVzdGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRva2VuXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImxhbmVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJyZWxlYXNlXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImV4ZWN1dG9yXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRva2VuXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImxhbmVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwidG9wVXBcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJwYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9XG5dIGFzIGNvbnN0O1xuZXhwb3J0IGNvbnN0IGFpcnRudENoYW5uZWxzQnl0ZWNvZGUgPSAnMHg2MGMwMzQ2MTAwZGY1NzQ2NjBhMDUyNjAyMDgxMDE3ZjhiNzNjM2M2OWJiOGZlM2Q1MTJlY2M0Y2Y3NTljYzc5MjM5ZjdiMTc5YjBmZmFjYWE5YTc1ZDUyMmIzOTQwMGY4MTUyN2ZlZWMxNzdiZGMwMjg2ZmIwMTgyOGNiMjhlZDdkMDk1MTE2NTI2ZmM0MDk1ZWQ4NjY4MDM3ZTQ4ZWY0YzE5Y2JjNjA0MDgzMDE1MjdmYzg5ZWZkYWE1NGMwZjIwYzdhZGY2MTI4ODJkZjA5NTBmNWE5NTE2MzdlMDMwN2NkY2I0YzY3MmYyOThiOGJjNjYwNjA4MzAxNTI0NjYwODA4MzAxNTIzMDYwYTA4MzAxNTI2MGEwODI1MjYwYzA4MjAxOTE4MDgzMTA2MDAxODA2MDQwMWIwMzg0MTExNzYxMDBjYjU3ODI2MDQwNTI1MTkwMjA2MDgwNTI2MTE4MWE5MDgxNjEwMGU0ODIzOTYwODA1MTgxNjExMjNiMDE1MjYwYTA1MTgxNjExMjE1MDE1MmYzNWI2MzRlNDg3YjcxNjBlMDFiNWY1MjYwNDE2MDA0NTI2MDI0NWZmZDViNWY4MGZkZmU2MDgwNjA0MDUyNjAwNDM2MTAxNTYxMDAxMTU3NWY4MGZkNWI1ZjM1NjBlMDFjODA2MzMyNzQ2ZDRmMTQ2MTBhOTA1NzgwNjMzNjQ0ZTUxNTE0NjEwYTc2NTc4MDYzMzdmNzU0OWIxNDYxMGE1MjU3ODA2MzNkODFjYTcxMTQ2MTA5OTc1NzgwNjM0NmRhYjI1YzE0NjEwOTUzNTc4MDYzNTVjMjA4MTExNDYxMDg0ODU3ODA2MzZkMzI5OGNiMTQ2MTA4MGU1NzgwNjM3MzQ2YWJmNzE0NjEwNmVjNTc4MDYzODJhZDZmMzUxNDYxMDVlMDU3ODA2Mzg0YjAxOTZlMTQ2MTA0YjM1NzgwNjM4YmZiMDdjOTE0NjEwM2FjNTc4MDYzOWE3OGVjNDgxNDYxMDE5YjU3NjNkODdiYzlhYzE0NjEwMGE4NTc1ZjgwZmQ1YjM0NjEwMTk3NTc2MTAwYzg2MTAwYjkzNjYxMGM3NzU2NWI5MjkzODU4Nzk2OTc5ODkyOTM5ODYxMTJlZjU2NWI5MzkwOTI2YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjg0NjA2MDFjMTY5Njg3ODcxMTE1NjEwMTY3NTc5MjYxMDExZThhOTM4NjkzNjEwMTY1OWM4YThhNjA0MDk5N2ZkMTE3MWUyMzBhZTgyOTQ0ODRkZjlkNDExNWUwZDU0NmU1MWY0Njg1YTQ2OWY5ODhhY2ExYmY0ODY3YTFkZjZmOWI2MTEzOTg1NjViNWY1MjVmNjAyMDUyN2ZmZmZmZmZmZmZmZmZmZmZmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODY2MDYwMWI5MTE2MTc4MjVmMjA1NTgxNTE5MDg1ODI1MjYwMjA4MjAxNTJhMjAzOTAzMzkwNjExNWNjNTY1YjAwNWI4Nzg3N2Y3MDIyMmFiMTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1MjYwMjQ1MjYwNDQ1ZmZkNWI1ZjgwZmQ1YjYwYTA2MDAzMTkzNjAxMTI2MTAxOTc1NzYxMDFhZjYxMGJiNjU2NWI2MTAxYjc2MTBiZDk1NjViNjA0NDM1OTA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MzE2OTA2MDg0MzU4MjE1NjEwMzg0NTc0MjgxMTE4MDE1OTA2MTAzNzc1NzViNjEwMzQ4NTc2MTAxZjc4NDgzODczMzYxMTE3ZDU2NWI4MDVmNTI1ZjYwMjA1MjYwNDA1ZjIwNTQ5NTYzZmZmZmZmZmY4NzYwZTAxYzk3NjBjMDFjMTY2MTAzMTA1NzYzZmZmZmZmZmY4NzE0NjEwMmU0NTc2MDAxODcwMTgwOTcxMTYxMDJiNzU3NjAyMDk2ODY4NTYxMDI1ZDkzNjEwMjQxNjA2NDM1ODM2MTBlYmM1NjViOTU1ZjUyNWY4YjUyODM2MGUwMWI4NzYwYzAxYjg3MTcxNzYwNDA1ZjIwNTUzMzYxMTFjNDU2NWI5NDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYwNDA1MTk0MTY4NDUyODY4NDAxNTI2MDQwODMwMTUyNjA2MDgyMDE1MjgyN2ZkNTM3NjJlN2QzMDZmZDBjZjQ1NWY2OTg2ODhiYjdhNmRhYjU1NGNjNTlmNGFhMmRiYWZjYjZlYjhmNjI5ZDg4NjA4MDMzOTNhNDYwNDA1MTkwODE1MmYzNWI3ZjRlNDg3YjcxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAxMTYwMDQ1MjYwMjQ1ZmZkNWI1MDdmYzNkNTNjZmEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NWZmZDViODY4Njg1NjEwMzFkOTMzMzYxMTFjNDU2NWI3ZjA5NWQwMjI5MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDVmZmQ1YjdmNDcwOGQwMDIwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI0MjYwMjQ1MjYwNDQ1ZmZkNWI1MDYzZmZmZmZmZmY4MTExNjEwMWU3NTY1YjdmNzEwYzk0OTcwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NWZmZDViMzQ2MTAxOTc1NzYxMDNiYTM2NjEwZDE1NTY1YjkwOTE2MTAzYzg4Mjg0MzM4NDYxMTE3ZDU2NWI5MjgzNWY1MjVmNjAyMDUyNjA0MDVmMjA1NDkyNjNmZmZmZmZmZjg0NjBjMDFjMTYxNTYxMDQ4NzU3OTM3ZjM4MTA4NTUxMjFhNTUxNzI0YzM5ZmZiZGU4YTlmODU5NTY4MjJjOTljNjUxZjdmNDUyYzcyZDE3MDg5NmJkMjY2MDYwNjEwNDZlNjEwMTY1OTc2YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjg4ODQxYzE2OTQ1ZjUyNWY2MDIwNTI3ZmZmZmZmZmZmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4ODE2NjA0MDVmMjA1NTg0NmJmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4OTE2MDM5NzYwZTAxYzkwODYzMzg5NjExMWM0NTY1YjkyNjA0MDUxOTA4MTUyODY2MDIwODIwMTUyNWY2MDQwODIwMTUyYTI2MTE1Y2M1NjViODQ3ZjViMTE1ODc0MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDVmZmQ1YjM0NjEwMTk3NTc1ZjYwMDMxOTM2MDExMjYxMDE5NzU3NjEwNTg1NjAyMDYwNDA1MTYxMDRkNTgyODI2MTBkYWM1NjViNWY4MTUyNWYzNjgxMzc2MDQwOTE2MTA1OTI4MzUxOTM2MTA0ZWY4MTg2NjEwZGFjNTY1YjYwMDY4NTUyN2Y0MTY5NzI3NDZlNzQwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODM4NjAxNTI4MDUxNjEwNTI0ODI4MjYxMGRhYzU2NWI2MDAxODE1MjdmMzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDg0ODIwMTUyODE1MTk2ODc5NjdmMGYwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDg4NTI2MGUwODY4OTAxNTI2MGUwODgwMTkwNjEwZDY5NTY1YjkxODY4MzAzOTA4NzAxNTI2MTBkNjk1NjViNDY2MDYwODUwMTUyMzA2MDgwODUwMTUyNWY2MGEwODUwMTUyODM4MTAzNjBjMDg1MDE1MjgxODA4NDUxOTI4MzgxNTIwMTkzMDE5MTVmNWI4MjgxMTA2MTA1Yzk1NzUwNTA1MDUwMDM5MGYzNWI4MzUxODU1Mjg2OTU1MDkzODEwMTkzOTI4MTAxOTI2MDAxMDE2MTA1YmE1NjViMzQ2MTAxOTc1NzYxMDVlZTM2NjEwZDE1NTY1YjkwNjEwNWZiODI4Mjg1MzM2MTExN2Q1NjViOTE4MjVmNTI1ZjYwMjA1MjYwNDA1ZjIwNTQ5MzYzZmZmZmZmZmY4NTYwYzAxYzE2OTE4MjE1NjEwNDg3NTc5MDYxMDYyYjkxODQ4NzYwZTAxYzkyMzM2MTExYzQ1NjViOTA4MDQyMTA2MTA2Yjk1NzUwN2ZmZmZmZmZmZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODQ2YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYxMDE2NTk2NjA2MDFjMTY2YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgyMTYwMzk0NWY1MjVmNjAyMDUyMTY2MDQwNWYyMDU1N2YxNTM1YWI0MTEzMjNiYjQxYWQ2NDJjY2YxNDA2OGJiZDc4ODE4ZWQzOGRkOWI0NDIxYzkyN2NjNmVlYjA3ZTJkNjAyMDYwNDA1MTg1ODE1MmEyMzM5MDYxMTVjYzU2NWI5MDdmY2E5MWRlNTQwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NTI0MjYwNDQ1MjYwNjQ1ZmZkNWIzNDYxMDE5NzU3NjEwNmZhMzY2MTBjMWY1NjViOTI5MTYxMDcwODgyODI4NTMzNjExMTdkNTY1YjgwNWY1MjVmNjAyMDUyNjA0MDVmMjA1NDkwNjNmZmZmZmZmZjgyNjBjMDFjMTY4MDE1NjEwN2UyNTc4MDg3MTE4MDE1OTA2MTA3ZDU1NzViNjEwN2E2NTc1MDkyNjEwNzljOTI3ZjYwZTA4NzY3MDhhZWFiYmY0ZjU0NGZiMDI2MDJkMDU5OWQ5NzVmMmIyNzBkMzQ1MGQ0YzA4Njc3MTJkMTU3NDI5NTkyNjAyMDk1NWY1MjVmODY1Mjg3NjBjMDFiN2ZmZmZmZmZmZjAwMDAwMDAwZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODIxNjE3NjA0MDVmMjA1NTYwZTAxYzkyMzM2MTExYzQ1NjViOTI2MDQwNTE5MDgxNTJhMjAwNWI4NjdmNDcwOGQwMDIwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NTI2MDQ0NWZmZDViNTA2M2ZmZmZmZmZmODcxMTYxMDczMDU2NWI1MDdmNWIxMTU4NzQwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NWZmZDViMzQ2MTAxOTc1NzVmNjAwMzE5MzYwMTEyNjEwMTk3NTc2MDIwNjA0MDUxN2ZhMDJlMGM5MjkyMDNkZGEwYjc0ZDNmMzAyNTAzNWQ0ZGI2ZTZkNzYyMTYzNDZkMmQ5MTk0MTVkMDVjMDA4ODI2ODE1MmYzNWIzNDYxMDE5NzU3NjEwODY3NjEwODU5MzY2MTBjNzc1NjViOTE5NTk0OTM4NDg2OTg5Mjk4NjExMmVmNTY1YjkyNmJmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MjYwNjA5NDkzOTQxYzE2OTg4OTg2MTA2MTA5MjM1Nzg1NmJmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4NTg3OTU2MTA4ZDI3ZjM4MTA4NTUxMjFhNTUxNzI0YzM5ZmZiZGU4YTlmODU5NTY4MjJjOTljNjUxZjdmNDUyYzcyZDE3MDg5NmJkMjY5NjYxMDE2NTlmOWE5NjhmOGY5ZDYwNjA5OTYxMDkxZTlmODI5ZTYxMTM5ODU2NWI1ZjUyNWY2MDIwNTI3ZmZmZmZmZmZmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4MTE2NjA0MDVmMjA1NTE2MDM5ODYwNDA1MTkwODU4MjUyOGE2MDIwODMwMTUyNjA0MDgyMDE1MmEyMDMzMzgzNjExNWNjNTY1YjYxMTVjYzU2NWI4OTg2N2Y3MDIyMmFiMTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1MjYwMjQ1MjYwNDQ1ZmZkNWIzNDYxMDE5NzU3NjBhMDYwMDMxOTM2MDExMjYxMDE5NzU3NjAyMDYxMDk4ZjYxMDk3MTYxMGJiNjU2NWI2MTA5Nzk2MTBiZDk1NjViOTA2MTA5ODI2MTBiZmM1NjViNjA4NDM1OTI2MDY0MzU5MjYxMTFjNDU2NWI2MDQwNTE5MDgxNTJmMzViMzQ2MTAxOTc1NzYwODA2MDAzMTkzNjAxMTI2MTAxOTc1NzYwYTA2MTA5YjI2MTBiYjY1NjViNjEwOWJhNjEwYmQ5NTY1YjYxMDljMjYxMGJmYzU2NWI5MDYwNjQzNTVmOTI2MTA5ZDQ4MjgyODU4ODYxMTE3ZDU2NWI1ZjUyNWY2MDIwNTI2MDQwNWYyMDU0OTI4MzYwZTAxYzk1ODY2MTBhMzU1NzViODc4NjYzZmZmZmZmZmY4NzhhNjA0MDUxOTM4NDUyNjAyMDg0MDE1MjZiZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODExNjYwNDA4NDAxNTI2YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgxNjA2MDFjMTY2MDYwODQwMTUyNjBjMDFjMTY2MDgwODIwMTUyZjM1YjYzZmZmZmZmZmY5NTUwOTE2MTBhNDk5MzkxODc5MzYxMTFjNDU2NWI5MTg1ODA4MDYxMDllYjU2NWIzNDYxMDE5NzU3NjA2MDYwMDMxOTM2MDExMjYxMDE5NzU3NjAyMDYxMDk4ZjYwNDQzNTYwMjQzNTYwMDQzNTYxMGUxYTU2NWIzNDYxMDE5NzU3NWY2MDAzMTkzNjAxMTI2MTAxOTc1NzYwMjA2MTA5OGY2MTEyMTI1NjViNjEwYWE2NjEwYTljMzY2MTBjMWY1NjViODI5Mzk0OTE5MjYxMGViYzU2NWI5MjYxMGFiMzgyODQ4MzMzNjExMTdkNTY1YjkwODE1ZjUyNWY2MDIwNTI2MDQwNWYyMDU0OTI2M2ZmZmZmZmZmODQ2MGMwMWMxNjE1NjEwYjhhNTc2YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjg0MTY5NTg2MDE4MDk2MTE2MTAyYjc1NzZiZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODYxMTYxMGI1ZTU3N2Y4ZmU2NzkyOTlkZDA2NWNiM2Q3ZTQ4OGUzNTAxZDJjYTIwNDA5ZDIyYzgxNGFkMTQyOTI4ZTU5MTIzMzVkNDIzOTQ2MDIwOTQ2MTA3OWM5NDVmNTI1Zjg2NTI4NzdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgyMTYxNzYwNDA1ZjIwNTU2MGUwMWM5MjMzNjExMWM0NTY1Yjg1N2YwODA4M2IyYTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1MjYwMjQ1ZmZkNWI4MjdmNWIxMTU4NzQwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NWZmZDViNjAwNDM1OTA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MjE2ODIwMzYxMDE5NzU3NTY1YjYwMjQzNTkwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODIxNjgyMDM2MTAxOTc1NzU2NWI2MDQ0MzU5MDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgyMTY4MjAzNjEwMTk3NTc1NjViNjAwMzE5NjA4MDkxMDExMjYxMDE5NzU3NjAwNDM1NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODExNjgxMDM2MTAxOTc1NzkwNjAyNDM1NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODExNjgxMDM2MTAxOTc1NzkwNjA0NDM1OTA2MDY0MzU5MDU2NWI2MGMwNjAwMzE5ODIwMTEyNjEwMTk3NTc2MDA0MzU3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MTE2ODEwMzYxMDE5NzU3OTE2MDI0MzU3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MTE2ODEwMzYxMDE5NzU3OTE2MDQ0MzU5MTYwNjQzNTkxNjA4NDM1OTE2MGE0MzU2N2ZmZmZmZmZmZmZmZmZmZmY4MTExNjEwMTk3NTc4MjYwMjM4MjAxMTIxNTYxMDE5NzU3ODA2MDA0MDEzNTkyNjdmZmZmZmZmZmZmZmZmZmZmODQxMTYxMDE5NzU3NjAyNDg0ODMwMTAxMTE2MTAxOTc1NzYwMjQwMTkxOTA1NjViNjAwMzE5NjA2MDkxMDExMjYxMDE5NzU3NjAwNDM1NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODExNjgxMDM2MTAxOTc1NzkwNjAyNDM1NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODExNjgxMDM2MTAxOTc1NzkwNjA0NDM1OTA1NjViOTA3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZTA2MDFmNjAyMDgwOTQ4MDUxOTE4MjkxODI4NzUyMDE4Njg2MDE1ZTVmODU4Mjg2MDEwMTUyMDExNjAxMDE5MDU2NWI5MDYwMWY3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZTA5MTAxMTY4MTAxOTA4MTEwNjdmZmZmZmZmZmZmZmZmZmZmODIxMTE3NjEwZGVkNTc2MDQwNTI1NjViN2Y0ZTQ4N2I3MTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwNDE2MDA0NTI2MDI0NWZmZDViOTE2MDQwNTE5MTYwMjA4MzAxOTM3ZmEwMmUwYzkyOTIwM2RkYTBiNzRkM2YzMDI1MDM1ZDRkYjZlNmQ3NjIxNjM0NmQyZDkxOTQxNWQwNWMwMDg4MjY4NTUyNjA0MDg0MDE1MjYwNjA4MzAxNTI2MDgwODIwMTUyNjA4MDgxNTI2MTBlNjU2MGEwODI2MTBkYWM1NjViNTE5MDIwNjEwZTcwNjExMjEyNTY1YjkwNjA0MDUxOTA2MDIwODIwMTkyN2YxOTAxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODQ1MjYwMjI4MzAxNTI2MDQyODIwMTUyNjA0MjgxNTI2MTBlYjY2MDYyODI2MTBkYWM1NjViNTE5MDIwOTA1NjViNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODExNjgwNjEwZjUzNTc1MDUwODAzNDAzNjEwZjI0NTc5MDViNmJmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MjExNjEwZWY4NTc1NjViNTA3ZjA4MDgzYjJhMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDVmZmQ1YjdmNjI2YWRlMzAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTIzNDYwMDQ1MjYwMjQ1MjYwNDQ1ZmZkNWI5MDkxMzQ2MTExNGQ1NzYwZmY1ZjVjMTY2MTExMjU1NzgwMTU2MTExMWU1NzYwMDE3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMDA1ZjVjMTYxNzVmNWQ2MDQwNTE5MjdmNzBhMDgyMzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDg0NTIzMDYwMDQ4NTAxNTI2MDIwODQ2MDI0ODE4NjVhZmE5Mzg0MTU2MTEwZGI1NzVmOTQ2MTEwZTY1NzViNTA5MTYxMTAzMTYwMjA5MjYwMjQ5NTk0NjA0MDUxN2YyM2I4NzJkZDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODY4MjAxNTIzMzg4ODIwMTUyMzA2MDQ0ODIwMTUyODI2MDY0ODIwMTUyNjA2NDgxNTI2MTEwMmE2MDg0ODI2MTBkYWM1NjViMzA5MTYxMTZjYzU2NWI2MDQwNTE5Mzg0ODA5MjdmNzBhMDgyMzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgyNTIzMDYwMDQ4MzAxNTI1YWZhOTE4MjE1NjExMGRiNTc1ZjkyNjExMGE3NTc1YjUwODEwMzkwODExMTYxMDJiNzU3OTA3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMDA1ZjVjMTY1ZjVkNjEwZWUzNTY1YjkwOTE1MDYwMjA4MTNkNjAyMDExNjExMGQzNTc1YjgxNjExMGMzNjAyMDkzODM2MTBkYWM1NjViODEwMTAzMTI2MTAxOTc1NzUxOTA1ZjYxMTA3MTU2NWIzZDkxNTA2MTEwYjY1NjViNjA0MDUxM2Q1ZjgyM2UzZDkwZmQ1YjkzNTA5MTYwMjA4NDNkNjAyMDExNjExMTE2NTc1YjgxNjExMTAyNjAyMDkzODM2MTBkYWM1NjViODEwMTAzMTI2MTAxOTc1NzkyNTE5MjkxNjExMDMxNjEwZmQ2NTY1YjNkOTE1MDYxMTBmNTU2NWI1MDUwNTA1ZjkwNTY1YjdmYWIxNDNjMDYwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NWZmZDViN2Y2MjZhZGUzMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjM0NjAwNDUyNWY2MDI0NTI2MDQ0NWZmZDViOTI5MDkxNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmOTA4MTYwNDA1MTk0ODE2MDIwODcwMTk3MTY4NzUyMTY2MDQwODUwMTUyMTY2MDYwODMwMTUyNjA4MDgyMDE1MjYwODA4MTUyNjEwZWI2NjBhMDgyNjEwZGFjNTY1YjkzOTE3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY5MDkzOTE5MzgxNjA0MDUxOTU4MTYwMjA4ODAxOTgxNjg4NTIxNjYwNDA4NjAxNTIxNjYwNjA4NDAxNTI2MDgwODMwMTUyNjBhMDgyMDE1MjYwYTA4MTUyNjEwZWI2NjBjMDgyNjEwZGFjNTY1YjQ2N2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDM2MTEyNWQ1NzdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDkwNTY1YjYwNDA1MTYwMjA4MTAxOTA3ZjhiNzNjM2M2OWJiOGZlM2Q1MTJlY2M0Y2Y3NTljYzc5MjM5ZjdiMTc5YjBmZmFjYWE5YTc1ZDUyMmIzOTQwMGY4MjUyN2ZlZWMxNzdiZGMwMjg2ZmIwMTgyOGNiMjhlZDdkMDk1MTE2NTI2ZmM0MDk1ZWQ4NjY4MDM3ZTQ4ZWY0YzE5Y2JjNjA0MDgyMDE1MjdmYzg5ZWZkYWE1NGMwZjIwYzdhZGY2MTI4ODJkZjA5NTBmNWE5NTE2MzdlMDMwN2NkY2I0YzY3MmYyOThiOGJjNjYwNjA4MjAxNTI0NjYwODA4MjAxNTIzMDYwYTA4MjAxNTI2MGEwODE1MjYxMGViNjYwYzA4MjYxMGRhYzU2NWI5MTkwOTI2MTEyZmU4Mjg1MzM4NjYxMTE3ZDU2NWI5Mzg0NWY1MjVmNjAyMDUyNjA0MDVmMjA1NDkzNjNmZmZmZmZmZjg1NjBjMDFjMTY5Mzg0MTU2MTEzNmM1NzYxMTMyZDkyODY2MGUwMWM5MjMzOTA2MTExYzQ1NjViOTE4MDQyMTAxNTYxMTMzOTU3NTA1NjViODI3ZmZkOWI1NWMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDUyNDI2MDQ0NTI2MDY0NWZmZDViODY3ZjViMTE1ODc0MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDVmZmQ1YjkwOTU5NDkzOTE5MjkxOTA2YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjE2ODA4MzExNjExNTQwNTc1MDkwNjExM2RlOTI5MTYwNDA1MTYwMjA4MTAxOTE4MjUyNjAyMDgxNTI2MTEzZDU2MDQwODI2MTBkYWM1NjViNTE5MDIwOTE2MTBlMWE1NjViNjA0MTgzMDM2MTE0ZDQ1NzgyNjAyMDExNjEwMTk3NTc4MTM1OTE4MzYwNDAxMTYxMDE5NzU3NjAyMDgxMDEzNTkzNjA0MDEwMTU2MTE1MTM1NzYwNDAwMTM1NjBmODFjOTA3ZjdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNWQ1NzZlNzM1N2E0NTAxZGRmZTkyZjQ2NjgxYjIwYTA4NDExODAxNTYxMTRmYzU3NWI2MTE0ZDQ1NzYwMjA5MzVmOTM2MDgwOTM2MDQwNTE5Mzg0NTI4Njg0MDE1MjYwNDA4MzAxNTI2MDYwODIwMTUyODI4MDUyNjAwMTVhZmExNTYxMTBkYjU3NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNWY1MTE2OTA4MTE1NjExNGQ0NTc3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYxNjkwODE4MTAzNjExNGE2NTc1MDUwNTY1YjdmZWZlMGU2ODYwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NTI2MDQ0NWZmZDViN2Y4YmFhNTc5ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1ZmZkNWI1MDYwMWI4MjE0MTU4MDE1NjExNDM5NTc1MDYwMWM4MjE0MTU2MTE0Mzk1NjViN2Y0ZTQ4N2I3MTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMzI2MDA0NTI2MDI0NWZmZDViODI3ZmRjNzE0M2RmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDUyNjA0NDVmZmQ1YjNkMTU2MTE1Yzc1NzNkOTA2N2ZmZmZmZmZmZmZmZmZmZmY4MjExNjEwZGVkNTc2MDQwNTE5MTYxMTViYzYwMWY4MjAxN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmUwMTY2MDIwMDE4NDYxMGRhYzU2NWI4MjUyM2Q1ZjYwMjA4NDAxM2U1NjViNjA2MDkwNTY1YjgyMTU2MTE2Yzc1NzczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgxMTY5MDgxNjExNjU0NTc1MDVmODA4MDgwODY4NjVhZjE2MTE2MDA2MTE1NmY1NjViNTAxNTYxMTYwYjU3NTA1MDUwNTY1YjkwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmOTE3ZmJmMTgyYmU4MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyMTY2MDI0NTI2MDQ0NTI2MDY0NWZmZDViOTI5MTkwNTA2MGZmNWY1YzE2NjExMTI1NTc2MTE2YzU5MjYwNDA1MTkwN2ZhOTA1OWNiYjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNjAyMDgzMDE1MjczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgzMTY2MDI0ODMwMTUyODM2MDQ0ODMwMTUyNjA0NDgyNTI2MTE2YzA2MDY0ODM2MTBkYWM1NjViNjExNmNjNTY1YjU2NWI1MDUwNTA1NjViOTA1ZjgwOTE2MDIwODE1MTkxMDE4Mjg1NWFmMTYxMTZlMjYxMTU2ZjU2NWI5MDE1ODAxNTYxMTdhMDU3NWI2MTE3NTQ1NzUxMTU4MDYxMTc0YjU3NWI2MTE3MDA1NzUwNTA1MDU2NWI5MDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgwOTI3ZmJmMTgyYmU4MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyMTY2MDA0NTIxNjYwMjQ1MjYwNDQ1MjYwNjQ1ZmZkNWI1MDgwM2IxNTYxMTZmNzU2NWI1MDkwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODA5MjdmYmYxODJiZTgwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTIxNjYwMDQ1MjE2NjAyNDUyNjA0NDUyNjA2NDVmZmQ1YjUwODA1MTgwMTUxNTkwODE2MTE3YjM1NzViNTA2MTE2ZWI1NjViNjAyMDgxMTA5MTUwODExNTYxMTdjNzU3NWI1MDVmNjExN2FkNTY1YjYwMjA4MzgxMDE5MjUwOTA4MzAxODM5MDAzMTI2MTAxOTc1NzUxNjAwMTE0MTU1ZjYxMTdjMDU2ZmVhMjY0Njk3MDY2NzM1ODIyMTIyMDU1ODAwMzE4ZjA5YjIzNGE0OTZlNjAzMGQ4NTMzNTM3MjM2NzQyMWIwODk4ODE4ZWVhOWFiNjg1ZmMzYWJhMDk2NDczNmY2YzYzNDMwMDA4MjUwMDMzJyBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCBhaXJ0bnRDaGFubmVsc0RlcGxveWVkU2l6ZSA9IDYxNzA7XG5cbi8qKiBBaXJ0bnRQb29scyBmcm9tIGNvbnRyYWN0cy9BaXJ0bnRQb29scy5zb2wgKi9cbmV4cG9ydCBjb25zdCBhaXJ0bnRQb29sc0FiaSA9IFtcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImNvbnN0cnVjdG9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJkZXBvc2l0XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiQW1vdW50QWJvdmVEZXBvc2l0XCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImNvbGxlY3RlZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIkFtb3VudE5vdEFib3ZlQ29sbGVjdGVkXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiQW1vdW50VG9vTGFyZ2VcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjaGFubmVsSWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJDaGFubmVsQWxyZWFkeU9wZW5cIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjaGFubmVsSWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXhwaXJ5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRpbWVzdGFtcFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIkNoYW5uZWxFeHBpcmVkXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiY2hhbm5lbElkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImV4cGlyeVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0aW1lc3RhbXBcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJDaGFubmVsTm90RXhwaXJlZFwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImxhbmVLZXlcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJDaGFubmVsTm90T3BlblwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcIkludmFsaWRFeGVjdXRvclwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImV4cGlyeVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJsb3dlckJvdW5kXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiSW52YWxpZEV4cGlyeVwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm1lbWJlcnNcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiaW5kZXhcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJJbnZhbGlkUG9vbFwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcIkludmFsaWRTaWduYXR1cmVcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJsYW5lS2V5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiTGFuZUV4aGF1c3RlZFwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImNhbGxlclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJtZW1iZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJOb3RQb29sTWVtYmVyXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiUmVlbnRyYW5jeVwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInNpZ25lclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJyZXF1ZXN0ZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJTaWduZXJNaXNtYXRjaFwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRva2VuXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRvXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlRyYW5zZmVyRmFpbGVkXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidmFsdWVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiVmFsdWVNaXNtYXRjaFwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiYW5vbnltb3VzXCI6IGZhbHNlLFxuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjaGFubmVsSWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJleHBpcnlcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJFeHRlbmRlZFwiLFxuICAgIFwidHlwZVwiOiBcImV2ZW50XCJcbiAgfSxcbiAge1xuICAgIFwiYW5vbnltb3VzXCI6IGZhbHNlLFxuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjaGFubmVsSWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInJlcXVlc3RlclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiB0cnVlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXhlY3V0b3JcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b2tlblwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImxhbmVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJkZXBvc2l0XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXhwaXJ5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiT3BlbmVkXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXZlbnRcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImNoYW5uZWxJZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiB0cnVlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibWVtYmVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwia2V5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiUG9vbENvbGxlY3RlZFwiLFxuICAgIFwidHlwZVwiOiBcImV2ZW50XCJcbiAgfSxcbiAge1xuICAgIFwiYW5vbnltb3VzXCI6IGZhbHNlLFxuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjaGFubmVsSWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJyZWZ1bmRlZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlJlZnVuZGVkXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXZlbnRcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImNoYW5uZWxJZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImRlcG9zaXRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJUb3BwZWRVcFwiLFxuICAgIFwidHlwZVwiOiBcImV2ZW50XCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcIkRPTUFJTl9TRVBBUkFUT1JcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiUE9PTF9QQVlNRU5UX1RZUEVIQVNIXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInJlcXVlc3RlclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJleGVjdXRvclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b2tlblwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJsYW5lXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiY2hhbm5lbFwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjaGFubmVsSWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibm9uY2VcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZGVwb3NpdFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjb2xsZWN0ZWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXhwaXJ5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwicmVxdWVzdGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImV4ZWN1dG9yXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRva2VuXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImxhbmVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibm9uY2VcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJjaGFubmVsSWRPZlwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInB1cmVcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJyZXF1ZXN0ZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidG9rZW5cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibGFuZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1tdXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm1lbWJlcnNcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1tdXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJpbmRleFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwia2V5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJzaWduYXR1cmVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXNcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiY29sbGVjdFBvb2xcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiZWlwNzEyRG9tYWluXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczFcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZmllbGRzXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMVwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInN0cmluZ1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJuYW1lXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInN0cmluZ1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInN0cmluZ1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ2ZXJzaW9uXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInN0cmluZ1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiY2hhaW5JZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ2ZXJpZnlpbmdDb250cmFjdFwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJzYWx0XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2W11cIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXh0ZW5zaW9uc1wiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2W11cIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXhlY3V0b3JcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidG9rZW5cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibGFuZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJleHBpcnlcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJleHRlbmRcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiY2hhbm5lbElkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm1lbWJlclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIm1lbWJlckNvbGxlY3RlZFwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJleGVjdXRvclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b2tlblwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJsYW5lXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJleHBpcnlcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJvcGVuXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImNoYW5uZWxJZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwicGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzW11cIixcbiAgICAgICAgXCJuYW1lXCI6IFwibWVtYmVyc1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzW11cIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwicG9vbE9mXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwicHVyZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImNoYW5uZWxJZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJtZW1iZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImtleUhhc2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJwb29sUGF5bWVudERpZ2VzdFwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJleGVjdXRvclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b2tlblwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJsYW5lXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwicmVmdW5kXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImV4ZWN1dG9yXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRva2VuXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImxhbmVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwidG9wVXBcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJwYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9XG5dIGFzIGNvbnN0O1xuZXhwb3J0IGNvbnN0IGFpcnRudFBvb2xzQnl0ZWNvZGUgPSAnMHg2MGMwMzQ2MTAwZGY1NzQ2NjBhMDUyNjAyMDgxMDE3ZjhiNzNjM2M2OWJiOGZlM2Q1MTJlY2M0Y2Y3NTljYzc5MjM5ZjdiMTc5YjBmZmFjYWE5YTc1ZDUyMmIzOTQwMGY4MTUyN2ZlZWMxNzdiZGMwMjg2ZmIwMTgyOGNiMjhlZDdkMDk1MTE2NTI2ZmM0MDk1ZWQ4NjY4MDM3ZTQ4ZWY0YzE5Y2JjNjA0MDgzMDE1MjdmYzg5ZWZkYWE1NGMwZjIwYzdhZGY2MTI4ODJkZjA5NTBmNWE5NTE2MzdlMDMwN2NkY2I0YzY3MmYyOThiOGJjNjYwNjA4MzAxNTI0NjYwODA4MzAxNTIzMDYwYTA4MzAxNTI2MGEwODI1MjYwYzA4MjAxOTE4MDgzMTA2MDAxODA2MDQwMWIwMzg0MTExNzYxMDBjYjU3ODI2MDQwNTI1MTkwMjA2MDgwNTI2MTE5NzM5MDgxNjEwMGU0ODIzOTYwODA1MTgxNjExNjE0MDE1MjYwYTA1MTgxNjExNWVlMDE1MmYzNWI2MzRlNDg3YjcxNjBlMDFiNWY1MjYwNDE2MDA0NTI2MDI0NWZmZDViNWY4MGZkZmU2MDgwNjA0MDUyNjAwNDM2MTAxNTYxMDAxMTU3NWY4MGZkNWI1ZjM1NjBlMDFjODA2MzMyNzQ2ZDRmMTQ2MTBlMDA1NzgwNjMzNjQ0ZTUxNTE0NjEwZGU2NTc4MDYzM2M0MDY2ZjkxNDYxMGRhYzU3ODA2MzNkODFjYTcxMTQ2MTBjZjE1NzgwNjM0NmRhYjI1YzE0NjEwY2I1NTc4MDYzNTFkMGNiM2UxNDYxMGM0ODU3ODA2MzZkNWY4NmIyMTQ2MTA2ZWM1NzgwNjM3MzQ2YWJmNzE0NjEwNWNhNTc4MDYzNzdiMjE1Y2UxNDYxMDU5NDU3ODA2MzgyYWQ2ZjM1MTQ2MTA0NDQ1NzgwNjM4NGIwMTk2ZTE0NjEwMzE3NTc4MDYzOWE3OGVjNDgxNDYxMDEwNjU3NjNlMzBmNzYwNDE0NjEwMGE4NTc1ZjgwZmQ1YjM0NjEwMTAyNTc2MDIwNjAwMzE5MzYwMTEyNjEwMTAyNTc2MDA0MzU2N2ZmZmZmZmZmZmZmZmZmZmY4MTExNjEwMTAyNTc2MTAwZTQ2MTAwZGU2MDIwOTIzNjkwNjAwNDAxNjEwZmU3NTY1YjkwNjExMWI5NTY1YjczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYwNDA1MTkxMTY4MTUyZjM1YjVmODBmZDViNjBhMDYwMDMxOTM2MDExMjYxMDEwMjU3NjEwMTFhNjEwZjI2NTY1YjYxMDEyMjYxMGY0OTU2NWI2MDQ0MzU5MDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgzMTY5MDYwODQzNTgyMTU2MTAyZWY1NzQyODExMTgwMTU5MDYxMDJlMjU3NWI2MTAyYjM1NzYxMDE2Mjg0ODM4NzMzNjExNTU2NTY1YjgwNWY1MjVmNjAyMDUyNjA0MDVmMjA1NDk1NjNmZmZmZmZmZjg3NjBlMDFjOTc2MGMwMWMxNjYxMDI3YjU3NjNmZmZmZmZmZjg3MTQ2MTAyNGY1NzYwMDE4NzAxODA5NzExNjEwMjIyNTc2MDIwOTY4Njg1NjEwMWM4OTM2MTAxYWM2MDY0MzU4MzYxMTJhMDU2NWI5NTVmNTI1ZjhiNTI4MzYwZTAxYjg3NjBjMDFiODcxNzE3NjA0MDVmMjA1NTMzNjExNTlkNTY1Yjk0NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNjA0MDUxOTQxNjg0NTI4Njg0MDE1MjYwNDA4MzAxNTI2MDYwODIwMTUyODI3ZmQ1Mzc2MmU3ZDMwNmZkMGNmNDU1ZjY5ODY4OGJiN2E2ZGFiNTU0Y2M1OWY0YWEyZGJhZmNiNmViOGY2MjlkODg2MDgwMzM5M2E0NjA0MDUxOTA4MTUyZjM1YjdmNGU0ODdiNzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDExNjAwNDUyNjAyNDVmZmQ1YjUwN2ZjM2Q1M2NmYTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1MjYwMjQ1ZmZkNWI4Njg2ODU2MTAyODg5MzMzNjExNTlkNTY1YjdmMDk1ZDAyMjkwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NWZmZDViN2Y0NzA4ZDAwMjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1MjQyNjAyNDUyNjA0NDVmZmQ1YjUwNjNmZmZmZmZmZjgxMTE2MTAxNTI1NjViN2Y3MTBjOTQ5NzAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1ZmZkNWIzNDYxMDEwMjU3NWY2MDAzMTkzNjAxMTI2MTAxMDI1NzYxMDNlOTYwMjA2MDQwNTE2MTAzMzk4MjgyNjExMDViNTY1YjVmODE1MjVmMzY4MTM3NjA0MDkxNjEwM2Y2ODM1MTkzNjEwMzUzODE4NjYxMTA1YjU2NWI2MDA2ODU1MjdmNDE2OTcyNzQ2ZTc0MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgzODYwMTUyODA1MTYxMDM4ODgyODI2MTEwNWI1NjViNjAwMTgxNTI3ZjMxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4NDgyMDE1MjgxNTE5Njg3OTY3ZjBmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4ODUyNjBlMDg2ODkwMTUyNjBlMDg4MDE5MDYxMTAxODU2NWI5MTg2ODMwMzkwODcwMTUyNjExMDE4NTY1YjQ2NjA2MDg1MDE1MjMwNjA4MDg1MDE1MjVmNjBhMDg1MDE1MjgzODEwMzYwYzA4NTAxNTI4MTgwODQ1MTkyODM4MTUyMDE5MzAxOTE1ZjViODI4MTEwNjEwNDJkNTc1MDUwNTA1MDAzOTBmMzViODM1MTg1NTI4Njk1NTA5MzgxMDE5MzkyODEwMTkyNjAwMTAxNjEwNDFlNTY1YjM0NjEwMTAyNTc2MDYwNjAwMzE5MzYwMTEyNjEwMTAyNTc2MTA0NWQ2MTBmMjY1NjViNjEwNDY1NjEwZjQ5NTY1YjYwNDQzNTkwNjEwNDc1ODI4Mjg1MzM2MTE1NTY1NjViOTE4MjVmNTI1ZjYwMjA1MjYwNDA1ZjIwNTQ5MzYzZmZmZmZmZmY4NTYwYzAxYzE2OTE4MjE1NjEwNTY4NTc5MDYxMDRhNTkxODQ4NzYwZTAxYzkyMzM2MTE1OWQ1NjViOTA4MDQyMTA2MTA1MzU1NzUwN2ZmZmZmZmZmZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODQ2YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYxMDUzMzk2NjA2MDFjMTY2YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgyMTYwMzk0NWY1MjVmNjAyMDUyMTY2MDQwNWYyMDU1N2YxNTM1YWI0MTEzMjNiYjQxYWQ2NDJjY2YxNDA2OGJiZDc4ODE4ZWQzOGRkOWI0NDIxYzkyN2NjNmVlYjA3ZTJkNjAyMDYwNDA1MTg1ODE1MmEyMzM5MDYxMTcyNTU2NWIwMDViOTA3ZmNhOTFkZTU0MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDUyNDI2MDQ0NTI2MDY0NWZmZDViODQ3ZjViMTE1ODc0MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDVmZmQ1YjM0NjEwMTAyNTc2MDgwNjAwMzE5MzYwMTEyNjEwMTAyNTc2MDIwNjEwNWMyNjEwNWIyNjEwZjQ5NTY1YjYwNjQzNTkwNjA0NDM1OTA2MDA0MzU2MTEwZmE1NjViNjA0MDUxOTA4MTUyZjM1YjM0NjEwMTAyNTc2MTA1ZDgzNjYxMGY4ZjU2NWI5MjkxNjEwNWU2ODI4Mjg1MzM2MTE1NTY1NjViODA1ZjUyNWY2MDIwNTI2MDQwNWYyMDU0OTA2M2ZmZmZmZmZmODI2MGMwMWMxNjgwMTU2MTA2YzA1NzgwODcxMTgwMTU5MDYxMDZiMzU3NWI2MTA2ODQ1NzUwOTI2MTA2N2E5MjdmNjBlMDg3NjcwOGFlYWJiZjRmNTQ0ZmIwMjYwMmQwNTk5ZDk3NWYyYjI3MGQzNDUwZDRjMDg2NzcxMmQxNTc0Mjk1OTI2MDIwOTU1ZjUyNWY4NjUyODc2MGMwMWI3ZmZmZmZmZmZmMDAwMDAwMDBmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MjE2MTc2MDQwNWYyMDU1NjBlMDFjOTIzMzYxMTU5ZDU2NWI5MjYwNDA1MTkwODE1MmEyMDA1Yjg2N2Y0NzA4ZDAwMjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1MjYwMjQ1MjYwNDQ1ZmZkNWI1MDYzZmZmZmZmZmY4NzExNjEwNjBlNTY1YjUwN2Y1YjExNTg3NDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1MjYwMjQ1ZmZkNWIzNDYxMDEwMjU3NjEwMTAwNjAwMzE5MzYwMTEyNjEwMTAyNTc2MTA3MDY2MTBmMjY1NjViNjEwNzBlNjEwZjQ5NTY1YjYwNDQzNTkwNjA2NDM1NjdmZmZmZmZmZmZmZmZmZmZmODExMTYxMDEwMjU3NjEwNzMyOTAzNjkwNjAwNDAxNjEwZmU3NTY1YjkzOTA5MjYwODQzNTk0NjBhNDM1OTI2MGM0MzU5MTYwZTQzNTk2NjdmZmZmZmZmZmZmZmZmZmZmODgxMTYxMDEwMjU3MzY2MDIzODkwMTEyMTU2MTAxMDI1Nzg3NjAwNDAxMzU5ODY3ZmZmZmZmZmZmZmZmZmZmZjhhMTE2MTAxMDI1NzM2NjAyNDhiOGIwMTAxMTE2MTAxMDI1NzYwMDI4MzEwODAxNTYxMGMzZTU3NWI4MDE1NjEwYzM0NTc1YjYxMGMwNTU3NjEwN2E5NjEwN2E0ODI4NTg1NjExMGM5NTY1YjYxMTBkOTU2NWI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYzMzkxMTYwMzYxMGJiMjU3NTA5MDYxMDdkMTkxNjExMWI5NTY1YjkwNjEwN2RlODQ4Nzg0ODQ2MTE1NTY1NjViOTA4MTVmNTI1ZjYwMjA1MjYwNDA1ZjIwNTQ5MjYzZmZmZmZmZmY4NDYwYzAxYzE2OTU4NjE1NjEwYjg2NTc5MDYxMDgwZTkxODk4NjYwZTAxYzkyODU2MTE1OWQ1NjViOTQ4MDQyMTAxNTYxMGI1MzU3NTA2MDQwODA1MTYwMjA4MTAxODc4MTUyMzM5MjgyMDE5MjkwOTI1MjYxMDg2MDgxNjA2MDgxMDE1YjAzN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmUwODEwMTgzNTI4MjYxMTA1YjU2NWI1MTkwMjA5MDgxNWY1MjYwMDE2MDIwNTI2MDQwNWYyMDU0OTk4YTg4MTExNTYxMGIyMzU3NmJmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4NTE2OWE4Yjg5MTE2MTBhZjM1Nzg4MDM5OThhNmJmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4NzYwNjAxYzE2MDE5YjgwOGQxMTYxMGFjNDU3NTA2MTA4ZDk2MDQwNTE2MDIwODEwMTkwODk4MjUyNjAyMDgxNTI2MTA4Y2U2MDQwODI2MTEwNWI1NjViNTE5MDIwOGEzMzhiNjExMGZhNTY1YjYwNDE4MzAzNjEwYTRkNTc4MjYwMjAxMTYxMDEwMjU3NjAyNDgyMDEzNTkxODM2MDQwMTE2MTAxMDI1NzYwNDQ4MTAxMzU5MzYwNDAxMDE1NjEwYTk3NTc2MDY0MDEzNTYwZjgxYzkwN2Y3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjVkNTc2ZTczNTdhNDUwMWRkZmU5MmY0NjY4MWIyMGEwODQxMTgwMTU2MTBhODA1NzViNjEwYTRkNTc2MDIwOTM1ZjkzNjA4MDkzNjA0MDUxOTM4NDUyODY4NDAxNTI2MDQwODMwMTUyNjA2MDgyMDE1MjgyODA1MjYwMDE1YWZhMTU2MTBhNzU1NzczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjVmNTExNjkwODExNTYxMGE0ZDU3NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMTY5MDgxODEwMzYxMGExZjU3NTA1MDk3N2ZmZmZmZmZmZmZmZmZmZmZmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmOTE2MTA1MzM5OTVmNTI2MDAxNjAyMDUyODY2MDQwNWYyMDU1NWY1MjVmNjAyMDUyNjA2MDFiOTExNjE3NjA0MDVmMjA1NTYwNDA1MTkyODM1MjYwMjA4MzAxNTI3ZjdiYjk3NjQwOGUyZjA5MWViYTQxMzViZDI0NGNlMjY3MjVlNWE1MzJhN2MwODViYmFkMDFjMGVjYWU2ZTZlZGM2MDQwMzM5M2EzMzM5MDYxMTcyNTU2NWI3ZmVmZTBlNjg2MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDUyNjA0NDVmZmQ1YjdmOGJhYTU3OWYwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NWZmZDViNjA0MDUxM2Q1ZjgyM2UzZDkwZmQ1YjUwNjAxYjgyMTQxNTgwMTU2MTA5Mzc1NzUwNjAxYzgyMTQxNTYxMDkzNzU2NWI3ZjRlNDg3YjcxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAzMjYwMDQ1MjYwMjQ1ZmZkNWI4YzdmZGM3MTQzZGYwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NTI2MDQ0NWZmZDViOGI4OTdmZGM3MTQzZGYwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NTI2MDQ0NWZmZDViOGE4ODdmNzAyMjJhYjEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NTI2MDQ0NWZmZDViODU3ZmZkOWI1NWMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDUyNDI2MDQ0NTI2MDY0NWZmZDViODM3ZjViMTE1ODc0MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDVmZmQ1YjYxMDdhNDkwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmOTM2MTBiZDU5MzYxMTBjOTU2NWI3ZmM1Yjk1ZDc3MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyMzM2MDA0NTIxNjYwMjQ1MjYwNDQ1ZmZkNWI4MjdmYTZmOWRmMDMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NTI2MDQ0NWZmZDViNTA4MjgxMTAxNTYxMDc5MjU2NWI1MDYwMDg4MzExNjEwNzhiNTY1YjM0NjEwMTAyNTc2MDQwNjAwMzE5MzYwMTEyNjEwMTAyNTc2MTBjNjE2MTBmNDk1NjViNjA0MDUxNjEwYzljODE2MTA4MzQ2MDIwODIwMTk0NjAwNDM1ODY5MDkyOTE3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MDIwOTE2MDQwODQwMTk1ODQ1MjE2OTEwMTUyNTY1YjUxOTAyMDVmNTI2MDAxNjAyMDUyNjAyMDYwNDA1ZjIwNTQ2MDQwNTE5MDgxNTJmMzViMzQ2MTAxMDI1NzYwYTA2MDAzMTkzNjAxMTI2MTAxMDI1NzYwMjA2MTA1YzI2MTBjZDM2MTBmMjY1NjViNjEwY2RiNjEwZjQ5NTY1YjkwNjEwY2U0NjEwZjZjNTY1YjYwODQzNTkyNjA2NDM1OTI2MTE1OWQ1NjViMzQ2MTAxMDI1NzYwODA2MDAzMTkzNjAxMTI2MTAxMDI1NzYwYTA2MTBkMGM2MTBmMjY1NjViNjEwZDE0NjEwZjQ5NTY1YjYxMGQxYzYxMGY2YzU2NWI5MDYwNjQzNTVmOTI2MTBkMmU4MjgyODU4ODYxMTU1NjU2NWI1ZjUyNWY2MDIwNTI2MDQwNWYyMDU0OTI4MzYwZTAxYzk1ODY2MTBkOGY1NzViODc4NjYzZmZmZmZmZmY4NzhhNjA0MDUxOTM4NDUyNjAyMDg0MDE1MjZiZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODExNjYwNDA4NDAxNTI2YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgxNjA2MDFjMTY2MDYwODQwMTUyNjBjMDFjMTY2MDgwODIwMTUyZjM1YjYzZmZmZmZmZmY5NTUwOTE2MTBkYTM5MzkxODc5MzYxMTU5ZDU2NWI5MTg1ODA4MDYxMGQ0NTU2NWIzNDYxMDEwMjU3NWY2MDAzMTkzNjAxMTI2MTAxMDI1NzYwMjA2MDQwNTE3ZjVmODQ2ZGI5NWEyOTFlZDdmNzg4NjI2NDEyM2QwYTk5MTJlMTMxYTA3NjhlY2EzOWE0NTIwYjQ5M2E4YTA3OTA4MTUyZjM1YjM0NjEwMTAyNTc1ZjYwMDMxOTM2MDExMjYxMDEwMjU3NjAyMDYxMDVjMjYxMTVlYjU2NWI2MTBlMTY2MTBlMGMzNjYxMGY4ZjU2NWI4MjkzOTQ5MTkyNjExMmEwNTY1YjkyNjEwZTIzODI4NDgzMzM2MTE1NTY1NjViOTA4MTVmNTI1ZjYwMjA1MjYwNDA1ZjIwNTQ5MjYzZmZmZmZmZmY4NDYwYzAxYzE2MTU2MTBlZmE1NzZiZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODQxNjk1ODYwMTgwOTYxMTYxMDIyMjU3NmJmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4NjExNjEwZWNlNTc3ZjhmZTY3OTI5OWRkMDY1Y2IzZDdlNDg4ZTM1MDFkMmNhMjA0MDlkMjJjODE0YWQxNDI5MjhlNTkxMjMzNWQ0MjM5NDYwMjA5NDYxMDY3YTk0NWY1MjVmODY1Mjg3N2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODIxNjE3NjA0MDVmMjA1NTYwZTAxYzkyMzM2MTE1OWQ1NjViODU3ZjA4MDgzYjJhMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDVmZmQ1YjgyN2Y1YjExNTg3NDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1MjYwMjQ1ZmZkNWI2MDA0MzU5MDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgyMTY4MjAzNjEwMTAyNTc1NjViNjAyNDM1OTA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MjE2ODIwMzYxMDEwMjU3NTY1YjYwNDQzNTkwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODIxNjgyMDM2MTAxMDI1NzU2NWI2MDAzMTk2MDgwOTEwMTEyNjEwMTAyNTc2MDA0MzU3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MTE2ODEwMzYxMDEwMjU3OTA2MDI0MzU3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MTE2ODEwMzYxMDEwMjU3OTA2MDQ0MzU5MDYwNjQzNTkwNTY1YjkxODE2MDFmODQwMTEyMTU2MTAxMDI1NzgyMzU5MTY3ZmZmZmZmZmZmZmZmZmZmZjgzMTE2MTAxMDI1NzYwMjA4MDg1MDE5NDg0NjAwNTFiMDEwMTExNjEwMTAyNTc1NjViOTA3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZTA2MDFmNjAyMDgwOTQ4MDUxOTE4MjkxODI4NzUyMDE4Njg2MDE1ZTVmODU4Mjg2MDEwMTUyMDExNjAxMDE5MDU2NWI5MDYwMWY3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZTA5MTAxMTY4MTAxOTA4MTEwNjdmZmZmZmZmZmZmZmZmZmZmODIxMTE3NjExMDljNTc2MDQwNTI1NjViN2Y0ZTQ4N2I3MTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwNDE2MDA0NTI2MDI0NWZmZDViOTE5MDgxMTAxNTYxMGE5NzU3NjAwNTFiMDE5MDU2NWIzNTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgxMTY4MTAzNjEwMTAyNTc5MDU2NWI5MjkwOTE3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MDQwNTE5MzYwMjA4NTAxOTU3ZjVmODQ2ZGI5NWEyOTFlZDdmNzg4NjI2NDEyM2QwYTk5MTJlMTMxYTA3NjhlY2EzOWE0NTIwYjQ5M2E4YTA3OTA4NzUyNjA0MDg2MDE1MjE2NjA2MDg0MDE1MjYwODA4MzAxNTI2MGEwODIwMTUyNjBhMDgxNTI2MTExNjI2MGMwODI2MTEwNWI1NjViNTE5MDIwNjExMTZkNjExNWViNTY1YjkwNjA0MDUxOTA2MDIwODIwMTkyN2YxOTAxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODQ1MjYwMjI4MzAxNTI2MDQyODIwMTUyNjA0MjgxNTI2MTExYjM2MDYyODI2MTEwNWI1NjViNTE5MDIwOTA1NjViOTE5MDYwNDA1MTYwMjA4MTAxOTE4MDYwNjA4MzAxN2ZhMTViZTM5MjI2ZTc3NjNkZTA2OGNiNDVmOGE1NmJlNjBiYWU5MmY1MGQyMTAxNGI2MGFlZWM4ZmZhZWEyMTYwODU1MjYwNDA4MDg1MDE1MjUyNjA4MDgyMDE5NDkwNWY5MDViODA4MjEwNjExMjUzNTc1MDUwNTA2MTEyNGM4MTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjk0OTUwMzdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZlMDgxMDE4MzUyODI2MTEwNWI1NjViNTE5MDIwMTY5MDU2NWI5MDkxOTU4NjM1OTA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MjE2ODIwMzYxMDEwMjU3NjAyMDgwOTE3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MDAxOTQxNjgxNTIwMTk3MDE5MjAxOTA2MTExZmI1NjViNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODExNjgwNjExMzM3NTc1MDUwODAzNDAzNjExMzA4NTc5MDViNmJmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MjExNjExMmRjNTc1NjViNTA3ZjA4MDgzYjJhMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDVmZmQ1YjdmNjI2YWRlMzAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTIzNDYwMDQ1MjYwMjQ1MjYwNDQ1ZmZkNWI5MDkxMzQ2MTE1MjY1NzYwZmY1ZjVjMTY2MTE0ZmU1NzgwMTU2MTE0Zjc1NzYwMDE3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMDA1ZjVjMTYxNzVmNWQ2MDQwNTE5MjdmNzBhMDgyMzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDg0NTIzMDYwMDQ4NTAxNTI2MDIwODQ2MDI0ODE4NjVhZmE5Mzg0MTU2MTBhNzU1NzVmOTQ2MTE0YmY1NzViNTA5MTYxMTQxNTYwMjA5MjYwMjQ5NTk0NjA0MDUxN2YyM2I4NzJkZDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODY4MjAxNTIzMzg4ODIwMTUyMzA2MDQ0ODIwMTUyODI2MDY0ODIwMTUyNjA2NDgxNTI2MTE0MGU2MDg0ODI2MTEwNWI1NjViMzA5MTYxMTgyNTU2NWI2MDQwNTE5Mzg0ODA5MjdmNzBhMDgyMzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgyNTIzMDYwMDQ4MzAxNTI1YWZhOTE4MjE1NjEwYTc1NTc1ZjkyNjExNDhiNTc1YjUwODEwMzkwODExMTYxMDIyMjU3OTA3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMDA1ZjVjMTY1ZjVkNjExMmM3NTY1YjkwOTE1MDYwMjA4MTNkNjAyMDExNjExNGI3NTc1YjgxNjExNGE3NjAyMDkzODM2MTEwNWI1NjViODEwMTAzMTI2MTAxMDI1NzUxOTA1ZjYxMTQ1NTU2NWIzZDkxNTA2MTE0OWE1NjViOTM1MDkxNjAyMDg0M2Q2MDIwMTE2MTE0ZWY1NzViODE2MTE0ZGI2MDIwOTM4MzYxMTA1YjU2NWI4MTAxMDMxMjYxMDEwMjU3OTI1MTkyOTE2MTE0MTU2MTEzYmE1NjViM2Q5MTUwNjExNGNlNTY1YjUwNTA1MDVmOTA1NjViN2ZhYjE0M2MwNjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1ZmZkNWI3ZjYyNmFkZTMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyMzQ2MDA0NTI1ZjYwMjQ1MjYwNDQ1ZmZkNWI5MjkwOTE3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY5MDgxNjA0MDUxOTQ4MTYwMjA4NzAxOTcxNjg3NTIxNjYwNDA4NTAxNTIxNjYwNjA4MzAxNTI2MDgwODIwMTUyNjA4MDgxNTI2MTExYjM2MGEwODI2MTEwNWI1NjViOTM5MTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjkwOTM5MTkzODE2MDQwNTE5NTgxNjAyMDg4MDE5ODE2ODg1MjE2NjA0MDg2MDE1MjE2NjA2MDg0MDE1MjYwODA4MzAxNTI2MGEwODIwMTUyNjBhMDgxNTI2MTExYjM2MGMwODI2MTEwNWI1NjViNDY3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMzYxMTYzNjU3N2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwOTA1NjViNjA0MDUxNjAyMDgxMDE5MDdmOGI3M2MzYzY5YmI4ZmUzZDUxMmVjYzRjZjc1OWNjNzkyMzlmN2IxNzliMGZmYWNhYTlhNzVkNTIyYjM5NDAwZjgyNTI3ZmVlYzE3N2JkYzAyODZmYjAxODI4Y2IyOGVkN2QwOTUxMTY1MjZmYzQwOTVlZDg2NjgwMzdlNDhlZjRjMTljYmM2MDQwODIwMTUyN2ZjODllZmRhYTU0YzBmMjBjN2FkZjYxMjg4MmRmMDk1MGY1YTk1MTYzN2UwMzA3Y2RjYjRjNjcyZjI5OGI4YmM2NjA2MDgyMDE1MjQ2NjA4MDgyMDE1MjMwNjBhMDgyMDE1MjYwYTA4MTUyNjExMWIzNjBjMDgyNjExMDViNTY1YjNkMTU2MTE3MjA1NzNkOTA2N2ZmZmZmZmZmZmZmZmZmZmY4MjExNjExMDljNTc2MDQwNTE5MTYxMTcxNTYwMWY4MjAxN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmUwMTY2MDIwMDE4NDYxMTA1YjU2NWI4MjUyM2Q1ZjYwMjA4NDAxM2U1NjViNjA2MDkwNTY1YjgyMTU2MTE4MjA1NzczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgxMTY5MDgxNjExN2FkNTc1MDVmODA4MDgwODY4NjVhZjE2MTE3NTk2MTE2Yzg1NjViNTAxNTYxMTc2NDU3NTA1MDUwNTY1YjkwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmOTE3ZmJmMTgyYmU4MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyMTY2MDI0NTI2MDQ0NTI2MDY0NWZmZDViOTI5MTkwNTA2MGZmNWY1YzE2NjExNGZlNTc2MTE4MWU5MjYwNDA1MTkwN2ZhOTA1OWNiYjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNjAyMDgzMDE1MjczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgzMTY2MDI0ODMwMTUyODM2MDQ0ODMwMTUyNjA0NDgyNTI2MTE4MTk2MDY0ODM2MTEwNWI1NjViNjExODI1NTY1YjU2NWI1MDUwNTA1NjViOTA1ZjgwOTE2MDIwODE1MTkxMDE4Mjg1NWFmMTYxMTgzYjYxMTZjODU2NWI5MDE1ODAxNTYxMThmOTU3NWI2MTE4YWQ1NzUxMTU4MDYxMThhNDU3NWI2MTE4NTk1NzUwNTA1MDU2NWI5MDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgwOTI3ZmJmMTgyYmU4MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyMTY2MDA0NTIxNjYwMjQ1MjYwNDQ1MjYwNjQ1ZmZkNWI1MDgwM2IxNTYxMTg1MDU2NWI1MDkwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODA5MjdmYmYxODJiZTgwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTIxNjYwMDQ1MjE2NjAyNDUyNjA0NDUyNjA2NDVmZmQ1YjUwODA1MTgwMTUxNTkwODE2MTE5MGM1NzViNTA2MTE4NDQ1NjViNjAyMDgxMTA5MTUwODExNTYxMTkyMDU3NWI1MDVmNjExOTA2NTY1YjYwMjA4MzgxMDE5MjUwOTA4MzAxODM5MDAzMTI2MTAxMDI1NzUxNjAwMTE0MTU1ZjYxMTkxOTU2ZmVhMjY0Njk3MDY2NzM1ODIyMTIyMDRlNmM3NGIyMWQ1YzQ3YTA0MDBiMTJmOTVmMWFmNTM0MGM5ZWE5YmQ3OWQ2YTY0MTA1MTVmM2E3MWFiYTc3NWY2NDczNmY2YzYzNDMwMDA4MjUwMDMzJyBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCBhaXJ0bnRQb29sc0RlcGxveWVkU2l6ZSA9IDY1MTU7XG5cbi8qKiBBaXJ0bnRSZWdpc3RyeSBmcm9tIGNvbnRyYWN0cy9BaXJ0bnRSZWdpc3RyeS5zb2wgKi9cbmV4cG9ydCBjb25zdCBhaXJ0bnRSZWdpc3RyeUFiaSA9IFtcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2WzEwXVwiLFxuICAgICAgICBcIm5hbWVcIjogXCJwYXJhbXNcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlsxMF1cIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInBvbGljeUhhc2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NbXVwiLFxuICAgICAgICBcIm5hbWVcIjogXCJnZW5lc2lzVmVyaWZpZXJzXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NbXVwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcIm5vbnBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJjb25zdHJ1Y3RvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJub2RlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50OFwiLFxuICAgICAgICBcIm5hbWVcIjogXCJzdGF0dXNcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDhcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiQWxyZWFkeVJlZ2lzdGVyZWRcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ2ZXJpZmllclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJlcG9jaFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIkJvbmRPdXRzdGFuZGluZ1wiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm5vZGVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiY2FzZUVwb2NoXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImN1cnJlbnRFcG9jaFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIkNhc2VOb3RPcGVuXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic2l6ZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJleHBlY3RlZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIkNvbW1pdHRlZVNpemVNaXNtYXRjaFwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImxlbmd0aFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIkludmFsaWRFbmRwb2ludFwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcIkludmFsaWRLZXlcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwic3RyaW5nXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIndoaWNoXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInN0cmluZ1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidmFsdWVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJJbnZhbGlkUGFyYW1ldGVyXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ4XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInJvbGVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDhcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiSW52YWxpZFJvbGVcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJJbnZhbGlkU2lnbmF0dXJlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic3Rha2VcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibWluaW11bVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIkludmFsaWRTdGFrZVwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm5vZGVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiY29tbWl0dGVkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImdpdmVuXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiSm9pbk1pc21hdGNoXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiTm90Q29uZmxpY3RpbmdcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJub2RlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImNsYWltYW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImluZGV4XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiTm90aGluZ1RvQ2xhaW1cIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ2ZXJpZmllclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIk5vdGhpbmdUb0ZvcmZlaXRcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJwaGFzZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0aW1lc3RhbXBcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJPdXRzaWRlUGhhc2VcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJwb2xpY3lIYXNoXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImV4cGVjdGVkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiUG9saWN5TWlzbWF0Y2hcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJzaWduYXR1cmVzXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInF1b3J1bVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlF1b3J1bU5vdFJlYWNoZWRcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ2ZXJpZmllclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJlcG9jaFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlJldmVhbE1pc21hdGNoXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXBvY2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiY3VycmVudEVwb2NoXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiU2VlZE5vdEZpbmFsXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic2lnbmVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImV4cGVjdGVkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiU2lnbmVyTWlzbWF0Y2hcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJpbmRleFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJwcmV2aW91c1wiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlNpZ25lcnNOb3RBc2NlbmRpbmdcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJub2RlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcIndpdGhkcmF3YWJsZUF0XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRpbWVzdGFtcFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlN0aWxsVW5ib25kaW5nXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwicmVxdWVzdGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImVwb2NoXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRhc2tJZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlRhc2tBbHJlYWR5Q29tbWl0dGVkXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidG9cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiVHJhbnNmZXJGYWlsZWRcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJ1bmJvbmRpbmdcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibWluaW11bVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlVuYm9uZGluZ1Rvb1Nob3J0XCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidmFsdWVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXhwZWN0ZWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJWYWx1ZU1pc21hdGNoXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXBvY2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidGltZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJleHBlY3RlZEVwb2NoXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImV4cGVjdGVkVGltZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlZlcmRpY3RPdXRPZkNhc2VcIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJzaWduZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXBvY2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJWZXJpZmllck5vdEFjdGl2ZVwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInNpZ25lclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJpbmRleFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlZlcmlmaWVyTm90RHJhd25cIixcbiAgICBcInR5cGVcIjogXCJlcnJvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJWZXJpZmllclNsb3RzRnVsbFwiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm5vZGVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ4XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInN0YXR1c1wiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50OFwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJXcm9uZ1N0YXR1c1wiLFxuICAgIFwidHlwZVwiOiBcImVycm9yXCJcbiAgfSxcbiAge1xuICAgIFwiYW5vbnltb3VzXCI6IGZhbHNlLFxuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJub2RlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiY2FzZUVwb2NoXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidmVyZGljdERpZ2VzdFwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInNpZ25lcnNcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhY3RpdmVFcG9jaFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIkFkbWl0dGVkXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXZlbnRcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm5vZGVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDhcIixcbiAgICAgICAgXCJuYW1lXCI6IFwicm9sZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50OFwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDhcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidGVlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQ4XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImVuY2xhdmVLZXlcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJzZWFsaW5nS2V5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidnJmS2V5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXZpZGVuY2VIYXNoXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInN0cmluZ1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJlbmRwb2ludFwiLFxuICAgICAgICBcInR5cGVcIjogXCJzdHJpbmdcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic3Rha2VcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjYXNlRXBvY2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJKb2luZWRcIixcbiAgICBcInR5cGVcIjogXCJldmVudFwiXG4gIH0sXG4gIHtcbiAgICBcImFub255bW91c1wiOiBmYWxzZSxcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiB0cnVlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibm9kZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImxlYXZlRXBvY2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJ3aXRoZHJhd2FibGVBdFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIkxlZnRcIixcbiAgICBcInR5cGVcIjogXCJldmVudFwiXG4gIH0sXG4gIHtcbiAgICBcImFub255bW91c1wiOiBmYWxzZSxcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiB0cnVlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibm9kZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImNhc2VFcG9jaFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInZlcmRpY3REaWdlc3RcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJzaWduZXJzXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibGVhdmVFcG9jaFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlJlbW92ZWRcIixcbiAgICBcInR5cGVcIjogXCJldmVudFwiXG4gIH0sXG4gIHtcbiAgICBcImFub255bW91c1wiOiBmYWxzZSxcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiB0cnVlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidmVyaWZpZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJlcG9jaFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlNlZWRCb25kRm9yZmVpdGVkXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXZlbnRcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInZlcmlmaWVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXBvY2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJTZWVkQ29tbWl0dGVkXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXZlbnRcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInZlcmlmaWVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic2VlZEVwb2NoXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic2VjcmV0XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiU2VlZFJldmVhbGVkXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXZlbnRcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm5vZGVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDhcIixcbiAgICAgICAgXCJuYW1lXCI6IFwicmVhc29uXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQ4XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiB0cnVlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwicmVwb3J0ZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJyZXdhcmRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJTbGFzaGVkXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXZlbnRcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm5vZGVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJwZW5kaW5nU3Rha2VcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJlZmZlY3RpdmVFcG9jaFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIlN0YWtlQWRkZWRcIixcbiAgICBcInR5cGVcIjogXCJldmVudFwiXG4gIH0sXG4gIHtcbiAgICBcImFub255bW91c1wiOiBmYWxzZSxcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiB0cnVlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwicmVxdWVzdGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXBvY2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogZmFsc2UsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0YXNrSWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJUYXNrQ29tbWl0dGVkXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXZlbnRcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm5vZGVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInZlcmlmaWVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic2hhcmVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJWZXJkaWN0RmVlQ2xhaW1lZFwiLFxuICAgIFwidHlwZVwiOiBcImV2ZW50XCJcbiAgfSxcbiAge1xuICAgIFwiYW5vbnltb3VzXCI6IGZhbHNlLFxuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJub2RlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiV2l0aGRyYXduXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXZlbnRcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiQ0hBTExFTkdFX1dJTkRPV1wiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJDT01NSVRURUVfU0laRVwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJERUxBWV9FUE9DSFNcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiRE9NQUlOX1NFUEFSQVRPUlwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJFUE9DSF9MRU5HVEhcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiR0VORVNJU1wiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJKT0lOX0ZFRVwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJNQVhfQ0hBTk5FTF9EVVJBVElPTlwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJNSU5fU1RBS0VcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiUE9MSUNZX0hBU0hcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiUVVPUlVNXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcIlJFUE9SVEVSX1NIQVJFX0JQU1wiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJST0xFX0VYRUNVVE9SXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50OFwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDhcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiUk9MRV9WRVJJRklFUlwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDhcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQ4XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcIlJPVU5EX1JFQ09SRF9UWVBFSEFTSFwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJTRUVEX0JPTkRcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiU0xBU0hfRU5DTEFWRV9FUVVJVk9DQVRJT05cIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ4XCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50OFwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJTTEFTSF9WRVJESUNUX0VRVUlWT0NBVElPTlwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDhcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQ4XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcIlNUQVRVU19BRE1JVFRFRFwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDhcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQ4XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcIlNUQVRVU19MRUFWSU5HXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50OFwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDhcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiU1RBVFVTX05PTkVcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ4XCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50OFwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJTVEFUVVNfUEVORElOR1wiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDhcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQ4XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcIlNUQVRVU19TTEFTSEVEXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50OFwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDhcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiVU5CT05ESU5HX0RFTEFZXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcIlZFUkRJQ1RfVFlQRUhBU0hcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiYWRkU3Rha2VcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJwYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibm9kZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJldmlkZW5jZUhhc2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwia2V5c0hhc2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiY29sbGF0ZXJhbEhhc2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiY29tbWl0dGVlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJzaWduYXR1cmVzXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcImFkbWl0XCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm5vZGVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZGlnZXN0XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInVuY2xhaW1lZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJpbmRleFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcImNsYWltVmVyZGljdEZlZVwiLFxuICAgIFwib3V0cHV0c1wiOiBbXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcIm5vbnBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJjb21taXRtZW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiY29tbWl0U2VlZFwiLFxuICAgIFwib3V0cHV0c1wiOiBbXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJzYWx0XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiY29tbWl0VGFza1wiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0YXNrSWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXBvY2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcIm5vbnBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJjdXJyZW50RXBvY2hcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXBvY2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJlcG9jaFNlZWRcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic2VlZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJyZXZlYWxzXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZXBvY2hcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJlcG9jaFN0YXJ0XCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInZlcmlmaWVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiZm9yZmVpdFNlZWRCb25kXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50OFwiLFxuICAgICAgICBcIm5hbWVcIjogXCJyb2xlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQ4XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDhcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidGVlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQ4XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJlbmNsYXZlS2V5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInNlYWxpbmdLZXlcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidnJmS2V5XCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImV2aWRlbmNlSGFzaFwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwic3RyaW5nXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImVuZHBvaW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInN0cmluZ1wiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJqb2luXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwicGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm5vZGVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJub2RlT2ZcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImNvbXBvbmVudHNcIjogW1xuICAgICAgICAgIHtcbiAgICAgICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwic3Rha2VcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgICAgICBcIm5hbWVcIjogXCJwZW5kaW5nU3Rha2VcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgICAgICBcIm5hbWVcIjogXCJwZW5kaW5nRXBvY2hcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50OFwiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwic3RhdHVzXCIsXG4gICAgICAgICAgICBcInR5cGVcIjogXCJ1aW50OFwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ4XCIsXG4gICAgICAgICAgICBcIm5hbWVcIjogXCJyb2xlXCIsXG4gICAgICAgICAgICBcInR5cGVcIjogXCJ1aW50OFwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ4XCIsXG4gICAgICAgICAgICBcIm5hbWVcIjogXCJ0ZWVcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcInVpbnQ4XCJcbiAgICAgICAgICB9LFxuICAgICAgICAgIHtcbiAgICAgICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDhcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcImluZGV4XCIsXG4gICAgICAgICAgICBcInR5cGVcIjogXCJ1aW50OFwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcImFjdGl2ZUVwb2NoXCIsXG4gICAgICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgICAgICB9LFxuICAgICAgICAgIHtcbiAgICAgICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwibGVhdmVFcG9jaFwiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcImpvaW5FcG9jaFwiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcImVuY2xhdmVLZXlcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgICAgICBcIm5hbWVcIjogXCJjb21taXRtZW50XCIsXG4gICAgICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgICAgICB9XG4gICAgICAgIF0sXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwic3RydWN0IFJlZ2lzdHJ5U3RvcmFnZS5Ob2RlSW5mb1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJpbmZvXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInR1cGxlXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcInBvb2xcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwicmVzZXJ2ZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJoZWxkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic2Vzc2lvbklkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50NjRcIixcbiAgICAgICAgXCJuYW1lXCI6IFwicm91bmRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDY0XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJyZWNvcmRIYXNoXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwicmVjb3JkRGlnZXN0XCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJjb21wb25lbnRzXCI6IFtcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcIm5vZGVcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50NjRcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcImVwb2NoXCIsXG4gICAgICAgICAgICBcInR5cGVcIjogXCJ1aW50NjRcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgICAgICBcIm5hbWVcIjogXCJjb21taXR0ZWVcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgICAgICBcIm5hbWVcIjogXCJldmlkZW5jZUhhc2hcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgICAgICBcIm5hbWVcIjogXCJjb2xsYXRlcmFsSGFzaFwiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcInBvbGljeUhhc2hcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50NjRcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcInRpbWVcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcInVpbnQ2NFwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcImtleXNIYXNoXCIsXG4gICAgICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgICAgICB9LFxuICAgICAgICAgIHtcbiAgICAgICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYm9vbFwiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwicGFzc1wiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwiYm9vbFwiXG4gICAgICAgICAgfVxuICAgICAgICBdLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInN0cnVjdCBSZWdpc3RyeVN0b3JhZ2UuVmVyZGljdFwiLFxuICAgICAgICBcIm5hbWVcIjogXCJ2ZXJkaWN0XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInR1cGxlXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXNcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic2lnbmF0dXJlc1wiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlc1wiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJyZW1vdmVcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwicmVxdWVzdExlYXZlXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInNlY3JldFwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcInJldmVhbFNlZWRcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibm9kZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJzZXNzaW9uSWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ2NFwiLFxuICAgICAgICBcIm5hbWVcIjogXCJyb3VuZFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50NjRcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInJlY29yZEFcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInNpZ25hdHVyZUFcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXNcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInJlY29yZEJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInNpZ25hdHVyZUJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXNcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwic2xhc2hFcXVpdm9jYXRpb25cIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidmVyaWZpZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImNvbXBvbmVudHNcIjogW1xuICAgICAgICAgIHtcbiAgICAgICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwibm9kZVwiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ2NFwiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwiZXBvY2hcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcInVpbnQ2NFwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcImNvbW1pdHRlZVwiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcImV2aWRlbmNlSGFzaFwiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcImNvbGxhdGVyYWxIYXNoXCIsXG4gICAgICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgICAgICB9LFxuICAgICAgICAgIHtcbiAgICAgICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwicG9saWN5SGFzaFwiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ2NFwiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwidGltZVwiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwidWludDY0XCJcbiAgICAgICAgICB9LFxuICAgICAgICAgIHtcbiAgICAgICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwia2V5c0hhc2hcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJib29sXCIsXG4gICAgICAgICAgICBcIm5hbWVcIjogXCJwYXNzXCIsXG4gICAgICAgICAgICBcInR5cGVcIjogXCJib29sXCJcbiAgICAgICAgICB9XG4gICAgICAgIF0sXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwic3RydWN0IFJlZ2lzdHJ5U3RvcmFnZS5WZXJkaWN0XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInZlcmRpY3RBXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInR1cGxlXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXNcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic2lnbmF0dXJlQVwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImNvbXBvbmVudHNcIjogW1xuICAgICAgICAgIHtcbiAgICAgICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwibm9kZVwiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ2NFwiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwiZXBvY2hcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcInVpbnQ2NFwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcImNvbW1pdHRlZVwiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcImV2aWRlbmNlSGFzaFwiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcImNvbGxhdGVyYWxIYXNoXCIsXG4gICAgICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgICAgICB9LFxuICAgICAgICAgIHtcbiAgICAgICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwicG9saWN5SGFzaFwiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ2NFwiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwidGltZVwiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwidWludDY0XCJcbiAgICAgICAgICB9LFxuICAgICAgICAgIHtcbiAgICAgICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXMzMlwiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwia2V5c0hhc2hcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJib29sXCIsXG4gICAgICAgICAgICBcIm5hbWVcIjogXCJwYXNzXCIsXG4gICAgICAgICAgICBcInR5cGVcIjogXCJib29sXCJcbiAgICAgICAgICB9XG4gICAgICAgIF0sXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwic3RydWN0IFJlZ2lzdHJ5U3RvcmFnZS5WZXJkaWN0XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInZlcmRpY3RCXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInR1cGxlXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYnl0ZXNcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic2lnbmF0dXJlQlwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlc1wiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJzbGFzaFZlcmRpY3RFcXVpdm9jYXRpb25cIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibm9kZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJlcG9jaFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcInN0YWtlQXRcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwicmVxdWVzdGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImVwb2NoXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwidGFza09mXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJjb21wb25lbnRzXCI6IFtcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcIm5vZGVcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50NjRcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcImVwb2NoXCIsXG4gICAgICAgICAgICBcInR5cGVcIjogXCJ1aW50NjRcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgICAgICBcIm5hbWVcIjogXCJjb21taXR0ZWVcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgICAgICBcIm5hbWVcIjogXCJldmlkZW5jZUhhc2hcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJieXRlczMyXCIsXG4gICAgICAgICAgICBcIm5hbWVcIjogXCJjb2xsYXRlcmFsSGFzaFwiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwiYnl0ZXMzMlwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcInBvbGljeUhhc2hcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50NjRcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcInRpbWVcIixcbiAgICAgICAgICAgIFwidHlwZVwiOiBcInVpbnQ2NFwiXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgICAgIFwibmFtZVwiOiBcImtleXNIYXNoXCIsXG4gICAgICAgICAgICBcInR5cGVcIjogXCJieXRlczMyXCJcbiAgICAgICAgICB9LFxuICAgICAgICAgIHtcbiAgICAgICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYm9vbFwiLFxuICAgICAgICAgICAgXCJuYW1lXCI6IFwicGFzc1wiLFxuICAgICAgICAgICAgXCJ0eXBlXCI6IFwiYm9vbFwiXG4gICAgICAgICAgfVxuICAgICAgICBdLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInN0cnVjdCBSZWdpc3RyeVN0b3JhZ2UuVmVyZGljdFwiLFxuICAgICAgICBcIm5hbWVcIjogXCJ2XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInR1cGxlXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcInZlcmRpY3REaWdlc3RcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzMzJcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJ5dGVzMzJcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiaW5kZXhcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJ2ZXJpZmllckF0XCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInZlcmlmaWVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImNvdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwid2l0aGRyYXdcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibm9kZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIndpdGhkcmF3YWJsZUF0XCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfVxuXSBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCBhaXJ0bnRSZWdpc3RyeUJ5dGVjb2RlID0gJzB4NjEwMjQwODA2MDQwNTIzNDYxMDY4ZDU3NjEzZjBkODAzODAzODA5MTYxMDAxZDgyODU2MTA2YjU1NjViODMzOTgxMDE5MDYxMDE4MDgxODMwMzEyNjEwNjhkNTc4MTYwMWY4MjAxMTIxNTYxMDY4ZDU3NjA0MDUxNjEwMTQwODEwMTYwMDE2MDAxNjA0MDFiMDM4MTExODI4MjEwMTc2MTA2OTE1NzYwNDA1MjYxMDE0MDgyMDE4MTg0ODIxMTYxMDY4ZDU3ODM5MDViODI4MjEwNjEwNmE1NTc1MDUwNTE2MTAxNjA4MzAxNTE5MDkyNjAwMTYwMDE2MDQwMWIwMzgyMTE2MTA2OGQ1NzAxODM2MDFmODIwMTEyMTU2MTA2OGQ1NzgwNTE5MzYwMDE2MDAxNjA0MDFiMDM4NTExNjEwNjkxNTc4NDYwMDUxYjkxNjA0MDUxOTU2MTAwYjg2MDIwODUwMTg4NjEwNmI1NTY1Yjg2NTI2MDIwODA4NzAxOTM4MjAxMDE5MTgyMTE2MTA2OGQ1NzYwMjAwMTkxNWI4MTgzMTA2MTA2NmQ1NzUwNTA2MDAxNjBmZjFiNjAwOTU1NTA4MDUxNjAwMjExODAxNTYxMDY1ZjU3NWI2MTA2MjQ1NzYwMjA4MTAxODA1MTE1ODAxNTYxMDYxMzU3NWI2MTA1ZGI1NzYwNDA4MjAxOTA4MTUxMTU4MDE1NjEwNWQwNTc1YjYxMDU5MzU3NjA2MDgzMDE4MDUxODA2MDAxMWI5MDgwODIwNDYwMDIxNDkwMTUxNzE1NjEwNTNlNTc4MzUxMTA4MDE1OTA2MTA1ODg1NzViNjEwNTUyNTc2MDgwODQwMTkwODE1MTkxNjBhMDg2MDE5MTgyNTE5MzYxMDE1ZTYwYzA4OTAxOTU4NjUxOTA2MTA2ZDg1NjViMTAxNTYxMDUwZTU3NjEwMTAwODcwMTk1NjEyNzEwODc1MTExNjEwNGNlNTc2MGUwODgwMTgwNTE5MDk2OTA2MDAxNjAwMTYwNjAxYjAzMTA2MTA0OTY1NzYxMDEyMDg5MDE4MDUxOTA5OTkwNjAwMTYwMDE2MDYwMWIwMzEwNjEwNDVmNTc0MjYwODA1MjUxNjBhMDUyNTE2MGMwNTI1MTYwZTA1MjUxNjEwMTAwNTI1MTYxMDEyMDUyNTE2MTAxNDA1MjUxNjEwMTYwNTI1MTYxMDE4MDUyNTE2MTAxYTA1MjUxNjEwMWMwNTI2MTAxZTA1MjVmNWI4MTUxODExMDE1NjEwMjEyNTc2MDAxOTA4MTgwNjBhMDFiMDM2MDIwODI2MDA1MWI4NTAxMDE1MTE2NWY1MjYwMDQ2MDIwNTI2MDQwNWYyMDgyNjBmZjE5ODI1NDE2MTc5MDU1MDE2MTAxZGE1NjViNDY2MTAyMjA1MjYwNDA1MTYwMjA4MTAxOTA3ZjhiNzNjM2M2OWJiOGZlM2Q1MTJlY2M0Y2Y3NTljYzc5MjM5ZjdiMTc5YjBmZmFjYWE5YTc1ZDUyMmIzOTQwMGY4MjUyN2Y3Yjk0NGI1MGYxNGY2NDM4MmVhNWFhNmZiM2NjYWMwYjU1NzdlMWNlYzllMDA1YzYzMmUzYjkyOTViY2E2ZmRmNjA0MDgyMDE1MjdmYzg5ZWZkYWE1NGMwZjIwYzdhZGY2MTI4ODJkZjA5NTBmNWE5NTE2MzdlMDMwN2NkY2I0YzY3MmYyOThiOGJjNjYwNjA4MjAxNTI0NjYwODA4MjAxNTIzMDYwYTA4MjAxNTI2MGEwODE1MjYxMDJhOTYwYzA4MjYxMDZiNTU2NWI1MTkwMjA2MTAyMDA1MjYwNDA1MTYxMzgyNzkwODE2MTA2ZTY4MjM5NjA4MDUxODE4MTgxNjEwM2QzMDE1MjgxODE2MTA1M2QwMTUyODE4MTYxMGMwYTAxNTI4MTgxNjExNTQwMDE1MjgxODE2MTE2NjkwMTUyODE4MTYxMWJlOTAxNTI4MTgxNjExZTE2MDE1MjgxODE2MTIwYWIwMTUyODE4MTYxMjFkMTAxNTI4MTgxNjEyNWFkMDE1MjgxODE2MTI1ZWUwMTUyODE4MTYxMjk1YjAxNTI2MTM1NTkwMTUyNjBhMDUxODE4MTgxNjEwNTY0MDE1MjgxODE2MTBiNjkwMTUyODE4MTYxMGJlMTAxNTI4MTgxNjExZTQ2MDE1MjgxODE2MTIxZmYwMTUyODE4MTYxMjYyMjAxNTI4MTgxNjEyOTkyMDE1MjgxODE2MTJlMmMwMTUyNjEzNWIwMDE1MjYwYzA1MTgxODE4MTYxMDJlYjAxNTI4MTgxNjEwNGIzMDE1MjYxMWQyMjAxNTI2MGUwNTE4MTgxODE2MTAzMjUwMTUyNjEzMmIwMDE1MjYxMDEwMDUxODE4MTgxNjEyOTI1MDE1MjYxMzJlMDAxNTI2MTAxMjA1MTgxODE4MTYxMGZjMDAxNTI2MTJlNTMwMTUyNjEwMTQwNTE4MTYxMjQ5ZDAxNTI2MTAxNjA1MTgxNjEwMjU4MDE1MjYxMDE4MDUxODE4MTgxNjEwMzk5MDE1MjgxODE2MTI1M2YwMTUyODE4MTYxMjY2NjAxNTI2MTJhMzAwMTUyNjEwMWEwNTE4MTgxODE2MTAyYjEwMTUyODE4MTYxMTMxZjAxNTI2MTE4NTAwMTUyNjEwMWMwNTE4MTgxODE2MTAzNWYwMTUyODE4MTYxMDRkNzAxNTI4MTgxNjEwNTBmMDE1MjgxODE2MTA2ZGIwMTUyODE4MTYxMDg0NjAxNTI4MTgxNjEwOTVjMDE1MjgxODE2MTA5YzMwMTUyODE4MTYxMGQ2YjAxNTI2MTMxYWUwMTUyNjEwMWUwNTE4MTgxODE2MTBiYTMwMTUyODE4MTYxMWYxMDAxNTI2MTIyNTQwMTUyNjEwMjAwNTE4MTYxMzBmODAxNTI2MTAyMjA1MTgxNjEzMGQyMDE1MmYzNWI2MDg0OGE1MTYwNDA1MTkwNjMyNzYzNTM1NzYwZTAxYjgyNTI2MDQwNjAwNDgzMDE1MjYwMDc2MDQ0ODMwMTUyNjY2YTZmNjk2ZTQ2NjU2NTYwYzgxYjYwNjQ4MzAxNTI2MDI0ODIwMTUyZmQ1YjYwODQ4NzUxNjA0MDUxOTA2MzI3NjM1MzU3NjBlMDFiODI1MjYwNDA2MDA0ODMwMTUyNjAwODYwNDQ4MzAxNTI2NzFjZDk1OTU5MTA5YmRiOTk2MGMyMWI2MDY0ODMwMTUyNjAyNDgyMDE1MmZkNWI2MDg0ODc1MTYwNDA1MTkwNjMyNzYzNTM1NzYwZTAxYjgyNTI2MDQwNjAwNDgzMDE1MjYwMTA2MDQ0ODMwMTUyNmY3MjY1NzA2ZjcyNzQ2NTcyNTM2ODYxNzI2NTQyNzA3MzYwODAxYjYwNjQ4MzAxNTI2MDI0ODIwMTUyZmQ1YjUwNTE5MDUxODI1MTYxMDUxZDkxNjEwNmQ4NTY1YjkwNjAwMTgyMDE4MDkyMTE2MTA1M2U1NzYzMDI4OTJmODM2MGU2MWI1ZjUyNjAwNDUyNjAyNDUyNjA0NDVmZmQ1YjYzNGU0ODdiNzE2MGUwMWI1ZjUyNjAxMTYwMDQ1MjYwMjQ1ZmZkNWI2MDg0OTA1MTYwNDA1MTkwNjMyNzYzNTM1NzYwZTAxYjgyNTI2MDQwNjAwNDgzMDE1MjYwMDY2MDQ0ODMwMTUyNjU3MTc1NmY3Mjc1NmQ2MGQwMWI2MDY0ODMwMTUyNjAyNDgyMDE1MmZkNWI1MDgwNTE4MzUxMTA2MTAxM2E1NjViNjA4NDgyNTE2MDQwNTE5MDYzMjc2MzUzNTc2MGUwMWI4MjUyNjA0MDYwMDQ4MzAxNTI2MDBkNjA0NDgzMDE1MjZjNjM2ZjZkNmQ2OTc0NzQ2NTY1NTM2OTdhNjU2MDk4MWI2MDY0ODMwMTUyNjAyNDgyMDE1MmZkNWI1MDYwZmY4MjUxMTE2MTAxMTI1NjViNjA4NDkwNTE2MDQwNTE5MDYzMjc2MzUzNTc2MGUwMWI4MjUyNjA0MDYwMDQ4MzAxNTI2MDA4NjA0NDgzMDE1MjY3NmQ2OTZlNTM3NDYxNmI2NTYwYzAxYjYwNjQ4MzAxNTI2MDI0ODIwMTUyZmQ1YjUwODA1MTYwMDE2MDAxNjA2MDFiMDMxMDYxMDBmZjU2NWI2MDg0OTA1MTYwNDA1MTkwNjMyNzYzNTM1NzYwZTAxYjgyNTI2MDQwNjAwNDgzMDE1MjYwMGI2MDQ0ODMwMTUyNmEwY2FlMGRlYzZkMDk4Y2FkY2NlZThkNjBhYjFiNjA2NDgzMDE1MjYwMjQ4MjAxNTJmZDViNTA2M2ZmZmZmZmZmODE1MTExNjEwMGVkNTY1YjgyNTE2MDAxNjAwMTYwYTAxYjAzODExNjgxMDM2MTA2OGQ1NzgxNTI2MDIwOTI4MzAxOTIwMTYxMDBjZjU2NWI1ZjgwZmQ1YjYzNGU0ODdiNzE2MGUwMWI1ZjUyNjA0MTYwMDQ1MjYwMjQ1ZmZkNWI4MTUxODE1MjYwMjA5MTgyMDE5MTAxNjEwMDY1NTY1YjYwMWY5MDkxMDE2MDFmMTkxNjgxMDE5MDYwMDE2MDAxNjA0MDFiMDM4MjExOTA4MjEwMTc2MTA2OTE1NzYwNDA1MjU2NWI5MTkwODIwMTgwOTIxMTYxMDUzZTU3NTZmZTYwODA4MDYwNDA1MjYwMDQzNjEwMTU2MTAwMTI1NzVmODBmZDViNWYzNTYwZTAxYzkwODE2MzA5YTc0M2MzMTQ2MTJiODE1NzUwODA2MzE2ZjAxMTViMTQ2MTJiMzg1NzgwNjMxZjI5MWRmYzE0NjEyOTQ4NTc4MDYzMmU4MGQ5YjYxNDYxMjkwZTU3ODA2MzM2NDRlNTE1MTQ2MTI4ZjQ1NzgwNjMzY2NmZDYwYjE0NjEyN2VhNTc4MDYzM2ZmYzZmOWMxNDYxMjVlMDU3ODA2MzQyM2Q0ODdjMTQ2MTAyM2M1NzgwNjM0NTAxYjdjNTE0NjEyNGMwNTc4MDYzNDdhMWNkOGExNDYxMjQ4NjU3ODA2MzQ3ZDQwYzhjMTQ2MTIxNTk1NzgwNjM0YWJjY2QyODE0NjEyMDhmNTc4MDYzNTg4ZTBkYjUxNDYxMWQ4MzU3ODA2MzVhNjI3ZGJjMTQ2MTFiYTI1NzgwNjM1YThjMDZhYjE0NjExYjdmNTc4MDYzNWMyNmVhN2IxNDYxMWI1YTU3ODA2MzYyNGQ3MWVmMTQ2MTAyM2M1NzgwNjM2NWYzYzBlYjE0NjExYjNmNTc4MDYzNjgyYTkxNDExNDYxMTk1MDU3ODA2MzczNDY5YTExMTQ2MTE2Yzg1NzgwNjM3NWNiNWYzZDE0NjExNjhlNTc4MDYzNzY2NzE4MDgxNDYxMTY0ZjU3ODA2MzgzMTZlNmRjMTQ2MTE1Mjc1NzgwNjM4NGUxNDMzYjE0NjExNTBkNTc4MDYzOGRlOGM2MGIxNDYxMGZlMzU3ODA2MzhlYmIzNTAxMTQ2MTBmYTk1NzgwNjM5NzBhZDM3NDE0NjEwMjM3NTc4MDYzOTk3ZGIwMmQxNDYxMGYxNDU3ODA2MzljODA5NGI2MTQ2MTBlZGQ1NzgwNjM5Zjg4YmMyYzE0NjEwY2VhNTc4MDYzYTg2ZTE3MTUxNDYxMGM3MDU3ODA2M2E4NmZjYWIzMTQ2MTBjMzY1NzgwNjNhYTkzNTRhMzE0NjEwYmM2NTc4MDYzYWFlMTExNzUxNDYxMGI4YzU3ODA2M2FjNDc0NmFiMTQ2MTBiNTI1NzgwNjNhY2E3OThjMzE0NjEwYjM3NTc4MDYzYjI3MDU2MWIxNDYxMGFjOTU3ODA2M2IyOGMyOTA5MTQ2MTAzZjY1NzgwNjNiN2RlYzFiNzE0NjEwM2JjNTc4MDYzYjhlN2MzZTAxNDYxMDM4MjU3ODA2M2MwYjIyNmRjMTQ2MTAzNDg1NzgwNjNjMThjZDhmZjE0NjEwMjM3NTc4MDYzYzUyMzRhN2UxNDYxMDMwZTU3ODA2M2NiMWMyYjVjMTQ2MTAyZDQ1NzgwNjNjZGNhYTIxMjE0NjEwMjlhNTc4MDYzZDYxYTMzODExNDYxMDI3ZjU3ODA2M2Q2MmFhZDI5MTQ2MTAyNDE1NzgwNjNkOTU4ZGRmNjE0NjEwMjNjNTc2M2VjZjQ5NmY3MTQ2MTAyMzc1NzVmODBmZDViNjEwMjdmNTY1YjYxMmJlYzU2NWIzNDYxMDI3YjU3NWY2MDAzMTkzNjAxMTI2MTAyN2I1NzYwMjA2MDQwNTE3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4MTUyZjM1YjVmODBmZDViMzQ2MTAyN2I1NzVmNjAwMzE5MzYwMTEyNjEwMjdiNTc2MDIwNjA0MDUxNjAwMjgxNTJmMzViMzQ2MTAyN2I1NzVmNjAwMzE5MzYwMTEyNjEwMjdiNTc2MDIwNjA0MDUxN2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODE1MmYzNWIzNDYxMDI3YjU3NWY2MDAzMTkzNjAxMTI2MTAyN2I1NzYwMjA2MDQwNTE3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4MTUyZjM1YjM0NjEwMjdiNTc1ZjYwMDMxOTM2MDExMjYxMDI3YjU3NjAyMDYwNDA1MTdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgxNTJmMzViMzQ2MTAyN2I1NzVmNjAwMzE5MzYwMTEyNjEwMjdiNTc2MDIwNjA0MDUxN2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODE1MmYzNWIzNDYxMDI3YjU3NWY2MDAzMTkzNjAxMTI2MTAyN2I1NzYwMjA2MDQwNTE3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4MTUyZjM1YjM0NjEwMjdiNTc1ZjYwMDMxOTM2MDExMjYxMDI3YjU3NjAyMDYwNDA1MTdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgxNTJmMzViNjBlMDYwMDMxOTM2MDExMjYxMDI3YjU3NjAwNDM1NjBmZjgxMTY4MTAzNjEwMjdiNTc2MDI0MzU5MDYwZmY4MjE2ODIwMzYxMDI3YjU3NjA0NDM1NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODExNjgxMDM2MTAyN2I1NzYwYzQzNTY3ZmZmZmZmZmZmZmZmZmZmZjgxMTE2MTAyN2I1NzYxMDQ1ZDkwMzY5MDYwMDQwMTYxMmMyYTU2NWIzMzVmNTI1ZjYwMjA1MjYwNDA1ZjIwNTQ4MDYxMGE5MzU3NTA2MDAxNjBmZjg1MTYxNDE1ODA2MTBhODU1NzViNjEwYTU2NTc3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MzE2MTU4MDE1NjEwYTRjNTc1YjYxMGEyNDU3ODAxNTgwMTU2MTBhMTk1NzViNjEwOWVlNTc3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA2MTA0ZmM3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4MjYxMmQ5OTU2NWIzNDEwODAxNTYxMDliMDU3NWI2MTA5NTY1NzUwNjEwNTM0N2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMzQ2MTJmOWY1NjViOTA2MTA1ODk2MTA1NjI3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA0MjYxMmY5ZjU2NWI3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA5MDYxMmQ2MjU2NWI5NTVmOTU2MDAyNjBmZjgyMTYxNDYxMDhkNzU3NWI1Zjk2NjAwMTk0OTA2MGZmODMxNjYwMDIxNDgwNjEwOGMxNTc1YjYxMDg3NDU3NWIzMzVmNTI1ZjYwMjA1Mjg5NjBjMDFiOTA4OTYwODAxYjkwNjA3ODFiNmVmZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4NjYwNzAxYjE2NmRmZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODY2MDY4MWIxNjZjZmYwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4YTYwNjAxYjE2ODYxNzE3MTcxNzE3MTc2MDQwNWYyMDU1MzM1ZjUyNjAwMTYwMjA1MjczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjg3MTY2MDQwNWYyMDU1NjFmZmZmMTk2MDQwNTE2MDIwODEwMTkwNjEwNmE0ODE2MTA2Nzg2MDg0MzU4ZDYwNjQzNTkwODc2MDQwOTE5NDkzOTI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MDYwODMwMTk2MTY4MjUyNjAyMDgyMDE1MjAxNTI1NjViMDM3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZTA4MTAxODM1MjgyNjEyYzc1NTY1YjUxOTAyMDYwNDA1MTYwMjA4MTAxOTE2MGE0MzU4MzUyNjA0MDgyMDE1MjYwNDA4MTUyNjEwNmM4NjA2MDgyNjEyYzc1NTY1YjUxOTAyMDE2MzM1ZjUyNjAwMjYwMjA1MjYwNDA1ZjIwNTU3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA2MTA4NDQ1NzViNjAwMjg5MDE5MDgxOGExMTYxMDgxNzU3ODQ2MGZmOTc3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MDAyOWE4YTdmMjZkOWI5NWY1MzkyZDg2MzhlNTQ2YzY1ZTQ1NDM3MDU4ODRlMTNmNGQ1NTE5NjBmOTI2NzVmZTdlZDU4YTYwYzk4ODE2MDQwNTE5OTE2ODk1MjE2NjAyMDg4MDE1MjE2NjA0MDg2MDE1MjYwNjQzNTYwNjA4NjAxNTI2MDg0MzU2MDgwODYwMTUyNjBhNDM1NjBhMDg2MDE1MjYxMDEyMDYwYzA4NjAxNTI4MTYxMDEyMDg2MDE1MjYxMDE0MDg1MDEzNzVmNjEwMTQwODY4NTAxMDE1MjYwZTA4MzAxNTI2MTAxMDA4MjAxNTI2MTAxNDA4MTdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZlMDYwMWYzMzk2MDExNjgxMDEwMzAxOTBhMjE2MTQ2MTA3ZDg1NzAwNWI2MDQwNTE5MTgyNTI1ZjYwMjA4MzAxNTI1ZjYwNDA4MzAxNTI2MDYwODIwMTUyN2ZhNjJiMDk3OTE5ZjViYzFmZTFmZDdiMzA1MzlkMTUxMjM2YmZlZjUzY2QwOWVkNGZlMmVlOGI1YjE0OWRmZDZmNjA4MDMzOTJhMjAwNWI3ZjRlNDg3YjcxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAxMTYwMDQ1MjYwMjQ1ZmZkNWI3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA2MDgwMWI2MDA5NTQwMTYwMDk1NTYxMDZmZjU2NWI5NzUwOTM1MDMzNWY1MjYwMDQ2MDIwNTI2MDQwNWYyMDdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYwMDgxNTQxNjkwNTU2MDAyOTM2MDAyODkwMTg5MTE2MTA4MTc1NzYwMDI4OTAxOTc2MTA1YjA1NjViNTAzMzVmNTI2MDA0NjAyMDUyNjBmZjYwNDA1ZjIwNTQxNjYxMDVhYjU2NWI2MDBhNTQ5NjUwNjBmZjg3MTE2MTA5MmU1NzYwMDE4NzAxODcxMTYxMDgxNzU3NjAwMTg3MDE2MDBhNTU4NjVmNTI2MDAzNjAyMDUyNjA0MDVmMjAzMzdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgyNTQxNjE3OTA1NTYxMDU5ODU2NWI3ZjA4YzE3ZjhjMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDVmZmQ1YjYxMDk4MTkwN2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwOTA2MTJkOTk1NjViN2YwZTEwMDA5YzAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjM0NjAwNDUyNjAyNDUyNjA0NDVmZmQ1YjUwNmJmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MTA5ZTg3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAzNDYxMmY5ZjU2NWIxMTYxMDUwNTU2NWI3ZmU3ODRiN2VjMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDVmZmQ1YjUwNjEwMTAwODExMTYxMDRhZDU2NWI3Zjc2ZDRlMWU4MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDVmZmQ1YjUwNjA4NDM1MTU2MTA0YTA1NjViNjBmZjg0N2ZmMTc4NjRkZTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjE2NjAwNDUyNjAyNDVmZmQ1YjUwNjAwMjYwZmY4NTE2MTQxNTYxMDQ3ZDU2NWI2MGZmOTA3ZjVmNDk4MWIyMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyMzM2MDA0NTI2MDYwMWMxNjYwMjQ1MjYwNDQ1ZmZkNWIzNDYxMDI3YjU3NjA0MDYwMDMxOTM2MDExMjYxMDI3YjU3NjEwYWUyNjEyYzA3NTY1YjYwNDA1MTYxMGIxZTgxNjEwNjc4NjAyMDgyMDE5NDYwMjQzNTkwODY2MDIwOTA5MzkyOTE5MzczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYwNDA4MjAxOTUxNjgxNTIwMTUyNTY1YjUxOTAyMDVmNTI2MDA4NjAyMDUyNjAyMDYwNDA1ZjIwNTQ2MDQwNTE5MDgxNTJmMzViMzQ2MTAyN2I1NzVmNjAwMzE5MzYwMTEyNjEwMjdiNTc2MDIwNjA0MDUxNjAwNDgxNTJmMzViMzQ2MTAyN2I1NzVmNjAwMzE5MzYwMTEyNjEwMjdiNTc2MDIwNjA0MDUxN2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODE1MmYzNWIzNDYxMDI3YjU3NWY2MDAzMTkzNjAxMTI2MTAyN2I1NzYwMjA2MDQwNTE3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4MTUyZjM1YjM0NjEwMjdiNTc2MDIwNjAwMzE5MzYwMTEyNjEwMjdiNTc2MDIwNjEwYzJlNjEwYzA4N2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNjAwNDM1NjEzMDAxNTY1YjdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDYxMmQ5OTU2NWI2MDQwNTE5MDgxNTJmMzViMzQ2MTAyN2I1NzVmNjAwMzE5MzYwMTEyNjEwMjdiNTc2MDIwNjA0MDUxN2YyYzJhYmNjMDZlYzZlMmM4ZGM2NTcwMzJmNGFjNjVmNzExZmFmNjJmMDliYTkzN2I1MjE3ZjhjNzg1ZTdlNWU0ODE1MmYzNWIzNDYxMDI3YjU3NWY2MDAzMTkzNjAxMTI2MTAyN2I1NzMzNWY1MjVmNjAyMDUyNjA0MDVmMjA1NDYwZmY4MTYwNjAxYzE2OTA2MDAxODIxNDE1ODA2MTBjZGY1NzViNjEwY2FmNTc2MTBjYWQ5MDMzNjEzNTJjNTY1YjAwNWI1MDdmYWY1OWY4YzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTIzMzYwMDQ1MjYwMjQ1MjYwNDQ1ZmZkNWI1MDYwMDI4MjE0MTU2MTBjOWY1NjViMzQ2MTAyN2I1NzYwODA2MDAzMTkzNjAxMTI2MTAyN2I1NzYxMGQwMzYxMmMwNzU2NWI2MDI0MzU2MDQ0MzU5MDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYwNjQzNTkzMTY5MDgxNWY1MjYwMDI2MDIwNTI2MDQwNWYyMDU0OTA2MGZmODI2MDA4MWMxNjgwMTU4MDE1NjEwZWQzNTc1YjgwMTU2MTBlYTc1NzViODAxNTYxMGU5YTU3NWI4MDE1NjEwZTY0NTc1YjYxMGUzMDU3OTA2MTBjYWQ5NTYxMGQ4ZjYxZmZmZjE5OTM3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA2MTJkNjI1NjViOTU2MDAxNjA0MDUxOTI2MDIwODQwMTk0ODU1MjFiMTkxNjYwNDA4MjAxNTI2MDQwODE1MjYxMGRiNDYwNjA4MjYxMmM3NTU2NWI1MTkwMjAxNjgyNWY1MjYwMDI2MDIwNTI2MWZmMDA3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MGZmODQxNjAxOTIxNjE3MTc2MDQwNWYyMDU1ODE2MDgwMWI2MDA5NTQwMzYwMDk1NTYwNDA1MTkwODI4MjUyN2YwZGNhOWQ4NmZhNzA0ZWE2NzgzYzk5NGFjMzBiNmFjYWQxY2EwNmExMWUxOWU1ZWRiMTJlMDM5N2EwZGIxZDBjNjAyMDMzOTNhMzMzNjEzMDE0NTY1Yjg1ODQ3ZjU3ZWExNDM0MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyMzM2MDI0NTI2MDQ0NTI2MDY0NWZmZDViNTA2MWZmZmYxOTYwNDA1MTYwMjA4MTAxOTA4NDgyNTI4NzYwNDA4MjAxNTI2MDQwODE1MjYxMGU4OTYwNjA4MjYxMmM3NTU2NWI1MTkwMjAxNjYxZmZmZjE5ODQxNjE0MTU2MTBkNTg1NjViNTA2MDAxODU4NzFjMTYxNTYxMGQ1MTU2NWI1MDg1NWY1MjYwMDM2MDIwNTI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MDQwNWYyMDU0MTYzMzE0MTU2MTBkNGE1NjViNTA2MGZmODYxMTYxMGQ0MzU2NWIzNDYxMDI3YjU3NjA2MDYwMDMxOTM2MDExMjYxMDI3YjU3NjAyNDM1NjdmZmZmZmZmZmZmZmZmZmZmODExNjgxMDM2MTAyN2I1NzYxMGMyZTYwMjA5MTYwNDQzNTkwNjAwNDM1NjEyZmFjNTY1YjM0NjEwMjdiNTc2MDQwNjAwMzE5MzYwMTEyNjEwMjdiNTc2MDIwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNjEwZjQ0NjEyYzA3NTY1YjE2ODA1ZjUyNWY4MjUyNjA0MDVmMjA1NDkwNmJmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MjE2OTE2MGUwMWM4MDE1MTU5MDgxNjEwZjljNTc1YjUwNjEwZjdkNTc1YjUwNjA0MDUxOTA4MTUyZjM1YjkwNjEwZjk2OTE1ZjUyNjAwMTgzNTI2MDQwNWYyMDU0NjBhMDFjOTA2MTJkOTk1NjViODI2MTBmNzQ1NjViOTA1MDYwMjQzNTEwMTU4NDYxMGY2ZTU2NWIzNDYxMDI3YjU3NWY2MDAzMTkzNjAxMTI2MTAyN2I1NzYwMjA2MDQwNTE3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4MTUyZjM1YjM0NjEwMjdiNTc2MTAyYTA2MDAzMTkzNjAxMTI2MTAyN2I1NzYxMGZmZDYxMmMwNzU2NWI2MTAxMjA3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZGMzNjAxMTI2MTAyN2I1NzYxMDE0NDM1NjdmZmZmZmZmZmZmZmZmZmZmODExMTYxMDI3YjU3NjExMDQ5OTAzNjkwNjAwNDAxNjEyYzJhNTY1YjkwOTE2MTAxMjA3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZlOWMzNjAxMTI2MTAyN2I1NzYxMDI4NDM1NjdmZmZmZmZmZmZmZmZmZmZmODExMTYxMDI3YjU3NjExMDk3OTAzNjkwNjAwNDAxNjEyYzJhNTY1YjkxNjA0MDUxOTM2MTEwYTU4NTYxMmM1ODU2NWI2MDI0MzU5MTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgzMTY4MzAzNjEwMjdiNTc4Mjg2NTI2MDQ0MzU2N2ZmZmZmZmZmZmZmZmZmZmY4MTE2ODEwMzYxMDI3YjU3NjAyMDg3MDE1MjYwNjQzNTYwNDA4NzAxNTI2MDg0MzU2MDYwODcwMTUyNjBhNDM1NjA4MDg3MDE1MjYwYzQzNTYwYTA4NzAxNTI2MGU0MzU5NTY3ZmZmZmZmZmZmZmZmZmZmZjg3MTY4NzAzNjEwMjdiNTc4NjYwYzA4MjAxNTI2MTAxMDQzNTYwZTA4MjAxNTI2MTAxMjQzNTkwODExNTE1ODIwMzYxMDI3YjU3NjExMTQzOTE2MTAxMDA4MjAxNTI2MTJlN2I1NjViOTU2MDQwNTE5MDYxMTE1MTgyNjEyYzU4NTY1YjYxMDE2NDM1OTE3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MzE2ODMwMzYxMDI3YjU3ODI4MTUyNjEwMTg0MzU2N2ZmZmZmZmZmZmZmZmZmZmY4MTE2ODEwMzYxMDI3YjU3NjAyMDgyMDE1MjYxMDFhNDM1NjA0MDgyMDE1MjYxMDFjNDM1NjA2MDgyMDE1MjYxMDFlNDM1NjA4MDgyMDE1MjYxMDIwNDM1NjBhMDgyMDE1MjYxMDIyNDM1OTA2N2ZmZmZmZmZmZmZmZmZmZmY4MjE2ODIwMzYxMDI3YjU3ODE2MGMwODIwMTUyNjEwMjQ0MzU2MGUwODIwMTUyNjEwMjY0MzU5MDgxMTUxNTgyMDM2MTAyN2I1NzYxMTFmNjkxNjEwMTAwODIwMTUyNjEyZTdiNTY1Yjk1ODY4YTE0OTM4NDE1NjExNGU4NTc1YjUwNTA4MjE1NjExNGQ4NTc1YjgyMTU2MTE0Yzg1NzViODIxNTYxMTRiODU3NWI4MjE1NjExNDlmNTc1YjUwNTA2MTE0Nzc1NzczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjE2OTU4NjVmNTI1ZjYwMjA1MjYwNDA1ZjIwNTQ5NTYwZmY4NzYwNjAxYzE2ODAxNTgwMTU2MTE0NmQ1NzViODAxNTYxMTQ1YzU3NWI2MTE0MmQ1NzUwOTE2MTEyODY5MTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjkzNjEzNmQyNTY1YjE2ODU4MTAzNjExM2ZkNTc1MDkxNjExMmFmOTE3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY5MzYxMzZkMjU2NWIxNjgyODEwMzYxMTNjZDU3NTA4MTYxMGNhZDkyNWY1MjYwMDE2MDIwNTI2MDQwNWYyMDU0OTA4MTYwYTAxYzkxNjExMmU3ODM2YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjg2MTY2MTJkOTk1NjViOTI2YzA0MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNjEyNzEwNjExMzQ0N2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODg2MTMwMDE1NjViMDQ5Njg1NWY1MjVmNjAyMDUyMTYxNzYwNDA1ZjIwNTU2MTEzYTM1NzViNTA4MjgyMDM2MDA5NTQwMTYwMDk1NTYwNDA1MTkxNjAwMjgzNTI2MDIwODMwMTUyODI2MDQwODMwMTUyN2ZjOGI3MTdlYmFmZDg4YWViY2M3NDg3ZTY3MWY5ODNmZDhiN2RmNjE3MWYyY2Q0M2U2Mzc0ODUxYTczN2E2MmVjNjA2MDMzOTNhMzMzNjEzMDE0NTY1YjczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjkwODI1ZjUyNjAwMTYwMjA1MjE2NjA0MDVmMjA1NTg0NjExMzU5NTY1YjkwNTA3ZmVmZTBlNjg2MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDUyNjA0NDVmZmQ1Yjg1OTA3ZmVmZTBlNjg2MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDUyNjA0NDVmZmQ1Yjg4N2ZhZjU5ZjhjMTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1MjYwMjQ1MjYwNDQ1ZmZkNWI1MDYwMDI2MGZmODk2MDY4MWMxNjE0MTU2MTEyNjE1NjViNTA2MDA0ODExNDYxMTI1YTU2NWI3ZjgxM2Q1OWRmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDVmZmQ1YjY3ZmZmZmZmZmZmZmZmZmZmZjkxOTI1MDgxMTY5MTE2MTQxNTg4ODA2MTEyMjA1NjViNjBjNDM1NjEwMjA0MzUxNDE1OTI1MDYxMTIxOTU2NWI2MGE0MzU2MTAxZTQzNTE0MTU5MjUwNjExMjEyNTY1YjYwODQzNTYxMDFjNDM1MTQxNTkyNTA2MTEyMGI1NjViNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmOTE4MjE2OTExNjE0MTU5MjUwOGE4MDYxMTIwMjU2NWIzNDYxMDI3YjU3NWY2MDAzMTkzNjAxMTI2MTAyN2I1NzYwMjA2MDQwNTE1ZjgxNTJmMzViMzQ2MTAyN2I1NzYwMjA2MDAzMTkzNjAxMTI2MTAyN2I1NzYxMTU2NTYxMDU2MjdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDQyNjEyZjlmNTY1YjYwMDI4MTAxODA5MTExNjEwODE3NTc2MDQwODA1MTMzNjAyMDgyMDE5MDgxNTI5MTgxMDE4MzkwNTI2MTE1OGY4MTYwNjA4MTAxNjEwNjc4NTY1YjUxOTAyMDgwNWY1MjYwMDg2MDIwNTI2MDQwNWYyMDU0OTE4MjYxMTYxYjU3NjA0MDgwNTEzMzYwMjA4MjAxOTA4MTUyODE4MzAxODQ5MDUyNjAwNDM1NjA2MDgzMDE1MjkxOTQ1MDYxMTVjZjgxNjA4MDgxMDE2MTA2Nzg1NjViNTE5MDIwOTE1ZjUyNjAwODYwMjA1MjgxODM1ZjIwNTU4MjUxODE4MTUyODI2MDIwODIwMTUyN2ZkN2FlMDNiN2I0ZDA1M2QyNjI0YjkxZGVmMGQ5NGMyZDgyMjgzYjVkYmIxZjQ1YzJiNTJmYjkzMThlOGUzODYwODQzMzkyYTI4MjUxOTE4MjUyNjAyMDgyMDE1MmYzNWI5MDUwN2Y0MzQ3MTIzMzAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjMzNjAwNDUyNjAyNDUyNjA0NDUyNjA2NDVmZmQ1YjM0NjEwMjdiNTc1ZjYwMDMxOTM2MDExMjYxMDI3YjU3NjAyMDYxMGMyZTYxMDU2MjdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDQyNjEyZjlmNTY1YjM0NjEwMjdiNTc1ZjYwMDMxOTM2MDExMjYxMDI3YjU3NjAyMDYwNDA1MTdmYjc0NDdiNmI0MzE2YWY4Mjg1NTM1MDc1ZjJmZDU5MGZlNWU4ZDQxZmVlMDZkYjlhYTZhMjk3YTgwZTY5MjNhZDgxNTJmMzViMzQ2MTAyN2I1NzYwZTA2MDAzMTkzNjAxMTI2MTAyN2I1NzYxMTZlMTYxMmMwNzU2NWI2MDQ0MzU5MDYwMjQzNTY3ZmZmZmZmZmZmZmZmZmZmZjgzMTY4MzAzNjEwMjdiNTc2MDY0MzU5MDYwODQzNTY3ZmZmZmZmZmZmZmZmZmZmZjgxMTE2MTAyN2I1NzYxMTcxZDkwMzY5MDYwMDQwMTYxMmMyYTU2NWI5NDkwOTM2MGE0MzU2MGM0MzU2N2ZmZmZmZmZmZmZmZmZmZmY4MTExNjEwMjdiNTc2MTE3NDM5MDM2OTA2MDA0MDE2MTJjMmE1NjViOTM5MDkyODI4NzE0NjExNDc3NTc3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYxNjk0ODU1ZjUyNWY2MDIwNTI2MDQwNWYyMDU0OTc2MGZmODk2MDYwMWMxNjgwMTU4MDE1NjExOTQ2NTc1YjYxMTkxNzU3NTA2MTE3YzE3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY5YThiOTI4OTVmNTI2MDAxNjAyMDUyNjExN2JjNjA0MDVmMjA1NDlkOGUxNjliODc4NzYxMmZhYzU2NWI2MTM2ZDI1NjViMTY4NzgxMDM2MTE4ZTc1NzUwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmOTQ5MjYxMTdlZjk0OTI2MTE3YmM5MjYxMmZhYzU2NWIxNjgyODEwMzYxMTNjZDU3NTA2MTBjYWQ5MzYwYTAxYzkxNjExODE4ODM2YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjg2MTY2MTJkOTk1NjViOTI2YzA0MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNjEyNzEwNjExODc1N2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODg2MTMwMDE1NjViMDQ5Njg1NWY1MjVmNjAyMDUyMTYxNzYwNDA1ZjIwNTU2MTE4ZDQ1NzViNTA4MjgyMDM2MDA5NTQwMTYwMDk1NTYwNDA1MTkxNjAwMTgzNTI2MDIwODMwMTUyODI2MDQwODMwMTUyN2ZjOGI3MTdlYmFmZDg4YWViY2M3NDg3ZTY3MWY5ODNmZDhiN2RmNjE3MWYyY2Q0M2U2Mzc0ODUxYTczN2E2MmVjNjA2MDMzOTNhMzMzNjEzMDE0NTY1YjgxNWY1MjYwMDE2MDIwNTI2MDQwNWYyMDU1ODQ2MTE4OGE1NjViODc5MDdmZWZlMGU2ODYwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NTI2MDQ0NWZmZDViODc3ZmFmNTlmOGMxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDUyNjA0NDVmZmQ1YjUwNjAwNDgxMTQ2MTE3ODE1NjViMzQ2MTAyN2I1NzYwMjA2MDAzMTkzNjAxMTI2MTAyN2I1NzYxMTk2OTYxMmMwNzU2NWI2MDQwNTE5MDYxMDE4MDgyMDE4MjgxMTA2N2ZmZmZmZmZmZmZmZmZmZmY4MjExMTc2MTFiMTI1NzYwNDA1MjVmODI1MjYwMjA4MjAxNWY4MTUyNjA0MDgzMDE1ZjgxNTI2MDYwODQwMTVmODE1MjYwODA4NTAxNWY4MTUyNjBhMDg2MDE1ZjgxNTI2MGMwODcwMTkwNWY4MjUyNjBlMDg4MDE5MjVmODQ1MjYxMDEwMDg5MDE5NDVmODY1MjYxMDEyMDhhMDE5NjVmODg1MjYxMDE0MDhiMDE5ODVmOGE1MjYxMDE2MDhjMDE5YTVmOGM1MjczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjE2ODA1ZjUyNWY2MDIwNTI4YzYwNDA1ZjIwNTQ4MjVmNTI2MDAxNjAyMDUyNjA0MDVmMjA1NDkxNmJmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MjE2OTA1MjgwNjA2MDFjNjBmZjE2ODY1MjgwNjA2ODFjNjBmZjE2ODc1MjgwNjA3MDFjNjBmZjE2ODg1MjgwNjA3ODFjNjBmZjE2ODk1MjgwNjA4MDFjNjNmZmZmZmZmZjE2OGE1MjgwNjBhMDFjNjNmZmZmZmZmZjE2OGI1MjgwNjBjMDFjNjNmZmZmZmZmZjE2OGM1MjYwZTAxYzg0NTI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MTE2OGM1MjYwYTAxYzgyNTI1ZjUyNjAwMjYwMjA1MjYwNDA1ZjIwNTQ4YjUyNjA0MDUxOWI1MThjNTI1MTYwMjA4YzAxNTI1MTYwNDA4YjAxNTI1MTYwZmYxNjYwNjA4YTAxNTI1MTYwZmYxNjYwODA4OTAxNTI1MTYwZmYxNjYwYTA4ODAxNTI1MTYwZmYxNjYwYzA4NzAxNTI1MTYwZTA4NjAxNTI1MTYxMDEwMDg1MDE1MjUxNjEwMTIwODQwMTUyNTE3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYxNjYxMDE0MDgzMDE1MjUxNjEwMTYwODIwMTUyNjEwMTgwOTBmMzViN2Y0ZTQ4N2I3MTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwNDE2MDA0NTI2MDI0NWZmZDViMzQ2MTAyN2I1NzVmNjAwMzE5MzYwMTEyNjEwMjdiNTc2MDIwNjA0MDUxNjAwMzgxNTJmMzViMzQ2MTAyN2I1NzYxMDEyMDYwMDMxOTM2MDExMjYxMDI3YjU3NjAyMDYxMGMyZTYxMWI3YTM2NjEyY2I2NTY1YjYxMmU3YjU2NWIzNDYxMDI3YjU3NjAyMDYwMDMxOTM2MDExMjYxMDI3YjU3NjAyMDYxMGMyZTYxMWI5ZDYxMmMwNzU2NWI2MTJkZjc1NjViNWY2MDAzMTkzNjAxMTI2MTAyN2I1NzMzNWY1MjVmNjAyMDUyNjA0MDVmMjA1NDYwZmY4MTYwNjAxYzE2NjAwMTgxMTQxNTgwNjExZDc4NTc1YjYxMWQ0OTU3NTAzMzVmNTI2MDAxNjAyMDUyNjExYzE2NjA0MDVmMjA1NDkxNjExYzBlNjEwNTYyN2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNDI2MTJmOWY1NjViOTI4MzkxNjEzNjQwNTY1YjYxMWMyNjkyOTE5MjM0ODI2MGEwMWM2MTJkOTk1NjViOTI2YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgxMTY2YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYxMWM0ZDg2ODM2MTJkOTk1NjViMTE2MTFjZjA1NzUwNjAwMjgzMDE4MDkzMTE2MTA4MTc1NzMzNWY1MjVmNjAyMDUyN2JmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgzNjBlMDFiOTExNjE3NjA0MDVmMjA1NTMzNWY1MjYwMDE2MDIwNTI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MzYwYTAxYjkxMTYxNzYwNDA1ZjIwNTU2MDQwNTE5MTM0ODM1MjYwMjA4MzAxNTI2MDQwODIwMTUyN2ZhZWUxMjMyZWQzYmRiYmZiMGQyMDc1YjdhMjU1Nzc3MWZiOGYwNWFlNjRjYmY4YzgzODFkMDFlM2EzYWVjMmIzNjA2MDMzOTJhMjAwNWI4NDYxMWNmYTkxNjEyZDk5NTY1YjdmMGUxMDAwOWMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA2MDI0NTI2MDQ0NWZmZDViN2ZhZjU5ZjhjMTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjMzNjAwNDUyNjAyNDUyNjA0NDVmZmQ1YjUwNjAwMjgxMTQxNTYxMWJjYjU2NWIzNDYxMDI3YjU3NjBjMDYwMDMxOTM2MDExMjYxMDI3YjU3NjExZDljNjEyYzA3NTY1YjYwYTQzNTkwNjA4NDM1OTA2MDQ0MzU2MDI0MzU2N2ZmZmZmZmZmZmZmZmZmZmY4NTExNjEwMjdiNTc2MTFkZGM3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY5NTM2OTA2MDA0MDE2MTJjMmE1NjViOTU5MDkzMTY5NDg1NWY1MjVmNjAyMDUyNjA0MDVmMjA1NDkzNjBmZjg1NjA2MDFjMTY2MDAxODEwMzYxMTkxNzU3NTA2M2ZmZmZmZmZmODU2MGMwMWMxNjkzNjAwMjg1MDE4MDk1MTE2MTA4MTc1NzdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDkzNjExZTQwODU0MjYxMmY5ZjU2NWI5NDYxMWU2YzdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgwOTc2MTJkNjI1NjViOTU4Nzg3MTA2MTIwNWI1NzYxZmZmZjE5NjA0MDUxNjAyMDgxMDE5MDg1ODI1Mjg2NjA0MDgyMDE1MjYwNDA4MTUyNjExZTk4NjA2MDgyNjEyYzc1NTY1YjUxOTAyMDE2OGI1ZjUyNjAwMjYwMjA1MjYwNDA1ZjIwNTQ4MTAzNjEyMDFiNTc1MDhhNjExZjUzOTQ4Nzk0NjdmZmZmZmZmZmZmZmZmZmZmNjExZWRhNjA0MTk5OTY2MTFlZDQ2MTFmNGI5NzhmNjEzMDAxNTY1YjkwNjEyZDk5NTY1YjE2OTA2MDQwNTE5MzYxMWVlOTg1NjEyYzU4NTY1Yjg0NTI2N2ZmZmZmZmZmZmZmZmZmZmY4YzE2NjAyMDg1MDE1MjhkNjA0MDg1MDE1MjYwNjA4NDAxNTI2MDY0MzU2MDgwODQwMTUyN2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNjBhMDg0MDE1MjYwYzA4MzAxNTI2MGUwODIwMTUyNjAwMTYxMDEwMDgyMDE1MjYxMmU3YjU2NWI5ODg3OGE2MTMyOWQ1NjViOTEwNDk0NjAwMjgzMDE4MDkzMTE2MTA4MTc1NzdmYTYyYjA5NzkxOWY1YmMxZmUxZmQ3YjMwNTM5ZDE1MTIzNmJmZWY1M2NkMDllZDRmZTJlZThiNWIxNDlkZmQ2Zjk1NmMwMjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDYwODA5Njg5NWY1MjVmNjAyMDUyN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYwMDAwMDAwMGZmZmZmZjAwZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODY4OTFiOTExNjE3MTc2MDQwNWYyMDU1NjFmZmZmMTk2MDQwNTE2MDIwODEwMTkwODQ4MjUyODU2MDQwODIwMTUyNjA0MDgxNTI2MTFmZWM2MDYwODI2MTJjNzU1NjViNTE5MDIwMTY4ODVmNTI2MDAyNjAyMDUyODE2MDA4MWIxNzE3NjA0MDVmMjA1NTYwNDA1MTkzODQ1MjYwMjA4NDAxNTI2MDQwODMwMTUyNjA2MDgyMDE1MmEyMDA1YjhiODA1ZjUyNjAwMjYwMjA1MjYwNDA1ZjIwNTQ5MDdmYzAxN2Y1NmYwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NTI2MDQ0NTI2MDY0NWZmZDViODY4ODhjN2Y1NWRkMTJhNzAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1MjYwMjQ1MjYwNDQ1MjYwNjQ1ZmZkNWIzNDYxMDI3YjU3NjAyMDYwMDMxOTM2MDExMjYxMDI3YjU3NjAwNDM1NjEyMGQwNjEwNTYyN2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNDI2MTJmOWY1NjViOTA4MTgxMTE2MTIxMmI1NzgwNjA0MDkxNWY1MjYwMDY2MDIwNTI4MTVmMjA1NDgyNTE2MDIwODEwMTkxNDY4MzUyMzA4NTgzMDE1MjgzNjA2MDgzMDE1MjYwODA4MjAxNTI2MDgwODE1MjYxMjExMDYwYTA4MjYxMmM3NTU2NWI1MTkwMjA5MDVmNTI2MDA3NjAyMDUyODE1ZjIwNTQ4MjUxOTE4MjUyNjAyMDgyMDE1MmYzNWI3ZjNkZjA3NWZmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDUyNjA0NDVmZmQ1YjM0NjEwMjdiNTc2MDAzMTkzNjAxNjEwMTQwODExMjYxMDI3YjU3NjEwMTIwMTM2MTAyN2I1NzYxMDEyNDM1NjdmZmZmZmZmZmZmZmZmZmZmODExMTYxMDI3YjU3NjEyMTk1OTAzNjkwNjAwNDAxNjEyYzJhNTY1YjczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYxMjFiMjYxMmRhNjU2NWIxNjVmNTI1ZjYwMjA1MjYwNDA1ZjIwNTQ5MDYwZmY4MjYwNjAxYzE2NjAwMjgxMDM2MTI0M2E1NzUwN2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNjEyMWZhODE0MjYxMmY5ZjU2NWI2MTIyMjU3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4MDkyNjEyZDYyNTY1YjYxMDEwNDM1ODAxNTkwODExNTgxMDM2MTAyN2I1NzkwNjEyNDIwNTc1YjgwMTU2MTIzZmQ1NzViODAxNTYxMjNjYzU3NWI2MTIzNTc1NzUwNTA1MDYwYTQzNTdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDkwODE4MTAzNjEyMzI5NTc4NDdmYzQ2YTA1ZDgyZmJmODQ3ZjMzZmJiZDNlZWUwNDFmMmY3ZDQzZmE5MDExNDg5MmQyZjY1ZGEwYWRiYTViZDlmYzYwODA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4NzYxMjJmMzYxMjJlNTg5NjEyMmM4NjExYjdhMzY2MTJjYjY1NjViOTc2MTIyZDE2MTJkYzk1NjViNjdmZmZmZmZmZmZmZmZmZmZmNjA0NDM1OTExNjhhNjEzMjlkNTY1YjkxNjEyMmVlNjEyZGE2NTY1YjYxMzUyYzU2NWI2MTIyZmI2MTJkYTY1NjViOTE2MTIzMDQ2MTJkYzk1NjViOTY2N2ZmZmZmZmZmZmZmZmZmZmY2MDQwNTE5ODE2ODg1MjYwMjA4ODAxNTI2MDQwODcwMTUyNjA2MDg2MDE1MjE2OTJhMjAwNWI3ZjliNzY1YmUxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDUyNjA0NDVmZmQ1YjYwODQ5MzUwNjdmZmZmZmZmZmZmZmZmZmZmNjEyMzhiNjEyMzZmNjEyZGM5NTY1Yjk0NjExZWQ0NjEyMzdiNjEyZGUwNTY1Yjk1ODQ2MTIzODU2MTJkYzk1NjViMTY2MTMwMDE1NjViOTI4MTYwNDA1MTk1N2Y5N2VjODFiYTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODc1MjE2NjAwNDg2MDE1MjE2NjAyNDg0MDE1MjYwNDQ4MzAxNTI2MDY0ODIwMTUyZmQ1YjUwNjEyM2Q1NjEyZGUwNTY1YjY3ZmZmZmZmZmZmZmZmZmZmZjYxMjNmNDYxMjNlZTg1ODM2MTIzODU2MTJkYzk1NjViODY2MTJkOTk1NjViOTExNjE0MTU2MTIyNDg1NjViNTA2M2ZmZmZmZmZmODU2MGMwMWMxNjY3ZmZmZmZmZmZmZmZmZmZmZjYxMjQxOTYxMmRjOTU2NWIxNjEwNjEyMjQxNTY1YjUwODA2N2ZmZmZmZmZmZmZmZmZmZmY2MTI0MzM2MTJkYzk1NjViMTYxMTYxMjIzYTU2NWI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MTI0NTc2MTJkYTY1NjViN2ZhZjU5ZjhjMTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjE2NjAwNDUyNjAyNDUyNjA0NDVmZmQ1YjM0NjEwMjdiNTc1ZjYwMDMxOTM2MDExMjYxMDI3YjU3NjAyMDYwNDA1MTdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgxNTJmMzViMzQ2MTAyN2I1NzYwMjA2MDAzMTkzNjAxMTI2MTAyN2I1NzczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYxMjRlZTYxMmMwNzU2NWIxNjgwNWY1MjYwMDU2MDIwNTI2MDQwNWYyMDU0ODAxNTgwMTU2MTI1YTQ1NzViNjEyNTc4NTc2MDIwN2YwYjcxZDQ5MDFiZTc5YmI2ZjBlMzM3ZjgxYWFjNzk5MTkxYzZhMDJmMjg3Yjk5OGE3NmRhOTZiZDI0NDdmYzc2OTE4MzVmNTI2MDA1ODI1MjVmNjA0MDgxMjA1NTYwMDk1NDdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDkwODE2MDgwMWI5MDAzMDE2MDA5NTU2M2ZmZmZmZmZmNjA0MDUxOTExNjgxNTJhMjAwNWI1MDdmYjQ3ZDIxZGIwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NWZmZDViNTA2MTI1ZDI2MTA1NjI3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA0MjYxMmY5ZjU2NWI2M2ZmZmZmZmZmODIxNjEwMTU2MTI1MDU1NjViNjAyMDYwMDMxOTM2MDExMjYxMDI3YjU3N2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNjEyNjVkNjEyNjFhODI0MjYxMmY5ZjU2NWI2MTI2NTM2MTI2NDg3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4MDkzNjEyZDYyNTY1YjkzNjExZWQ0ODM4NjYxMzAwMTU2NWI5MDYwMDExYzkwNjEyZDk5NTY1YjQyMTAxNTYxMjdiYTU3N2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODAzNDAzNjEyNzhiNTczMzVmNTI1ZjYwMjA1MjYxMjZhMTgyNjA0MDVmMjA1NDYxMzIxNDU2NWIxNTYxMjc1YjU3MzM1ZjUyNjAwNTYwMjA1MjYwNDA1ZjIwNTQ4MDYxMjcyNTU3NTAzMzVmNTI2MDA1NjAyMDUyN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjAwMDAwMDAwNjAwNDM1MTY4MjE3NjA0MDVmMjA1NTYwODAxYjYwMDk1NDAxNjAwOTU1NjA0MDUxOTA4MTUyN2Y5MjFhZjQ0ZjA4ZjBhYTRhOGM1OGRiZjg5MmUxZGQzNjBhNmJjMWRmOTM1Y2QwYzViYjIxOGU5ZGQ5ZDExZTI5NjAyMDMzOTJhMjAwNWI2M2ZmZmZmZmZmOTA3ZjRjYTllOGQ1MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyMzM2MDA0NTIxNjYwMjQ1MjYwNDQ1ZmZkNWI1MDdmODJlNmNlNTMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTIzMzYwMDQ1MjYwMjQ1MjYwNDQ1ZmZkNWI3ZjYyNmFkZTMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyMzQ2MDA0NTI2MDI0NTI2MDQ0NWZmZDViN2ZmMTRhZTgyNjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjVmNjAwNDUyNDI2MDI0NTI2MDQ0NWZmZDViMzQ2MTAyN2I1NzVmNjAwMzE5MzYwMTEyNjEwMjdiNTczMzVmNTI1ZjYwMjA1MjYwNDA1ZjIwNTQ2MGZmODE2MDYwMWMxNjYwMDM4MTAzNjExZDQ5NTc1MDYxMjgxZjMzNjEyZGY3NTY1YjgwNDIxMDYxMjhjMTU3NjEwY2FkNjEyODUxODMzMzVmNTI2MDAxNjAyMDUyNmJmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MDQwNWYyMDU0NjBhMDFjOTExNjYxMmQ5OTU2NWIzMzVmNTI2MDAyNjAyMDUyNjEyODY2NjA0MDVmMjA1NDYxMzFhYzU2NWIzMzVmNTI1ZjYwMjA1MjVmNjA0MDgxMjA1NTMzNWY1MjYwMDE2MDIwNTI1ZjYwNDA4MTIwNTUzMzVmNTI2MDAyNjAyMDUyNWY2MDQwODEyMDU1NjA0MDUxODE4MTUyN2Y3MDg0ZjU0NzY2MThkOGU2MGIxMWVmMGQ3ZDNmMDY5MTQ2NTVhZGI4NzkzZTI4ZmY3ZjAxOGQ0Yzc2ZDUwNWQ1NjAyMDMzOTJhMjMzNjEzMDE0NTY1YjdmNDQ1OWFkYzYwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTIzMzYwMDQ1MjYwMjQ1MjQyNjA0NDUyNjA2NDVmZmQ1YjM0NjEwMjdiNTc1ZjYwMDMxOTM2MDExMjYxMDI3YjU3NjAyMDYxMGMyZTYxMzBjZjU2NWIzNDYxMDI3YjU3NWY2MDAzMTkzNjAxMTI2MTAyN2I1NzYwMjA2MDQwNTE3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4MTUyZjM1YjM0NjEwMjdiNTc2MDIwNjAwMzE5MzYwMTEyNjEwMjdiNTc3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA2MDA0MzU2MTI5YzM2MTI5OGE4MzQyNjEyZjlmNTY1YjYxMjY1MzYxMjliODdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgwOTM2MTJkNjI1NjViOTQ2MTFlZDQ4Mzg3NjEzMDAxNTY1YjQyMTA2MTJiMDc1NzMzNWY1MjYwMDU2MDIwNTI2MDQwNWYyMDU0ODAxNTkwODExNTYxMmFmNjU3NWI4MTE1NjEyYWMyNTc1YjUwNjEyYTkyNTczMzVmNTI2MDA1NjAyMDUyNWY2MDQwODEyMDU1NjAwMTgyMDE4MDkyMTE2MTA4MTc1NzgxNjEwY2FkOTI1ZjUyNjAwNjYwMjA1MjYwNDA1ZjIwODI4MTU0MTg5MDU1ODA1ZjUyNjAwNzYwMjA1MjYwNDA1ZjIwNjAwMTgxNTQwMTkwNTU3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA5MTgyNjA4MDFiNjAwOTU0MDM2MDA5NTU2MDQwNTE5MTgyNTI2MDIwODIwMTUyN2Y3ZDI0NGFlMGNlNmEwNTQxZDhhZmRkZTI0NzRlZWRlMWNlYzk4NWNiZmRjNDYyOWE3MmVjOTk3Mjg5M2Y1MDY0NjA0MDMzOTJhMjMzNjEzMDE0NTY1YjUwN2ZmMmM0ODEwMjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjMzNjAwNDUyNjAyNDUyNjA0NDVmZmQ1YjkwNTA2MDQwNTE2MDIwODEwMTkwMzM4MjUyODM2MDQwODIwMTUyNjA0MDgxNTI2MTJhZTQ2MDYwODI2MTJjNzU1NjViNTE5MDIwNjAyMDFjOTA2MDIwMWMxNDE1ODM2MTI5ZTc1NjViNjNmZmZmZmZmZjgxMTY4NDE0MTU5MTUwNjEyOWUwNTY1YjdmZjE0YWU4MjYwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDAxNjAwNDUyNDI2MDI0NTI2MDQ0NWZmZDViMzQ2MTAyN2I1NzVmNjAwMzE5MzYwMTEyNjEwMjdiNTc2MDQwNjAwOTU0NmY3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgyNTE5MTZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MTE2ODM1MjYwODAxYzE2NjAyMDgyMDE1MmYzNWIzNDYxMDI3YjU3NjAyMDYwMDMxOTM2MDExMjYxMDI3YjU3NjAwNDM1NWY1MjYwMDM2MDIwNTI4MDYxMmJlODczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYwNDA1ZjIwNTQxNjYwMGE1NDkwODM2MDIwOTA5MzkyOTE5MzczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYwNDA4MjAxOTUxNjgxNTIwMTUyNTY1YjAzOTBmMzViMzQ2MTAyN2I1NzVmNjAwMzE5MzYwMTEyNjEwMjdiNTc2MDIwNjA0MDUxNjAwMTgxNTJmMzViNjAwNDM1OTA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MjE2ODIwMzYxMDI3YjU3NTY1YjkxODE2MDFmODQwMTEyMTU2MTAyN2I1NzgyMzU5MTY3ZmZmZmZmZmZmZmZmZmZmZjgzMTE2MTAyN2I1NzYwMjA4MzgxODYwMTk1MDEwMTExNjEwMjdiNTc1NjViNjEwMTIwODEwMTkwODExMDY3ZmZmZmZmZmZmZmZmZmZmZjgyMTExNzYxMWIxMjU3NjA0MDUyNTY1YjkwNjAxZjdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZlMDkxMDExNjgxMDE5MDgxMTA2N2ZmZmZmZmZmZmZmZmZmZmY4MjExMTc2MTFiMTI1NzYwNDA1MjU2NWI2MDAzMTk2MTAxMjA5MTAxMTI2MTAyN2I1NzYwNDA1MTkwNjEyY2QwODI2MTJjNTg1NjViODE2MDA0MzU3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MTE2ODEwMzYxMDI3YjU3ODE1MjYwMjQzNTY3ZmZmZmZmZmZmZmZmZmZmZjgxMTY4MTAzNjEwMjdiNTc2MDIwODIwMTUyNjA0NDM1NjA0MDgyMDE1MjYwNjQzNTYwNjA4MjAxNTI2MDg0MzU2MDgwODIwMTUyNjBhNDM1NjBhMDgyMDE1MjYwYzQzNTY3ZmZmZmZmZmZmZmZmZmZmZjgxMTY4MTAzNjEwMjdiNTc2MGMwODIwMTUyNjBlNDM1NjBlMDgyMDE1MjYxMDEwNDM1OTA4MTE1MTU4MjAzNjEwMjdiNTc2MTAxMDAwMTUyNTY1YjgxMTU2MTJkNmM1NzA0OTA1NjViN2Y0ZTQ4N2I3MTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMTI2MDA0NTI2MDI0NWZmZDViOTE5MDgyMDE4MDkyMTE2MTA4MTc1NzU2NWI2MDA0MzU3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MTE2ODEwMzYxMDI3YjU3OTA1NjViNjAyNDM1NjdmZmZmZmZmZmZmZmZmZmZmODExNjgxMDM2MTAyN2I1NzkwNTY1YjYwYzQzNTY3ZmZmZmZmZmZmZmZmZmZmZjgxMTY4MTAzNjEwMjdiNTc5MDU2NWI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYxNjVmNTI1ZjYwMjA1MjYxMmU3ODYxMmU1MTYxMGMwODYzZmZmZmZmZmY2MDQwNWYyMDU0NjBhMDFjMTY3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA5MDYxMzAwMTU2NWI3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA5MDYxMmQ5OTU2NWI5MDU2NWI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MTUxMTY5MDY3ZmZmZmZmZmZmZmZmZmZmZjYwMjA4MjAxNTExNjkwNjA0MDgxMDE1MTkwNjA2MDgxMDE1MTYwODA4MjAxNTE2MGEwODMwMTUxOTA2N2ZmZmZmZmZmZmZmZmZmZmY2MGMwODUwMTUxMTY5MjYxMDEwMDYwZTA4NjAxNTE5NTAxNTExNTE1OTU2MDQwNTE5NzYwMjA4OTAxOTk3ZmI3NDQ3YjZiNDMxNmFmODI4NTUzNTA3NWYyZmQ1OTBmZTVlOGQ0MWZlZTA2ZGI5YWE2YTI5N2E4MGU2OTIzYWQ4YjUyNjA0MDhhMDE1MjYwNjA4OTAxNTI2MDgwODgwMTUyNjBhMDg3MDE1MjYwYzA4NjAxNTI2MGUwODUwMTUyNjEwMTAwODQwMTUyNjEwMTIwODMwMTUyNjEwMTQwODIwMTUyNjEwMTQwODE1MjYxMmY0NTYxMDE2MDgyNjEyYzc1NTY1YjUxOTAyMDYxMDY3ODYxMmY5OTYxMmY1NjYxMzBjZjU2NWI5MjYwNDA1MTkyODM5MTYwMjA4MzAxOTU4NjkwOTE2MDQyOTI3ZjE5MDEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4MzUyNjAwMjgzMDE1MjYwMjI4MjAxNTIwMTkwNTY1YjUxOTAyMDkwNTY1YjkxOTA4MjAzOTE4MjExNjEwODE3NTc1NjViOTE2N2ZmZmZmZmZmZmZmZmZmZmY2MDQwNTE5MjYwMjA4NDAxOTQ3ZjJjMmFiY2MwNmVjNmUyYzhkYzY1NzAzMmY0YWM2NWY3MTFmYWY2MmYwOWJhOTM3YjUyMTdmOGM3ODVlN2U1ZTQ4NjUyNjA0MDg1MDE1MjE2NjA2MDgzMDE1MjYwODA4MjAxNTI2MDgwODE1MjYxMmY0NTYwYTA4MjYxMmM3NTU2NWI4MTgxMDI5MjkxODExNTkxODQwNDE0MTcxNTYxMDgxNzU3NTY1YjgxMTU2MTMwY2I1NzVmODA4MDgwODU4NTVhZjEzZDE1NjEzMGM2NTczZDY3ZmZmZmZmZmZmZmZmZmZmZjgxMTE2MTFiMTI1NzYwNDA1MTkwNjEzMDZlNjAyMDdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZlMDYwMWY4NDAxMTYwMTgzNjEyYzc1NTY1YjgxNTI1ZjYwMjAzZDkyMDEzZTViMTU2MTMwODE1NzUwNTA1NjViNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmOTA3ZjFjNDNiOTc2MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyMTY2MDA0NTI2MDI0NTI2MDQ0NWZmZDViNjEzMDc4NTY1YjUwNTA1NjViNDY3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMzYxMzExYTU3N2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwOTA1NjViNjA0MDUxNjAyMDgxMDE5MDdmOGI3M2MzYzY5YmI4ZmUzZDUxMmVjYzRjZjc1OWNjNzkyMzlmN2IxNzliMGZmYWNhYTlhNzVkNTIyYjM5NDAwZjgyNTI3ZjdiOTQ0YjUwZjE0ZjY0MzgyZWE1YWE2ZmIzY2NhYzBiNTU3N2UxY2VjOWUwMDVjNjMyZTNiOTI5NWJjYTZmZGY2MDQwODIwMTUyN2ZjODllZmRhYTU0YzBmMjBjN2FkZjYxMjg4MmRmMDk1MGY1YTk1MTYzN2UwMzA3Y2RjYjRjNjcyZjI5OGI4YmM2NjA2MDgyMDE1MjQ2NjA4MDgyMDE1MjMwNjBhMDgyMDE1MjYwYTA4MTUyNjEyZjk5NjBjMDgyNjEyYzc1NTY1YjdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgwMTU2MTMwY2I1NzYwZmY4MjYwMDgxYzE2OTE4MTkyODA2MTMxZjU1NzViNTA1MDUwNjAwOTU0ODE2MDgwMWI5MDAzMDE2MDA5NTU1NjViOTA5MTkyNTA2MGZmNjEzMjA1ODI4NTYxMmQ2MjU2NWI5MjE2OTAwMzAyOTAwMzVmODA4MDYxMzFlMzU2NWI2MGZmODE2MDYwMWMxNjkxNjAwMjYwZmY4MzYwNjgxYzE2MTQ5MjgzNjEzMjYzNTc1YjUwODI2MTMyNGU1NzViNTA4MTYxMzIzZTU3NTA5MDU2NWI2M2ZmZmZmZmZmOTE1MDYwODAxYzE2MTUxNTkwNTY1YjYwODA4MjkwMWM2M2ZmZmZmZmZmMTYxMTE1OTE1MDVmNjEzMjM0NTY1YjkwOTI1MDYwMDI4MTE0OTA4MTE1NjEzMjdhNTc1YjUwOTE1ZjYxMzIyZDU2NWI2MDAzOTE1MDE0ODA2MTMyOGI1NzViNWY2MTMyNzI1NjViNTA2M2ZmZmZmZmZmODE2MGEwMWMxNjgyMTA2MTMyODU1NjViOTE5MjkwOTQ5MzVmOTU4NDgwNWY5MTViNjEzNGNlNTc1MDdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDkwODE4MTAzNjEzNGEwNTc1MDUwNjA0MTgyMDQ5MzdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgwODYxMDgwMTU2MTM0OTQ1NzViNjEzNDY1NTc1MDVmOTU5NDkzODY5MzkyOTE5MDViODU4ODEwNjEzMzI5NTc1MDUwNTA1MDUwNTA1MDUwNTY1YjkwOTE5MjkzOTQ5NTk2OTg2MDQxOGEwMjk1OGExNTk2OGI4MTA0NjA0MTE0ODgxNzE1NjEwODE3NTc2MDQxODEwMTgwODIxMTYxMDgxNzU3ODcxMDYxMDI3YjU3NjEzMzdiNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmOTE4NTAxNjA0MTkwODc2MTM2ZDI1NjViMTY5Njg3NWY1MjVmNjAyMDUyNjA0MDVmMjA1NDYxMzM5Mzg3ODI2MTMyMTQ1NjViMTU2MTM0MzU1NzYwNzgxYzYwZmYxNjk3OGE4OTFjNjAwMTE2MTU2MTM0MDU1NzUwMTU4MDYxMzNmYjU3NWI2MTMzY2M1NzUwNjAwMTkwODE4NzFiMTc5OTAxOTY5NTk0OTM5MjkxOTA2MTMzMTg1NjViODY3ZjlhZWE5ZGE2MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDUyNjA0NDVmZmQ1YjUwODA4NzExMTU2MTMzYjI1NjViODg5MDdmODgwYzlkM2MwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NTI2MDQ0NWZmZDViODY4OTdmODJlNmNlNTMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NTI2MDQ0NWZmZDViODU3ZjZhMjE1OTg0MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDUyNjA0NDVmZmQ1YjUwNjA0MTg0MDYxNTE1NjEzMzA5NTY1YjdmZmJmYTg2MTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NTI2MDQ0NWZmZDViN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODEwMTkwODA4MjExNjEwODE3NTcxNjkwN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODExNDYxMDgxNzU3NjAwMTAxOTA4MDYxMzJhOTU2NWI5MTkwN2Y1NjM0NzUyNzJkMzVlNTNjOWZhNWY4NDA3NTM1NmJhNGY2ZDNhZGQzZWYyNWQ3NDhhZDE5NjI5NDg3YjYzNDQyNjA0MDYxMzYyYjYxMmU1MTdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDYxMWVkNDYxMzU4NTgyNDI2MTJmOWY1NjViNmMwMzAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYxMzVlZTYxMzVkNjdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgwOTU2MTJkNjI1NjViNjAwMjYwZmY4ZDYwNjAxYzE2MTQ1ZjE0NjEzNjM5NTc2MDAyOTA2MTJkOTk1NjViOWIxNjk4ODk1ZjUyNWY2MDIwNTI3ZmZmZmZmZmZmZmZmZmZmZmYwMDAwMDAwMGZmZmZmZmZmZmZmZmZmMDBmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4YzYwYTAxYjkxMTYxNzE3ODY1ZjIwNTU4OTYxMzAwMTU2NWI4MTUxOTA4NjgyNTI2MDIwODIwMTUyYTI1NjViNWY5MDYxMmQ5OTU2NWI5MDkyOTE4MTYwZTAxYzgwMTU5MTgyMTU2MTM2Yzg1NzViNTA1MDYxMzZjNDU3NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmOTA3YmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwN2JmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjg1NjBhMDFjNmJmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4NDE2MDExNjkxMTYxNzkyMTY5MDU2NWI5MTkwNTY1YjEwOTA1MDVmODA2MTM2NTE1NjViNjA0MTgzMDM2MTM3N2E1NzgyNjAyMDExNjEwMjdiNTc4MTM1OTE4MzYwNDAxMTYxMDI3YjU3NjAyMDgxMDEzNTkzNjA0MDEwMTU2MTM3YzQ1NzYwNDAwMTM1NjBmODFjOTA3ZjdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNWQ1NzZlNzM1N2E0NTAxZGRmZTkyZjQ2NjgxYjIwYTA4NDExODAxNTYxMzdhZDU3NWI2MTM3N2E1NzYwMjA5MzVmOTM2MDgwOTM2MDQwNTE5Mzg0NTI4Njg0MDE1MjYwNDA4MzAxNTI2MDYwODIwMTUyODI4MDUyNjAwMTVhZmExNTYxMzdhMjU3NWY1MTkwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODIxNjE1NjEzNzdhNTc1NjViN2Y4YmFhNTc5ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1ZmZkNWI2MDQwNTEzZDVmODIzZTNkOTBmZDViNTA2MDFiODIxNDE1ODAxNTYxMzcyZDU3NTA2MDFjODIxNDE1NjEzNzJkNTY1YjdmNGU0ODdiNzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDMyNjAwNDUyNjAyNDVmZmRmZWEyNjQ2OTcwNjY3MzU4MjIxMjIwYTA5MGU5Yjc1Y2RiNzI4MmQ4YmZjMGRmYWQwY2M0MGNkZWU1NjQxYTE1YTg5NmUxNTlkYmI1NzNmOTU2M2ZhNzY0NzM2ZjZjNjM0MzAwMDgyNTAwMzMnIGFzIGNvbnN0O1xuZXhwb3J0IGNvbnN0IGFpcnRudFJlZ2lzdHJ5RGVwbG95ZWRTaXplID0gMTQzNzU7XG5cbi8qKiBGZWVUb2tlbiBmcm9tIGNvbnRyYWN0cy90ZXN0L0ZlZVRva2VuLnNvbCAqL1xuZXhwb3J0IGNvbnN0IGZlZVRva2VuQWJpID0gW1xuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiY29uc3RydWN0b3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwib3duZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic3BlbmRlclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbGxvd2FuY2VcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibmVlZGVkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiSW5zdWZmaWNpZW50QWxsb3dhbmNlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwib3duZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYmFsYW5jZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJuZWVkZWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJJbnN1ZmZpY2llbnRCYWxhbmNlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm93bmVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJzcGVuZGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidmFsdWVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJBcHByb3ZhbFwiLFxuICAgIFwidHlwZVwiOiBcImV2ZW50XCJcbiAgfSxcbiAge1xuICAgIFwiYW5vbnltb3VzXCI6IGZhbHNlLFxuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJmcm9tXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInZhbHVlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiVHJhbnNmZXJcIixcbiAgICBcInR5cGVcIjogXCJldmVudFwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJGRUVfQlBTXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm93bmVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInNwZW5kZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJhbGxvd2FuY2VcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic3BlbmRlclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJhcHByb3ZlXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJib29sXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJib29sXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm93bmVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiYmFsYW5jZU9mXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImJhbGFuY2VcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJkZWNpbWFsc1wiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDhcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQ4XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRvXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIm1pbnRcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NbXVwiLFxuICAgICAgICBcIm5hbWVcIjogXCJyZWNpcGllbnRzXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NbXVwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwibWludEVhY2hcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwibmFtZVwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwic3RyaW5nXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJzdHJpbmdcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwic3ltYm9sXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJzdHJpbmdcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInN0cmluZ1wiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJ0b3RhbFN1cHBseVwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJ0cmFuc2ZlclwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYm9vbFwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYm9vbFwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcIm5vbnBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJmcm9tXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRvXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcInRyYW5zZmVyRnJvbVwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYm9vbFwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYm9vbFwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcIm5vbnBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH1cbl0gYXMgY29uc3Q7XG5leHBvcnQgY29uc3QgZmVlVG9rZW5CeXRlY29kZSA9ICcweDYwODA2MDQwNTIzNDYxMDMyMzU3NjA0MDgwNTE5MDgxMDE2MDAxNjAwMTYwNDAxYjAzODExMTgyODIxMDE3NjEwMjJlNTc2MDQwOTA4MTUyNjAwOTgyNTI2ODIzMzJiMjkwMmEzN2I1YjJiNzYwYjkxYjYwMjA4MzAxNTI4MDUxOTA4MTAxNjAwMTYwMDE2MDQwMWIwMzgxMTE4MjgyMTAxNzYxMDIyZTU3NjA0MDUyNjAwMzgxNTI2MjQ2NDU0NTYwZTgxYjYwMjA4MjAxNTI4MTUxNjAwMTYwMDE2MDQwMWIwMzgxMTE2MTAyMmU1NzVmNTQ2MDAxODE4MTFjOTExNjgwMTU2MTAzMTk1NzViNjAyMDgyMTAxNDYxMDIxMDU3NjAxZjgxMTE2MTAyYWM1NzViNTA2MDIwOTI2MDFmODIxMTYwMDExNDYxMDI0ZDU3OTI4MTkyOTM1ZjkyNjEwMjQyNTc1YjUwNTA4MTYwMDExYjkxNWYxOTkwNjAwMzFiMWMxOTE2MTc1ZjU1NWI4MDUxNjAwMTYwMDE2MDQwMWIwMzgxMTE2MTAyMmU1NzYwMDE1NDYwMDE4MTgxMWM5MTE2ODAxNTYxMDIyNDU3NWI2MDIwODIxMDE0NjEwMjEwNTc2MDFmODExMTYxMDFhMjU3NWI1MDYwMjA5MTYwMWY4MjExNjAwMTE0NjEwMTQyNTc5MTgxOTI1ZjkyNjEwMTM3NTc1YjUwNTA4MTYwMDExYjkxNWYxOTkwNjAwMzFiMWMxOTE2MTc2MDAxNTU1YjYwNDA1MTYxMDlkZTkwODE2MTAzMjg4MjM5ZjM1YjAxNTE5MDUwNWY4MDYxMDExMzU2NWI2MDFmMTk4MjE2OTI2MDAxNWY1MjgwNWYyMDkxNWY1Yjg1ODExMDYxMDE4YTU3NTA4MzYwMDE5NTEwNjEwMTcyNTc1YjUwNTA1MDgxMWIwMTYwMDE1NTYxMDEyODU2NWIwMTUxNWYxOTYwZjg4NDYwMDMxYjE2MWMxOTE2OTA1NTVmODA4MDYxMDE2NDU2NWI5MTkyNjAyMDYwMDE4MTkyODY4NTAxNTE4MTU1MDE5NDAxOTIwMTYxMDE1MjU2NWI4MTgxMTExNTYxMDBmYTU3NjAwMTVmNTI2MDFmODIwMTYwMDUxYzdmYjEwZTJkNTI3NjEyMDczYjI2ZWVjZGZkNzE3ZTZhMzIwY2Y0NGI0YWZhYzJiMDczMmQ5ZmNiZTJiN2ZhMGNmNjYwMjA4NDEwNjEwMjA4NTc1YjgxNjAxZjkxMDE5MjAxNjAwNTFjMDM5MDVmNWI4MjgxMTA2MTAxZmI1NzUwNTA2MTAwZmE1NjViNWY4MjgyMDE1NTYwMDEwMTYxMDFlZDU2NWI1ZjkxNTA2MTAxZGY1NjViNjM0ZTQ4N2I3MTYwZTAxYjVmNTI2MDIyNjAwNDUyNjAyNDVmZmQ1YjkwNjA3ZjE2OTA2MTAwZTg1NjViNjM0ZTQ4N2I3MTYwZTAxYjVmNTI2MDQxNjAwNDUyNjAyNDVmZmQ1YjAxNTE5MDUwNWY4MDYxMDBiMzU2NWI2MDFmMTk4MjE2OTM1ZjgwNTI4MDVmMjA5MTVmNWI4NjgxMTA2MTAyOTQ1NzUwODM2MDAxOTU5NjEwNjEwMjdjNTc1YjUwNTA1MDgxMWIwMTVmNTU2MTAwYzc1NjViMDE1MTVmMTk2MGY4ODQ2MDAzMWIxNjFjMTkxNjkwNTU1ZjgwODA2MTAyNmY1NjViOTE5MjYwMjA2MDAxODE5Mjg2ODUwMTUxODE1NTAxOTQwMTkyMDE2MTAyNWM1NjViODE4MTExMTU2MTAwOTk1NzVmODA1MjYwMWY4MjAxNjAwNTFjN2YyOTBkZWNkOTU0OGI2MmE4ZDYwMzQ1YTk4ODM4NmZjODRiYTZiYzk1NDg0MDA4ZjYzNjJmOTMxNjBlZjNlNTYzNjAyMDg0MTA2MTAzMTE1NzViODE2MDFmOTEwMTkyMDE2MDA1MWMwMzkwNWY1YjgyODExMDYxMDMwNDU3NTA1MDYxMDA5OTU2NWI1ZjgyODIwMTU1NjAwMTAxNjEwMmY2NTY1YjVmOTE1MDYxMDJlODU2NWI5MDYwN2YxNjkwNjEwMDg3NTY1YjVmODBmZGZlNjA4MDYwNDA1MjYwMDQzNjEwMTU2MTAwMTE1NzVmODBmZDViNWYzNTYwZTAxYzgwNjMwNmZkZGUwMzE0NjEwNjk3NTc4MDYzMDk1ZWE3YjMxNDYxMDYxMjU3ODA2MzE4MTYwZGRkMTQ2MTA1ZjU1NzgwNjMyM2I4NzJkZDE0NjEwNGNkNTc4MDYzMzEzY2U1NjcxNDYxMDRiMjU3ODA2MzQwYzEwZjE5MTQ2MTA0MmE1NzgwNjM3MGEwODIzMTE0NjEwM2U1NTc4MDYzOTVkODliNDExNDYxMDI2ODU3ODA2M2E5MDU5Y2JiMTQ2MTAyMzc1NzgwNjNiZjMzM2YyYzE0NjEwMjFjNTc4MDYzZGI4MDdlMjYxNDYxMDEwZjU3NjNkZDYyZWQzZTE0NjEwMDlkNTc1ZjgwZmQ1YjM0NjEwMTBiNTc2MDQwNjAwMzE5MzYwMTEyNjEwMTBiNTc2MTAwYjY2MTA3OWE1NjViNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNjEwMGQzNjEwN2JkNTY1YjkxMTY1ZjUyNjAwNDYwMjA1MjczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYwNDA1ZjIwOTExNjVmNTI2MDIwNTI2MDIwNjA0MDVmMjA1NDYwNDA1MTkwODE1MmYzNWI1ZjgwZmQ1YjM0NjEwMTBiNTc2MDQwNjAwMzE5MzYwMTEyNjEwMTBiNTc2MDA0MzU2N2ZmZmZmZmZmZmZmZmZmZmY4MTExNjEwMTBiNTczNjYwMjM4MjAxMTIxNTYxMDEwYjU3ODA2MDA0MDEzNTkwNjdmZmZmZmZmZmZmZmZmZmZmODIxMTYxMDEwYjU3NjAyNDgxMDE5MDYwMjQzNjkxODQ2MDA1MWIwMTAxMTE2MTAxMGI1NzYwMjQzNTVmNWI4MzgxMTA2MTAxNzQ1NzAwNWI2MDAxOTA2MTAxODM4MzYwMDI1NDYxMDdlMDU2NWI2MDAyNTU3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MTAxYWU2MTAxYTk4Mzg4ODg2MTA4MWE1NjViNjEwODU3NTY1YjE2NWY1MjYwMDM2MDIwNTI2MDQwNWYyMDYxMDFjNTg0ODI1NDYxMDdlMDU2NWI5MDU1NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNjEwMWVhNjEwMWE5ODM4ODg4NjEwODFhNTY1YjE2NWY3ZmRkZjI1MmFkMWJlMmM4OWI2OWMyYjA2OGZjMzc4ZGFhOTUyYmE3ZjE2M2M0YTExNjI4ZjU1YTRkZjUyM2IzZWY2MDIwNjA0MDUxODc4MTUyYTMwMTYxMDE2YjU2NWIzNDYxMDEwYjU3NWY2MDAzMTkzNjAxMTI2MTAxMGI1NzYwMjA2MDQwNTE2MDY0ODE1MmYzNWIzNDYxMDEwYjU3NjA0MDYwMDMxOTM2MDExMjYxMDEwYjU3NjEwMjVkNjEwMjUzNjEwNzlhNTY1YjYwMjQzNTkwMzM2MTA4ODU1NjViNjAyMDYwNDA1MTYwMDE4MTUyZjM1YjM0NjEwMTBiNTc1ZjYwMDMxOTM2MDExMjYxMDEwYjU3NjA0MDUxNWY2MDAxNTQ5MDgxNjAwMTFjNjAwMTgzMTY5MjgzMTU2MTAzZGI1NzViNjAyMDgyMTA4NDE0NjEwM2FlNTc4MTg1NTI4NDkzOTA4MTE1NjEwMzZjNTc1MDYwMDExNDYxMDMxMDU3NWI1MDAzNjAxZjAxNjAxZjE5MTY4MTAxOTA2N2ZmZmZmZmZmZmZmZmZmZmY4MjExODE4MzEwMTc2MTAyZTM1NzYwNDA4MjkwNTI4MTkwNjEwMmRmOTA4MjYxMDc3MDU2NWIwMzkwZjM1YjdmNGU0ODdiNzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDQxNjAwNDUyNjAyNDVmZmQ1YjYwMDE1ZjkwODE1MjkxNTA3ZmIxMGUyZDUyNzYxMjA3M2IyNmVlY2RmZDcxN2U2YTMyMGNmNDRiNGFmYWMyYjA3MzJkOWZjYmUyYjdmYTBjZjY1YjgxODMxMDYxMDM1MDU3NTA1MDgxMDE2MDIwMDE2MDFmMTk2MTAyYWY1NjViNjAyMDkxOTM1MDgwNjAwMTkxNTQ4Mzg1ODgwMTAxNTIwMTkxMDE5MDkxODM5MjYxMDMzYTU2NWI3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMDAxNjYwMjA4NTgxMDE5MTkwOTE1MjkxMTUxNTYwMDUxYjg0MDE5MDkxMDE5MTUwNjAxZjE5OTA1MDYxMDJhZjU2NWI3ZjRlNDg3YjcxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAyMjYwMDQ1MjYwMjQ1ZmZkNWI5MDYwN2YxNjkwNjEwMjkwNTY1YjM0NjEwMTBiNTc2MDIwNjAwMzE5MzYwMTEyNjEwMTBiNTc3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MTA0MTM2MTA3OWE1NjViMTY1ZjUyNjAwMzYwMjA1MjYwMjA2MDQwNWYyMDU0NjA0MDUxOTA4MTUyZjM1YjM0NjEwMTBiNTc2MDQwNjAwMzE5MzYwMTEyNjEwMTBiNTc2MTA0NDM2MTA3OWE1NjViNWY3ZmRkZjI1MmFkMWJlMmM4OWI2OWMyYjA2OGZjMzc4ZGFhOTUyYmE3ZjE2M2M0YTExNjI4ZjU1YTRkZjUyM2IzZWY2MDIwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNjAyNDM1OTQ2MTA0OGM4NjYwMDI1NDYxMDdlMDU2NWI2MDAyNTUxNjkzODQ4NDUyNjAwMzgyNTI2MDQwODQyMDYxMDRhNzgyODI1NDYxMDdlMDU2NWI5MDU1NjA0MDUxOTA4MTUyYTMwMDViMzQ2MTAxMGI1NzVmNjAwMzE5MzYwMTEyNjEwMTBiNTc2MDIwNjA0MDUxNjAxMjgxNTJmMzViMzQ2MTAxMGI1NzYwNjA2MDAzMTkzNjAxMTI2MTAxMGI1NzYxMDRlNjYxMDc5YTU2NWI2MTA0ZWU2MTA3YmQ1NjViNjA0NDM1OTA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MzE2OTI4MzVmNTI2MDA0NjAyMDUyNjA0MDVmMjA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYzMzE2NWY1MjYwMjA1MjYwNDA1ZjIwNTQ5MzgzODUxMDYxMDViMjU3ODQ4NDdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYxMDI1ZDk3MDM2MTA1NzQ1NzViNTA1MDUwNjEwODg1NTY1YjYxMDU3ZDkxNjEwODc4NTY1YjkwNWY1MjYwMDQ2MDIwNTI2MDQwNWYyMDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjMzMTY1ZjUyNjAyMDUyNjA0MDVmMjA1NTg0ODA4NDYxMDU2YzU2NWI2MDg0OTA4NDg2NjA0MDUxOTI3ZjkxYmVkYTI0MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4NDUyNjAwNDg0MDE1MjMzNjAyNDg0MDE1MjYwNDQ4MzAxNTI2MDY0ODIwMTUyZmQ1YjM0NjEwMTBiNTc1ZjYwMDMxOTM2MDExMjYxMDEwYjU3NjAyMDYwMDI1NDYwNDA1MTkwODE1MmYzNWIzNDYxMDEwYjU3NjA0MDYwMDMxOTM2MDExMjYxMDEwYjU3NjEwNjJiNjEwNzlhNTY1YjczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYwMjQzNTkxMzM1ZjUyNjAwNDYwMjA1MjYwNDA1ZjIwODI4MjE2NWY1MjYwMjA1MjgyNjA0MDVmMjA1NTYwNDA1MTkyODM1MjE2OTA3ZjhjNWJlMWU1ZWJlYzdkNWJkMTRmNzE0MjdkMWU4NGYzZGQwMzE0YzBmN2IyMjkxZTViMjAwYWM4YzdjM2I5MjU2MDIwMzM5MmEzNjAyMDYwNDA1MTYwMDE4MTUyZjM1YjM0NjEwMTBiNTc1ZjYwMDMxOTM2MDExMjYxMDEwYjU3NjA0MDUxNWY1ZjU0OTA4MTYwMDExYzYwMDE4MzE2OTI4MzE1NjEwNzY2NTc1YjYwMjA4MjEwODQxNDYxMDNhZTU3ODE4NTUyODQ5MzkwODExNTYxMDM2YzU3NTA2MDAxMTQ2MTA3MGM1NzUwMDM2MDFmMDE2MDFmMTkxNjgxMDE5MDY3ZmZmZmZmZmZmZmZmZmZmZjgyMTE4MTgzMTAxNzYxMDJlMzU3NjA0MDgyOTA1MjgxOTA2MTAyZGY5MDgyNjEwNzcwNTY1YjVmODA4MDUyOTE1MDdmMjkwZGVjZDk1NDhiNjJhOGQ2MDM0NWE5ODgzODZmYzg0YmE2YmM5NTQ4NDAwOGY2MzYyZjkzMTYwZWYzZTU2MzViODE4MzEwNjEwNzRhNTc1MDUwODEwMTYwMjAwMTYwMWYxOTYxMDJhZjU2NWI2MDIwOTE5MzUwODA2MDAxOTE1NDgzODU4ODAxMDE1MjAxOTEwMTkwOTE4MzkyNjEwNzM0NTY1YjkwNjA3ZjE2OTA2MTA2YmU1NjViNjAxZjE5NjAxZjYwMjA2MDQwOTQ4MTg1NTI4MDUxOTE4MjkxODI4Mjg4MDE1MjAxODY4NjAxNWU1Zjg1ODI4NjAxMDE1MjAxMTYwMTAxOTA1NjViNjAwNDM1OTA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MjE2ODIwMzYxMDEwYjU3NTY1YjYwMjQzNTkwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODIxNjgyMDM2MTAxMGI1NzU2NWI5MTkwODIwMTgwOTIxMTYxMDdlZDU3NTY1YjdmNGU0ODdiNzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDExNjAwNDUyNjAyNDVmZmQ1YjkxOTA4MTEwMTU2MTA4MmE1NzYwMDUxYjAxOTA1NjViN2Y0ZTQ4N2I3MTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMzI2MDA0NTI2MDI0NWZmZDViMzU3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MTE2ODEwMzYxMDEwYjU3OTA1NjViOTE5MDgyMDM5MTgyMTE2MTA3ZWQ1NzU2NWI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY5MDkyOTE5MjE2OTA4MTVmNTI2MDAzNjAyMDUyNjA0MDVmMjA1NDkwODA4MjEwNjEwOTc2NTc2MDY0ODEwMjgxODEwNDYwNjQxNDgyMTUxNzE1NjEwN2VkNTc3ZmRkZjI1MmFkMWJlMmM4OWI2OWMyYjA2OGZjMzc4ZGFhOTUyYmE3ZjE2M2M0YTExNjI4ZjU1YTRkZjUyM2IzZWY5MjgyNjEwOGZlNjAyMDk0NjEyNzEwNjEwOTRlOTUwNDkzNjEwODc4NTY1Yjg2NWY1MjYwMDM4NTUyNjA0MDVmMjA1NTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYxMDkyOTgzODM2MTA4Nzg1NjViOTcxNjk2ODc1ZjUyNjAwMzg1NTI2MTA5NDI2MDQwNWYyMDkxODI1NDYxMDdlMDU2NWI5MDU1ODE2MTA5NTc1NzYxMDg3ODU2NWI2MDQwNTE5MDgxNTJhMzU2NWI2MTA5NjM4MjYwMDI1NDYxMDg3ODU2NWI2MDAyNTU1Zjg2ODY4NjYwNDA1MTg2ODE1MmEzNjEwODc4NTY1YjkxN2ZkYjQyMTQ0ZDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1MjYwMjQ1MjYwNDQ1MjYwNjQ1ZmZkZmVhMjY0Njk3MDY2NzM1ODIyMTIyMDE3MjI5NDExMWQ2OGM0ZjAwN2EwNjE0ZmYzZGZjMWFhMDhmZDQzMTdkNDkxNmU3NjRiZjcwNDBmMmJiZjBjYmM2NDczNmY2YzYzNDMwMDA4MjUwMDMzJyBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCBmZWVUb2tlbkRlcGxveWVkU2l6ZSA9IDI1MjY7XG5cbi8qKiBIb29rVG9rZW4gZnJvbSBjb250cmFjdHMvdGVzdC9Ib29rVG9rZW4uc29sICovXG5leHBvcnQgY29uc3QgaG9va1Rva2VuQWJpID0gW1xuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiY29uc3RydWN0b3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwib3duZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic3BlbmRlclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbGxvd2FuY2VcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibmVlZGVkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiSW5zdWZmaWNpZW50QWxsb3dhbmNlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwib3duZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYmFsYW5jZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJuZWVkZWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJJbnN1ZmZpY2llbnRCYWxhbmNlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm93bmVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJzcGVuZGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidmFsdWVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJBcHByb3ZhbFwiLFxuICAgIFwidHlwZVwiOiBcImV2ZW50XCJcbiAgfSxcbiAge1xuICAgIFwiYW5vbnltb3VzXCI6IGZhbHNlLFxuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJmcm9tXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInZhbHVlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiVHJhbnNmZXJcIixcbiAgICBcInR5cGVcIjogXCJldmVudFwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJvd25lclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJzcGVuZGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiYWxsb3dhbmNlXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInNwZW5kZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiYXBwcm92ZVwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYm9vbFwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYm9vbFwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcIm5vbnBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJvd25lclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcImJhbGFuY2VPZlwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJiYWxhbmNlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiZGVjaW1hbHNcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ4XCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50OFwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJtaW50XCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzW11cIixcbiAgICAgICAgXCJuYW1lXCI6IFwicmVjaXBpZW50c1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzW11cIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIm1pbnRFYWNoXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcIm5hbWVcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInN0cmluZ1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwic3RyaW5nXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcInN5bWJvbFwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwic3RyaW5nXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJzdHJpbmdcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwidG90YWxTdXBwbHlcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidG9cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwidHJhbnNmZXJcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJvb2xcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJvb2xcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZnJvbVwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJ0cmFuc2ZlckZyb21cIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJvb2xcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJvb2xcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9XG5dIGFzIGNvbnN0O1xuZXhwb3J0IGNvbnN0IGhvb2tUb2tlbkJ5dGVjb2RlID0gJzB4NjA4MDYwNDA1MjM0NjEwMzI1NTc2MDQwODA1MTkwODEwMTYwMDE2MDAxNjA0MDFiMDM4MTExODI4MjEwMTc2MTAyMzA1NzYwNDA5MDgxNTI2MDBhODI1MjY5MjQzN2I3YjU5MDJhMzdiNWIyYjc2MGIxMWI2MDIwODMwMTUyODA1MTkwODEwMTYwMDE2MDAxNjA0MDFiMDM4MTExODI4MjEwMTc2MTAyMzA1NzYwNDA1MjYwMDQ4MTUyNjM0ODRmNGY0YjYwZTAxYjYwMjA4MjAxNTI4MTUxNjAwMTYwMDE2MDQwMWIwMzgxMTE2MTAyMzA1NzVmNTQ2MDAxODE4MTFjOTExNjgwMTU2MTAzMWI1NzViNjAyMDgyMTAxNDYxMDIxMjU3NjAxZjgxMTE2MTAyYWU1NzViNTA2MDIwOTI2MDFmODIxMTYwMDExNDYxMDI0ZjU3OTI4MTkyOTM1ZjkyNjEwMjQ0NTc1YjUwNTA4MTYwMDExYjkxNWYxOTkwNjAwMzFiMWMxOTE2MTc1ZjU1NWI4MDUxNjAwMTYwMDE2MDQwMWIwMzgxMTE2MTAyMzA1NzYwMDE1NDYwMDE4MTgxMWM5MTE2ODAxNTYxMDIyNjU3NWI2MDIwODIxMDE0NjEwMjEyNTc2MDFmODExMTYxMDFhNDU3NWI1MDYwMjA5MTYwMWY4MjExNjAwMTE0NjEwMTQ0NTc5MTgxOTI1ZjkyNjEwMTM5NTc1YjUwNTA4MTYwMDExYjkxNWYxOTkwNjAwMzFiMWMxOTE2MTc2MDAxNTU1YjYwNDA1MTYxMGE5MzkwODE2MTAzMmE4MjM5ZjM1YjAxNTE5MDUwNWY4MDYxMDExNTU2NWI2MDFmMTk4MjE2OTI2MDAxNWY1MjgwNWYyMDkxNWY1Yjg1ODExMDYxMDE4YzU3NTA4MzYwMDE5NTEwNjEwMTc0NTc1YjUwNTA1MDgxMWIwMTYwMDE1NTYxMDEyYTU2NWIwMTUxNWYxOTYwZjg4NDYwMDMxYjE2MWMxOTE2OTA1NTVmODA4MDYxMDE2NjU2NWI5MTkyNjAyMDYwMDE4MTkyODY4NTAxNTE4MTU1MDE5NDAxOTIwMTYxMDE1NDU2NWI4MTgxMTExNTYxMDBmYzU3NjAwMTVmNTI2MDFmODIwMTYwMDUxYzdmYjEwZTJkNTI3NjEyMDczYjI2ZWVjZGZkNzE3ZTZhMzIwY2Y0NGI0YWZhYzJiMDczMmQ5ZmNiZTJiN2ZhMGNmNjYwMjA4NDEwNjEwMjBhNTc1YjgxNjAxZjkxMDE5MjAxNjAwNTFjMDM5MDVmNWI4MjgxMTA2MTAxZmQ1NzUwNTA2MTAwZmM1NjViNWY4MjgyMDE1NTYwMDEwMTYxMDFlZjU2NWI1ZjkxNTA2MTAxZTE1NjViNjM0ZTQ4N2I3MTYwZTAxYjVmNTI2MDIyNjAwNDUyNjAyNDVmZmQ1YjkwNjA3ZjE2OTA2MTAwZWE1NjViNjM0ZTQ4N2I3MTYwZTAxYjVmNTI2MDQxNjAwNDUyNjAyNDVmZmQ1YjAxNTE5MDUwNWY4MDYxMDBiNTU2NWI2MDFmMTk4MjE2OTM1ZjgwNTI4MDVmMjA5MTVmNWI4NjgxMTA2MTAyOTY1NzUwODM2MDAxOTU5NjEwNjEwMjdlNTc1YjUwNTA1MDgxMWIwMTVmNTU2MTAwYzk1NjViMDE1MTVmMTk2MGY4ODQ2MDAzMWIxNjFjMTkxNjkwNTU1ZjgwODA2MTAyNzE1NjViOTE5MjYwMjA2MDAxODE5Mjg2ODUwMTUxODE1NTAxOTQwMTkyMDE2MTAyNWU1NjViODE4MTExMTU2MTAwOWI1NzVmODA1MjYwMWY4MjAxNjAwNTFjN2YyOTBkZWNkOTU0OGI2MmE4ZDYwMzQ1YTk4ODM4NmZjODRiYTZiYzk1NDg0MDA4ZjYzNjJmOTMxNjBlZjNlNTYzNjAyMDg0MTA2MTAzMTM1NzViODE2MDFmOTEwMTkyMDE2MDA1MWMwMzkwNWY1YjgyODExMDYxMDMwNjU3NTA1MDYxMDA5YjU2NWI1ZjgyODIwMTU1NjAwMTAxNjEwMmY4NTY1YjVmOTE1MDYxMDJlYTU2NWI5MDYwN2YxNjkwNjEwMDg5NTY1YjVmODBmZGZlNjA4MDYwNDA1MjYwMDQzNjEwMTU2MTAwMTE1NzVmODBmZDViNWY1ZjM1NjBlMDFjODA2MzA2ZmRkZTAzMTQ2MTA2YzM1NzgwNjMwOTVlYTdiMzE0NjEwNjNlNTc4MDYzMTgxNjBkZGQxNDYxMDYyMTU3ODA2MzIzYjg3MmRkMTQ2MTA0NjU1NzgwNjMzMTNjZTU2NzE0NjEwNDQ5NTc4MDYzNDBjMTBmMTkxNDYxMDNiZjU3ODA2MzcwYTA4MjMxMTQ2MTAzN2E1NzgwNjM5NWQ4OWI0MTE0NjEwMjNhNTc4MDYzYTkwNTljYmIxNDYxMDIwODU3ODA2M2RiODA3ZTI2MTQ2MTAwZjA1NzYzZGQ2MmVkM2UxNDYxMDA5MzU3NWY4MGZkNWIzNDYxMDBlZDU3NjA0MDYwMDMxOTM2MDExMjYxMDBlZDU3NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNjA0MDYxMDBjMzYxMDhhMTU2NWI5MjgyNjEwMGNkNjEwOGM0NTY1Yjk0MTY4MTUyNjAwNDYwMjA1MjIwOTExNjVmNTI2MDIwNTI2MDIwNjA0MDVmMjA1NDYwNDA1MTkwODE1MmYzNWI4MGZkNWI1MDM0NjEwMGVkNTc2MDQwNjAwMzE5MzYwMTEyNjEwMGVkNTc2MDA0MzU2N2ZmZmZmZmZmZmZmZmZmZmY4MTExNjEwMjA0NTczNjYwMjM4MjAxMTIxNTYxMDIwNDU3ODA2MDA0MDEzNTY3ZmZmZmZmZmZmZmZmZmZmZjgxMTE2MTAyMDA1NzYwMjQ4MjAxOTE2MDI0MzY5MTgzNjAwNTFiMDEwMTExNjEwMjAwNTc2MDI0MzU5MDgzNWI4MTgxMTA2MTAxNTg1Nzg0ODBmMzViNjAwMTkwNjEwMTY3ODQ2MDAyNTQ2MTA4ZTc1NjViNjAwMjU1NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNjEwMTkyNjEwMThkODM4Njg5NjEwOTIxNTY1YjYxMDk1ZTU2NWIxNjg2NTI2MDAzNjAyMDUyNjA0MDg2MjA2MTAxYTk4NTgyNTQ2MTA4ZTc1NjViOTA1NTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYxMDFjZTYxMDE4ZDgzODY4OTYxMDkyMTU2NWIxNjg2N2ZkZGYyNTJhZDFiZTJjODliNjljMmIwNjhmYzM3OGRhYTk1MmJhN2YxNjNjNGExMTYyOGY1NWE0ZGY1MjNiM2VmNjAyMDYwNDA1MTg4ODE1MmEzMDE2MTAxNGQ1NjViODI4MGZkNWI1MDgwZmQ1YjUwMzQ2MTAwZWQ1NzYwNDA2MDAzMTkzNjAxMTI2MTAwZWQ1NzYxMDIyZjYxMDIyNTYxMDhhMTU2NWI2MDI0MzU5MDMzNjEwOThjNTY1YjYwMjA2MDQwNTE2MDAxODE1MmYzNWI1MDM0NjEwMGVkNTc4MDYwMDMxOTM2MDExMjYxMDBlZDU3NjA0MDUxOTA4MDYwMDE1NDkwODE2MDAxMWM5MTYwMDE4MTE2ODAxNTYxMDM3MDU3NWI2MDIwODQxMDgxMTQ2MTAzNDM1NzgzODY1MjkwODExNTYxMDJmZTU3NTA2MDAxMTQ2MTAyYTE1NzViNjEwMjlkODQ2MTAyOTE4MTg2MDM4MjYxMDdlYjU2NWI2MDQwNTE5MTgyOTE4MjYxMDg1OTU2NWIwMzkwZjM1YjYwMDE4MTUyN2ZiMTBlMmQ1Mjc2MTIwNzNiMjZlZWNkZmQ3MTdlNmEzMjBjZjQ0YjRhZmFjMmIwNzMyZDlmY2JlMmI3ZmEwY2Y2OTM5MjUwOTA1YjgwODIxMDYxMDJlNDU3NTA5MDkxNTA4MTAxNjAyMDAxNjEwMjkxODI2MTAyODE1NjViOTE5MjYwMDE4MTYwMjA5MjU0ODM4NTg4MDEwMTUyMDE5MTAxOTA5MjkxNjEwMmNiNTY1YjdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYwMDE2NjAyMDgwODcwMTkxOTA5MTUyOTIxNTE1NjAwNTFiODUwMTkwOTIwMTkyNTA2MTAyOTE5MTUwODM5MDUwNjEwMjgxNTY1YjYwMjQ4MzdmNGU0ODdiNzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgxNTI2MDIyNjAwNDUyZmQ1YjkyNjA3ZjE2OTI2MTAyNjQ1NjViNTAzNDYxMDBlZDU3NjAyMDYwMDMxOTM2MDExMjYxMDBlZDU3NjA0MDYwMjA5MTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYxMDNhZTYxMDhhMTU2NWIxNjgxNTI2MDAzODM1MjIwNTQ2MDQwNTE5MDgxNTJmMzViNTAzNDYxMDBlZDU3NjA0MDYwMDMxOTM2MDExMjYxMDBlZDU3NjEwM2Q5NjEwOGExNTY1YjgxN2ZkZGYyNTJhZDFiZTJjODliNjljMmIwNjhmYzM3OGRhYTk1MmJhN2YxNjNjNGExMTYyOGY1NWE0ZGY1MjNiM2VmNjAyMDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYwMjQzNTk0NjEwNDIyODY2MDAyNTQ2MTA4ZTc1NjViNjAwMjU1MTY5Mzg0ODQ1MjYwMDM4MjUyNjA0MDg0MjA2MTA0M2Q4MjgyNTQ2MTA4ZTc1NjViOTA1NTYwNDA1MTkwODE1MmEzODBmMzViNTAzNDYxMDBlZDU3ODA2MDAzMTkzNjAxMTI2MTAwZWQ1NzYwMjA2MDQwNTE2MDEyODE1MmYzNWI1MDM0NjEwNjFkNTc2MDYwNjAwMzE5MzYwMTEyNjEwNjFkNTc2MTA0N2Y2MTA4YTE1NjViNjEwNDg3NjEwOGM0NTY1YjYwNDQzNTkxODAzYjYxMDU5NzU3NWI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MTE2ODA4NTUyNjAwNDYwMjA1MjYwNDA4NTIwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMzMxNjVmNTI2MDIwNTI2MDQwNWYyMDU0OTQ4NDg2MTA2MTA1NTQ1Nzg0OTA4NjdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYxMDIyZjk4MDM2MTA1MTU1NzViNTA1MDUwNTA2MTA5OGM1NjViNjA0MDkyNjEwNTIxOTE2MTA5N2Y1NjViOTI4MTUyNjAwNDYwMjA1MjIwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMzMxNjVmNTI2MDIwNTI2MDQwNWYyMDU1NWY4MzgxODA2MTA1MGM1NjViNjA4NDgyODY4ODYwNDA1MTkyN2Y5MWJlZGEyNDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODQ1MjYwMDQ4NDAxNTIzMzYwMjQ4NDAxNTI2MDQ0ODMwMTUyNjA2NDgyMDE1MmZkNWI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MTE2ODAzYjE1NjEwNjFkNTc1ZjgwOTE2MDI0NjA0MDUxODA5NDgxOTM3ZmY1MWE3MzE1MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4MzUyODk2MDA0ODQwMTUyNWFmMTgwMTU2MTA2MTI1NzYxMDVmZDU3NWI1MDYxMDQ5MjU2NWI2MTA2MGE5MTk0NTA1ZjkwNjEwN2ViNTY1YjVmOTI1ZjYxMDVmNzU2NWI2MDQwNTEzZDVmODIzZTNkOTBmZDViNWY4MGZkNWIzNDYxMDYxZDU3NWY2MDAzMTkzNjAxMTI2MTA2MWQ1NzYwMjA2MDAyNTQ2MDQwNTE5MDgxNTJmMzViMzQ2MTA2MWQ1NzYwNDA2MDAzMTkzNjAxMTI2MTA2MWQ1NzYxMDY1NzYxMDhhMTU2NWI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MDI0MzU5MTMzNWY1MjYwMDQ2MDIwNTI2MDQwNWYyMDgyODIxNjVmNTI2MDIwNTI4MjYwNDA1ZjIwNTU2MDQwNTE5MjgzNTIxNjkwN2Y4YzViZTFlNWViZWM3ZDViZDE0ZjcxNDI3ZDFlODRmM2RkMDMxNGMwZjdiMjI5MWU1YjIwMGFjOGM3YzNiOTI1NjAyMDMzOTJhMzYwMjA2MDQwNTE2MDAxODE1MmYzNWIzNDYxMDYxZDU3NWY2MDAzMTkzNjAxMTI2MTA2MWQ1NzYwNDA1MTVmNWY1NDgwNjAwMTFjOTA2MDAxODExNjgwMTU2MTA3ZTE1NzViNjAyMDgzMTA4MTE0NjEwN2I0NTc4Mjg1NTI5MDgxMTU2MTA3NzI1NzUwNjAwMTE0NjEwNzE2NTc1YjYxMDI5ZDgzNjEwMjkxODE4NTAzODI2MTA3ZWI1NjViNWY4MDgwNTI3ZjI5MGRlY2Q5NTQ4YjYyYThkNjAzNDVhOTg4Mzg2ZmM4NGJhNmJjOTU0ODQwMDhmNjM2MmY5MzE2MGVmM2U1NjM5MzkyNTA5MDViODA4MjEwNjEwNzU4NTc1MDkwOTE1MDgxMDE2MDIwMDE2MTAyOTE2MTA3MDY1NjViOTE5MjYwMDE4MTYwMjA5MjU0ODM4NTg4MDEwMTUyMDE5MTAxOTA5MjkxNjEwNzQwNTY1YjdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYwMDE2NjAyMDgwODYwMTkxOTA5MTUyOTExNTE1NjAwNTFiODQwMTkwOTEwMTkxNTA2MTAyOTE5MDUwNjEwNzA2NTY1YjdmNGU0ODdiNzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDIyNjAwNDUyNjAyNDVmZmQ1YjkxNjA3ZjE2OTE2MTA2ZTk1NjViOTA2MDFmN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmUwOTEwMTE2ODEwMTkwODExMDY3ZmZmZmZmZmZmZmZmZmZmZjgyMTExNzYxMDgyYzU3NjA0MDUyNTY1YjdmNGU0ODdiNzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDQxNjAwNDUyNjAyNDVmZmQ1YjdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZlMDYwMWY2MDIwNjA0MDk0ODE4NTUyODA1MTkxODI5MTgyODI4ODAxNTIwMTg2ODYwMTVlNWY4NTgyODYwMTAxNTIwMTE2MDEwMTkwNTY1YjYwMDQzNTkwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODIxNjgyMDM2MTA2MWQ1NzU2NWI2MDI0MzU5MDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgyMTY4MjAzNjEwNjFkNTc1NjViOTE5MDgyMDE4MDkyMTE2MTA4ZjQ1NzU2NWI3ZjRlNDg3YjcxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAxMTYwMDQ1MjYwMjQ1ZmZkNWI5MTkwODExMDE1NjEwOTMxNTc2MDA1MWIwMTkwNTY1YjdmNGU0ODdiNzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDMyNjAwNDUyNjAyNDVmZmQ1YjM1NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODExNjgxMDM2MTA2MWQ1NzkwNTY1YjkxOTA4MjAzOTE4MjExNjEwOGY0NTc1NjViNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMTY5MDgxNWY1MjYwMDM2MDIwNTI2MDQwNWYyMDU0ODM4MTEwNjEwYTI5NTc3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY3ZmRkZjI1MmFkMWJlMmM4OWI2OWMyYjA2OGZjMzc4ZGFhOTUyYmE3ZjE2M2M0YTExNjI4ZjU1YTRkZjUyM2IzZWY5MjYxMDlmYTg2NjAyMDk0NjEwOTdmNTY1Yjg1NWY1MjYwMDM4NDUyNjA0MDVmMjA1NTE2OTM4NDVmNTI2MDAzODI1MjYwNDA1ZjIwNjEwYTFlODI4MjU0NjEwOGU3NTY1YjkwNTU2MDQwNTE5MDgxNTJhMzU2NWI5MTkwNTA3ZmRiNDIxNDRkMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAwNDUyNjAyNDUyNjA0NDUyNjA2NDVmZmRmZWEyNjQ2OTcwNjY3MzU4MjIxMjIwOTAxODg4NDRlNGRlZjk5YjQ4ZjQyMDEzNmI3ZWRjMjU3NjhiZmY4ZTYzOWNhZDdkYTFmMTQ4ODFiNDM5MzY0NzY0NzM2ZjZjNjM0MzAwMDgyNTAwMzMnIGFzIGNvbnN0O1xuZXhwb3J0IGNvbnN0IGhvb2tUb2tlbkRlcGxveWVkU2l6ZSA9IDI3MDc7XG5cbi8qKiBOb0Jvb2xUb2tlbiBmcm9tIGNvbnRyYWN0cy90ZXN0L05vQm9vbFRva2VuLnNvbCAqL1xuZXhwb3J0IGNvbnN0IG5vQm9vbFRva2VuQWJpID0gW1xuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiY29uc3RydWN0b3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwib3duZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic3BlbmRlclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbGxvd2FuY2VcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibmVlZGVkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiSW5zdWZmaWNpZW50QWxsb3dhbmNlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwib3duZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYmFsYW5jZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJuZWVkZWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJJbnN1ZmZpY2llbnRCYWxhbmNlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm93bmVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJzcGVuZGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidmFsdWVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJBcHByb3ZhbFwiLFxuICAgIFwidHlwZVwiOiBcImV2ZW50XCJcbiAgfSxcbiAge1xuICAgIFwiYW5vbnltb3VzXCI6IGZhbHNlLFxuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJmcm9tXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInZhbHVlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiVHJhbnNmZXJcIixcbiAgICBcInR5cGVcIjogXCJldmVudFwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJvd25lclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJzcGVuZGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiYWxsb3dhbmNlXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInNwZW5kZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiYXBwcm92ZVwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYm9vbFwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYm9vbFwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcIm5vbnBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJvd25lclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcImJhbGFuY2VPZlwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJiYWxhbmNlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiZGVjaW1hbHNcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ4XCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50OFwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJtaW50XCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzW11cIixcbiAgICAgICAgXCJuYW1lXCI6IFwicmVjaXBpZW50c1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzW11cIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIm1pbnRFYWNoXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcIm5hbWVcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInN0cmluZ1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwic3RyaW5nXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcInN5bWJvbFwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwic3RyaW5nXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJzdHJpbmdcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwidG90YWxTdXBwbHlcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidG9cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwidHJhbnNmZXJcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJvb2xcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJvb2xcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZnJvbVwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJ0cmFuc2ZlckZyb21cIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJvb2xcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJvb2xcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9XG5dIGFzIGNvbnN0O1xuZXhwb3J0IGNvbnN0IG5vQm9vbFRva2VuQnl0ZWNvZGUgPSAnMHg2MDgwNjA0MDUyMzQ2MTAzMmE1NzYwNDA4MDUxOTA4MTAxNjAwMTYwMDE2MDQwMWIwMzgxMTE4MjgyMTAxNzYxMDIzNTU3NjA0MDkwODE1MjYwMGQ4MjUyNmMyNzM3OTAyMTM3YjdiNjEwMmEzN2I1YjJiNzYwOTkxYjYwMjA4MzAxNTI4MDUxOTA4MTAxNjAwMTYwMDE2MDQwMWIwMzgxMTE4MjgyMTAxNzYxMDIzNTU3NjA0MDUyNjAwNjgxNTI2NTEzOTNkMDkzZDNkMzYwZDIxYjYwMjA4MjAxNTI4MTUxNjAwMTYwMDE2MDQwMWIwMzgxMTE2MTAyMzU1NzVmNTQ2MDAxODE4MTFjOTExNjgwMTU2MTAzMjA1NzViNjAyMDgyMTAxNDYxMDIxNzU3NjAxZjgxMTE2MTAyYjM1NzViNTA2MDIwOTI2MDFmODIxMTYwMDExNDYxMDI1NDU3OTI4MTkyOTM1ZjkyNjEwMjQ5NTc1YjUwNTA4MTYwMDExYjkxNWYxOTkwNjAwMzFiMWMxOTE2MTc1ZjU1NWI4MDUxNjAwMTYwMDE2MDQwMWIwMzgxMTE2MTAyMzU1NzYwMDE1NDYwMDE4MTgxMWM5MTE2ODAxNTYxMDIyYjU3NWI2MDIwODIxMDE0NjEwMjE3NTc2MDFmODExMTYxMDFhOTU3NWI1MDYwMjA5MTYwMWY4MjExNjAwMTE0NjEwMTQ5NTc5MTgxOTI1ZjkyNjEwMTNlNTc1YjUwNTA4MTYwMDExYjkxNWYxOTkwNjAwMzFiMWMxOTE2MTc2MDAxNTU1YjYwNDA1MTYxMGE1MTkwODE2MTAzMmY4MjM5ZjM1YjAxNTE5MDUwNWY4MDYxMDExYTU2NWI2MDFmMTk4MjE2OTI2MDAxNWY1MjgwNWYyMDkxNWY1Yjg1ODExMDYxMDE5MTU3NTA4MzYwMDE5NTEwNjEwMTc5NTc1YjUwNTA1MDgxMWIwMTYwMDE1NTYxMDEyZjU2NWIwMTUxNWYxOTYwZjg4NDYwMDMxYjE2MWMxOTE2OTA1NTVmODA4MDYxMDE2YjU2NWI5MTkyNjAyMDYwMDE4MTkyODY4NTAxNTE4MTU1MDE5NDAxOTIwMTYxMDE1OTU2NWI4MTgxMTExNTYxMDEwMTU3NjAwMTVmNTI2MDFmODIwMTYwMDUxYzdmYjEwZTJkNTI3NjEyMDczYjI2ZWVjZGZkNzE3ZTZhMzIwY2Y0NGI0YWZhYzJiMDczMmQ5ZmNiZTJiN2ZhMGNmNjYwMjA4NDEwNjEwMjBmNTc1YjgxNjAxZjkxMDE5MjAxNjAwNTFjMDM5MDVmNWI4MjgxMTA2MTAyMDI1NzUwNTA2MTAxMDE1NjViNWY4MjgyMDE1NTYwMDEwMTYxMDFmNDU2NWI1ZjkxNTA2MTAxZTY1NjViNjM0ZTQ4N2I3MTYwZTAxYjVmNTI2MDIyNjAwNDUyNjAyNDVmZmQ1YjkwNjA3ZjE2OTA2MTAwZWY1NjViNjM0ZTQ4N2I3MTYwZTAxYjVmNTI2MDQxNjAwNDUyNjAyNDVmZmQ1YjAxNTE5MDUwNWY4MDYxMDBiYTU2NWI2MDFmMTk4MjE2OTM1ZjgwNTI4MDVmMjA5MTVmNWI4NjgxMTA2MTAyOWI1NzUwODM2MDAxOTU5NjEwNjEwMjgzNTc1YjUwNTA1MDgxMWIwMTVmNTU2MTAwY2U1NjViMDE1MTVmMTk2MGY4ODQ2MDAzMWIxNjFjMTkxNjkwNTU1ZjgwODA2MTAyNzY1NjViOTE5MjYwMjA2MDAxODE5Mjg2ODUwMTUxODE1NTAxOTQwMTkyMDE2MTAyNjM1NjViODE4MTExMTU2MTAwYTA1NzVmODA1MjYwMWY4MjAxNjAwNTFjN2YyOTBkZWNkOTU0OGI2MmE4ZDYwMzQ1YTk4ODM4NmZjODRiYTZiYzk1NDg0MDA4ZjYzNjJmOTMxNjBlZjNlNTYzNjAyMDg0MTA2MTAzMTg1NzViODE2MDFmOTEwMTkyMDE2MDA1MWMwMzkwNWY1YjgyODExMDYxMDMwYjU3NTA1MDYxMDBhMDU2NWI1ZjgyODIwMTU1NjAwMTAxNjEwMmZkNTY1YjVmOTE1MDYxMDJlZjU2NWI5MDYwN2YxNjkwNjEwMDhlNTY1YjVmODBmZGZlNjA4MDYwNDA1MjYwMDQzNjEwMTU2MTAwMTE1NzVmODBmZDViNWYzNTYwZTAxYzgwNjMwNmZkZGUwMzE0NjEwMGM0NTc4MDYzMDk1ZWE3YjMxNDYxMDBiZjU3ODA2MzE4MTYwZGRkMTQ2MTAwYmE1NzgwNjMyM2I4NzJkZDE0NjEwMGI1NTc4MDYzMzEzY2U1NjcxNDYxMDBiMDU3ODA2MzQwYzEwZjE5MTQ2MTAwYWI1NzgwNjM3MGEwODIzMTE0NjEwMGE2NTc4MDYzOTVkODliNDExNDYxMDBhMTU3ODA2M2E5MDU5Y2JiMTQ2MTAwOWM1NzgwNjNkYjgwN2UyNjE0NjEwMDk3NTc2M2RkNjJlZDNlMTQ2MTAwOTI1NzVmODBmZDViNjEwNzIxNTY1YjYxMDZjMDU2NWI2MTA2OTY1NjViNjEwNWUxNTY1YjYxMDU5ODU2NWI2MTA0ZmY1NjViNjEwNGU0NTY1YjYxMDM4YTU2NWI2MTAzNmQ1NjViNjEwMmM4NTY1YjYxMDE3ZjU2NWI5MDYwMWY3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZTA5MTAxMTY4MTAxOTA4MTEwNjdmZmZmZmZmZmZmZmZmZmZmODIxMTE3NjEwMTBhNTc2MDQwNTI1NjViN2Y0ZTQ4N2I3MTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwNDE2MDA0NTI2MDI0NWZmZDViN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmUwNjAxZjYwMjA2MDQwOTQ4MTg1NTI4MDUxOTE4MjkxODI4Mjg4MDE1MjAxODY4NjAxNWU1Zjg1ODI4NjAxMDE1MjAxMTYwMTAxOTA1NjViMzQ2MTAyYTY1NzVmNjAwMzE5MzYwMTEyNjEwMmE2NTc2MDQwNTE1ZjVmNTQ4MDYwMDExYzkwNjAwMTgxMTY5MDgxMTU2MTAyOWM1NzViNjAyMDgzMTA4MjE0NjEwMjZmNTc4Mjg1NTI2MDIwODUwMTkxOTA4MTE1NjEwMjM4NTc1MDYwMDExNDYxMDFlODU3NWI2MTAxZTQ4NDYxMDFkODgxODYwMzgyNjEwMGM5NTY1YjYwNDA1MTkxODI5MTgyNjEwMTM3NTY1YjAzOTBmMzViNWY4MDgwNTI5MjUwOTA3ZjI5MGRlY2Q5NTQ4YjYyYThkNjAzNDVhOTg4Mzg2ZmM4NGJhNmJjOTU0ODQwMDhmNjM2MmY5MzE2MGVmM2U1NjM1YjgxODQxMDYxMDIyNDU3NTA1MDAxNjEwMWQ4ODI2MTAxYzg1NjViODA1NDg0ODQwMTUyNjAyMDkwOTMwMTkyNjAwMTAxNjEwMjExNTY1YjdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYwMDE2ODI1MjUwOTAxNTE1NjAwNTFiMDE5MDUwNjEwMWQ4ODI2MTAxYzg1NjViN2Y0ZTQ4N2I3MTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMjI2MDA0NTI2MDI0NWZmZDViOTE2MDdmMTY5MTYxMDFhNjU2NWI1ZjgwZmQ1YjczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgxMTYwMzYxMDJhNjU3NTY1YjM0NjEwMmE2NTc2MDQwNjAwMzE5MzYwMTEyNjEwMmE2NTc2MDA0MzU2MTAyZTU4MTYxMDJhYTU2NWI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MDI0MzU5MTMzNWY1MjYwMDQ2MDIwNTI4MjYxMDMzMjgyNjA0MDVmMjA5MDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjE2NWY1MjYwMjA1MjYwNDA1ZjIwOTA1NjViNTU2MDQwNTE5MjgzNTIxNjkwN2Y4YzViZTFlNWViZWM3ZDViZDE0ZjcxNDI3ZDFlODRmM2RkMDMxNGMwZjdiMjI5MWU1YjIwMGFjOGM3YzNiOTI1NjAyMDMzOTJhMzYwNDA1MTYwMDE4MTUyNjAyMDkwZjM1YjM0NjEwMmE2NTc1ZjYwMDMxOTM2MDExMjYxMDJhNjU3NjAyMDYwMDI1NDYwNDA1MTkwODE1MmYzNWIzNDYxMDJhNjU3NjA2MDYwMDMxOTM2MDExMjYxMDJhNjU3NjAwNDM1NjEwM2E3ODE2MTAyYWE1NjViNjAyNDM1NjEwM2IzODE2MTAyYWE1NjViNjA0NDM1OTA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MzE2OTI4MzVmNTI2MDA0NjAyMDUyNjEwNDAxNjA0MDVmMjAzMzczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjE2NWY1MjYwMjA1MjYwNDA1ZjIwOTA1NjViNTQ5MzgzODUxMDYxMDRhMTU3NTA4MzgzN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNjEwNDNmOTYwMzYxMDQ0MTU3NWI1MDUwNjEwOGViNTY1YjAwNWI2MTA0NGE5MTYxMDhkZTU2NWI2MTA0OTkzMzYxMDQ3Njg0NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMTY1ZjUyNjAwNDYwMjA1MjYwNDA1ZjIwOTA1NjViOTA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYxNjVmNTI2MDIwNTI2MDQwNWYyMDkwNTY1YjU1NWY4MzYxMDQzODU2NWI2MDg0OTA4NDg2NjA0MDUxOTI3ZjkxYmVkYTI0MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4NDUyNjAwNDg0MDE1MjMzNjAyNDg0MDE1MjYwNDQ4MzAxNTI2MDY0ODIwMTUyZmQ1YjM0NjEwMmE2NTc1ZjYwMDMxOTM2MDExMjYxMDJhNjU3NjAyMDYwNDA1MTYwMTI4MTUyZjM1YjM0NjEwMmE2NTc2MDQwNjAwMzE5MzYwMTEyNjEwMmE2NTc2MDA0MzU2MTA1MWM4MTYxMDJhYTU2NWI2MDI0MzU5MDYwMDI1NDkwODI4MjAxODA5MjExNjEwNTkzNTc3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY5MTYwMDI1NTE2OTA4MTVmNTI2MDAzNjAyMDUyNjA0MDVmMjA4MDU0OTA4MjgyMDE4MDkyMTE2MTA1OTM1NzVmOTI3ZmRkZjI1MmFkMWJlMmM4OWI2OWMyYjA2OGZjMzc4ZGFhOTUyYmE3ZjE2M2M0YTExNjI4ZjU1YTRkZjUyM2IzZWY5MjYwMjA5MjU1NjA0MDUxOTA4MTUyYTMwMDViNjEwNzljNTY1YjM0NjEwMmE2NTc2MDIwNjAwMzE5MzYwMTEyNjEwMmE2NTc3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MDA0MzU2MTA1Y2E4MTYxMDJhYTU2NWIxNjVmNTI2MDAzNjAyMDUyNjAyMDYwNDA1ZjIwNTQ2MDQwNTE5MDgxNTJmMzViMzQ2MTAyYTY1NzVmNjAwMzE5MzYwMTEyNjEwMmE2NTc2MDQwNTE1ZjYwMDE1NDgwNjAwMTFjOTA2MDAxODExNjkwODExNTYxMDY4YzU3NWI2MDIwODMxMDgyMTQ2MTAyNmY1NzgyODU1MjYwMjA4NTAxOTE5MDgxMTU2MTAyMzg1NzUwNjAwMTE0NjEwNjNhNTc2MTAxZTQ4NDYxMDFkODgxODYwMzgyNjEwMGM5NTY1YjYwMDE1ZjkwODE1MjkyNTA5MDdmYjEwZTJkNTI3NjEyMDczYjI2ZWVjZGZkNzE3ZTZhMzIwY2Y0NGI0YWZhYzJiMDczMmQ5ZmNiZTJiN2ZhMGNmNjViODE4NDEwNjEwNjc4NTc1MDUwMDE2MTAxZDg4MjYxMDFjODU2NWI4MDU0ODQ4NDAxNTI2MDIwOTA5MzAxOTI2MDAxMDE2MTA2NjU1NjViOTE2MDdmMTY5MTYxMDYwOTU2NWIzNDYxMDJhNjU3NjA0MDYwMDMxOTM2MDExMjYxMDJhNjU3NjEwNDNmNjAwNDM1NjEwNmI2ODE2MTAyYWE1NjViNjAyNDM1OTAzMzYxMDhlYjU2NWIzNDYxMDJhNjU3NjA0MDYwMDMxOTM2MDExMjYxMDJhNjU3NjAwNDM1NjdmZmZmZmZmZmZmZmZmZmZmODExMTYxMDJhNjU3MzY2MDIzODIwMTEyMTU2MTAyYTY1NzgwNjAwNDAxMzU5MDY3ZmZmZmZmZmZmZmZmZmZmZjgyMTE2MTAyYTY1NzM2NjAyNDgzNjAwNTFiODMwMTAxMTE2MTAyYTY1NzYxMDQzZjkxNjAyNDgwMzU5MjAxNjEwODEzNTY1YjM0NjEwMmE2NTc2MDQwNjAwMzE5MzYwMTEyNjEwMmE2NTc2MDIwNjEwNzkzNjAwNDM1NjEwNzQzODE2MTAyYWE1NjViNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNjAyNDM1OTE2MTA3NjU4MzYxMDJhYTU2NWIxNjVmNTI2MDA0ODM1MjYwNDA1ZjIwOTA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYxNjVmNTI2MDIwNTI2MDQwNWYyMDkwNTY1YjU0NjA0MDUxOTA4MTUyZjM1YjdmNGU0ODdiNzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDExNjAwNDUyNjAyNDVmZmQ1YjkxOTA4MTEwMTU2MTA3ZDk1NzYwMDUxYjAxOTA1NjViN2Y0ZTQ4N2I3MTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMzI2MDA0NTI2MDI0NWZmZDViMzU2MTA4MTA4MTYxMDJhYTU2NWI5MDU2NWI5MDkxNWY1YjgzODExMDYxMDgyNDU3NTA1MDUwNTA1NjViNjAwMjU0ODI4MTAxODA5MTExNjEwNTkzNTc2MDAyNTU3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MTA4NTQ4Mjg2ODY2MTA3Yzk1NjViMzU2MTA4NWU4MTYxMDJhYTU2NWIxNjVmNTI2MDAzNjAyMDUyNjA0MDVmMjA5MDgxNTQ4MzgxMDE4MDkxMTE2MTA1OTM1NzYwMDE5MjU1NjEwOGFhNjEwODkxNjEwODhjODM4ODg4NjEwN2M5NTY1YjYxMDgwNjU2NWI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYxNjkwNTY1YjYwNDA1MTg0ODE1MjVmOTA3ZmRkZjI1MmFkMWJlMmM4OWI2OWMyYjA2OGZjMzc4ZGFhOTUyYmE3ZjE2M2M0YTExNjI4ZjU1YTRkZjUyM2IzZWY5MDYwMjA5MGEzMDE2MTA4MTc1NjViOTE5MDgyMDM5MTgyMTE2MTA1OTM1NzU2NWI5MTkwNjEwOTE1ODM3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYxNjVmNTI2MDAzNjAyMDUyNjA0MDVmMjA5MDU2NWI1NDgyODExMDYxMDlkMTU3ODI4MTAzOTA4MTExNjEwNTkzNTc2MTA5NGY4NDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjE2NWY1MjYwMDM2MDIwNTI2MDQwNWYyMDkwNTY1YjU1NjEwOTc4ODE3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYxNjVmNTI2MDAzNjAyMDUyNjA0MDVmMjA5MDU2NWI4MDU0OTE4MzgzMDE4MDkzMTE2MTA1OTM1NzkxOTA1NTYwNDA1MTkxODI1MjczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjkwODExNjkyMTY5MDdmZGRmMjUyYWQxYmUyYzg5YjY5YzJiMDY4ZmMzNzhkYWE5NTJiYTdmMTYzYzRhMTE2MjhmNTVhNGRmNTIzYjNlZjkwNjAyMDkwYTM1NjViOTA1MDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgzN2ZkYjQyMTQ0ZDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjE2NjAwNDUyNjAyNDUyNjA0NDUyNjA2NDVmZmRmZWEyNjQ2OTcwNjY3MzU4MjIxMjIwYjMwZGZhZDE4YWVjZTE0MzcwNjZjMTI2NjI5MTA4MzkzOGUzN2FjYTBkM2QzMjVmNzI4Mjk2Y2E4ZWJhM2IxYTY0NzM2ZjZjNjM0MzAwMDgyNTAwMzMnIGFzIGNvbnN0O1xuZXhwb3J0IGNvbnN0IG5vQm9vbFRva2VuRGVwbG95ZWRTaXplID0gMjY0MTtcblxuLyoqIE9kZERlY2ltYWxzIGZyb20gY29udHJhY3RzL3Rlc3QvT2RkRGVjaW1hbHMuc29sICovXG5leHBvcnQgY29uc3Qgb2RkRGVjaW1hbHNBYmkgPSBbXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJtb2RlX1wiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJ2YWx1ZV9cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcIm5vbnBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJjb25zdHJ1Y3RvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJOb0RlY2ltYWxzXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiTU9ERVwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJWQUxVRVwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJkZWNpbWFsc1wiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH1cbl0gYXMgY29uc3Q7XG5leHBvcnQgY29uc3Qgb2RkRGVjaW1hbHNCeXRlY29kZSA9ICcweDYwYzAzNDYxMDA3OTU3NjAxZjYxMDJmZTM4ODE5MDAzOTE4MjAxNjAxZjE5MTY4MzAxOTE2MDAxNjAwMTYwNDAxYjAzODMxMTg0ODQxMDE3NjEwMDdkNTc4MDg0OTI2MDQwOTQ4NTUyODMzOTgxMDEwMzEyNjEwMDc5NTc2MDIwODE1MTkxMDE1MTkwNjA4MDUyNjBhMDUyNjA0MDUxNjEwMjZjOTA4MTYxMDA5MjgyMzk2MDgwNTE4MTgxODE2MGIzMDE1MjYxMDEzNTAxNTI2MGEwNTE4MTgxODE2MTAxMTAwMTUyNjEwMTY2MDE1MmYzNWI1ZjgwZmQ1YjYzNGU0ODdiNzE2MGUwMWI1ZjUyNjA0MTYwMDQ1MjYwMjQ1ZmZkZmU2MDgwNjA0MDUyNjAwNDM2MTAxNTYxMDAxMTU3NWY4MGZkNWI1ZjM1NjBlMDFjODA2MzFmY2JjNDA3MTQ2MTAwODM1NzgwNjMzMTNjZTU2NzE0NjEwMDNmNTc2MzUwOWQ4YzcyMTQ2MTAwM2E1NzVmODBmZDViNjEwMGRiNTY1YjM0NjEwMDdmNTc1ZjdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYzM2MDExMjYxMDA3ZjU3NjAyMDYxMDA3NzYxMDEzMzU2NWI2MDQwNTE5MDgxNTJmMzViNWY4MGZkNWIzNDYxMDA3ZjU3NWY3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMzNjAxMTI2MTAwN2Y1NzdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDYwODA1MjYwMjA2MDgwZjM1YjM0NjEwMDdmNTc1ZjdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYzM2MDExMjYxMDA3ZjU3NjAyMDYwNDA1MTdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgxNTJmMzViN2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNjAwMTgxMTQ2MTAyMGU1NzYwMDI4MTE0NjEwMWE2NTc3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA5MDYwMDM4MTE0NjEwMTlhNTc2MDA0MTQ2MTAxOTg1NzkwNTY1YjAwNWI1MDgwNWY1MjYwMjA1MjYwNDA1ZmYzNWI1MDVmNWI1YTE1NjEwMjBiNTc3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MTE0NjEwMWRlNTc2MDAxMDE2MTAxYTk1NjViN2Y0ZTQ4N2I3MTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMTE2MDA0NTI2MDI0NWZmZDViOTA1NjViN2Y1ZGMwMzU5MjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1ZmZkZmVhMjY0Njk3MDY2NzM1ODIyMTIyMDM5NTMxMjBjYjE1YjVlNDVlNDZkN2Y3ZTExNDRjOTVkMWJlZmNmMmNiMTMwMTY0NmI1NzRiODRkMzBmNDcxYzI2NDczNmY2YzYzNDMwMDA4MjUwMDMzJyBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCBvZGREZWNpbWFsc0RlcGxveWVkU2l6ZSA9IDYyMDtcblxuLyoqIFJlZW50cmFudFJlcXVlc3RlciBmcm9tIGNvbnRyYWN0cy90ZXN0L1JlZW50cmFudFJlcXVlc3Rlci5zb2wgKi9cbmV4cG9ydCBjb25zdCByZWVudHJhbnRSZXF1ZXN0ZXJBYmkgPSBbXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiY29udHJhY3QgSUNoYW5uZWxzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImNoYW5uZWxzX1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJleGVjdXRvcl9cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcIm5vbnBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJjb25zdHJ1Y3RvclwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJjaGFubmVsc1wiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiY29udHJhY3QgSUNoYW5uZWxzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcImV4ZWN1dG9yXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRva2VuXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJleHBpcnlcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJvcGVuQW5kVG9wVXBUb2tlblwiLFxuICAgIFwib3V0cHV0c1wiOiBbXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcIm5vbnBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJleHBpcnlcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJvcGVuRXRoXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwicGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcInJlZW50cnlBdHRlbXB0c1wiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJyZWVudHJ5RXJyb3JcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJ5dGVzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJieXRlc1wiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXSxcbiAgICBcIm5hbWVcIjogXCJyZWZ1bmRFdGhcIixcbiAgICBcIm91dHB1dHNcIjogW10sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwidG9rZW5zVG9TZW5kXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwicGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcInJlY2VpdmVcIlxuICB9XG5dIGFzIGNvbnN0O1xuZXhwb3J0IGNvbnN0IHJlZW50cmFudFJlcXVlc3RlckJ5dGVjb2RlID0gJzB4NjBjMDM0NjEwMGQyNTc2MDFmNjEwZWQ2Mzg4MTkwMDM5MTgyMDE2MDFmMTkxNjgzMDE5MTYwMDE2MDAxNjA0MDFiMDM4MzExODQ4NDEwMTc2MTAwZDY1NzgwODQ5MjYwNDA5NDg1NTI4MzM5ODEwMTAzMTI2MTAwZDI1NzgwNTE5MDYwMDE2MDAxNjBhMDFiMDM4MjE2ODIwMzYxMDBkMjU3NjAyMDAxNTE5MDYwMDE2MDAxNjBhMDFiMDM4MjE2ODIwMzYxMDBkMjU3NjA4MDUyNjBhMDUyNjA0MDUxNjEwZGViOTA4MTYxMDBlYjgyMzk2MDgwNTE4MTgxODE2MTAyM2YwMTUyODE4MTYxMDU4NTAxNTI4MTgxNjEwNjBlMDE1MjgxODE2MTA2NjgwMTUyODE4MTYxMDlhNzAxNTI2MTBjMWMwMTUyNjBhMDUxODE4MTgxNjEwMmFhMDE1MjgxODE2MTA0OWMwMTUyODE4MTYxMDUyODAxNTI4MTgxNjEwNmQwMDE1MjgxODE2MTBhMWUwMTUyNjEwYzg5MDE1MmYzNWI1ZjgwZmQ1YjYzNGU0ODdiNzE2MGUwMWI1ZjUyNjA0MTYwMDQ1MjYwMjQ1ZmZkZmU2MDgwODA2MDQwNTI2MDA0MzYxMDE1NjEwMDI0NTc1YjUwMzYxNTYxMDAxYTU3NWY4MGZkNWI2MTAwMjI2MTBiZTE1NjViMDA1YjVmOTA1ZjM1NjBlMDFjOTA4MTYzMWZhYTQxMzMxNDYxMDYzMjU3NTA4MDYzNzlhNGU0NTAxNDYxMDVlMTU3ODA2MzhlMGM0NzY1MTQ2MTA0ZGU1NzgwNjNhODc0NWNkMjE0NjEwNGMwNTc4MDYzYzM0YzA4ZTUxNDYxMDQ2ZjU3ODA2M2M3MmZiYzg2MTQ2MTAxYWM1NzgwNjNjYTZkZGMyZjE0NjEwMGE2NTc2M2Y1MWE3MzE1MDM2MTAwMGY1NzM0NjEwMGEzNTc2MDIwNjAwMzE5MzYwMTEyNjEwMGEzNTc2MTAwYTA2MDA0MzU2MTA5NmE1NjViODBmMzViODBmZDViNTAzNDYxMDBhMzU3ODA2MDAzMTkzNjAxMTI2MTAwYTM1NzYwNDA1MTgxNTQ4MjYxMDBjNjgyNjEwNzM5NTY1YjgwODQ1MjYwMjA4NDAxOTI2MDAxODExNjkwODExNTYxMDE5MjU3NTA2MDAxMTQ2MTAxM2I1NzViNTA2MDFmODM5MjYxMDExNjYwNDA5NTdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZlMDk0MDM4NTYxMDc4YTU2NWI4NDUxOTU4Njk0NjAyMDg2NTI1MTgwOTI4MTYwMjA4ODAxNTI4Nzg3MDE1ZTg1ODI4NjAxMDE1MjAxMTY4MTAxMDMwMTkwZjM1Yjg0ODA1Mjg0OTE1MDdmMjkwZGVjZDk1NDhiNjJhOGQ2MDM0NWE5ODgzODZmYzg0YmE2YmM5NTQ4NDAwOGY2MzYyZjkzMTYwZWYzZTU2MzViODE4MzEwNjEwMTc4NTc1MDUwODIwMTYwMjAwMTYwMWY2MTAwZTI1NjViNjAwMTgxNjAyMDkyOTQ5Mzk0NTQ4Mzg1ODkwMTAxNTIwMTkxMDE5MTkwNjEwMTYzNTY1YjYwZmYxOTE2ODQ1MjUwMTUxNTYwMDUxYjgzMDE2MDIwMDE5MDUwNjAxZjYxMDBlMjU2NWI1MDM0NjEwMGEzNTc2MDYwNjAwMzE5MzYwMTEyNjEwMGEzNTc4MDYwMDQzNTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgxMTY4MDgyMDM2MTA0NmI1NzYwMjQzNTYwMDI1NDdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDBmZjc0ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjAwODU2MDA4MWIxNjkxMTYxNzYwMDI1NTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDE2NjA0MDUxN2YwOTVlYTdiMzAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODE1MjgxNjAwNDgyMDE1MjVmMTk2MDI0ODIwMTUyNjAyMDgxNjA0NDgxODk4ODVhZjE4MDE1NjEwNDI4NTc2MTA0MzM1NzViNTA3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA5MjYwNDA1MTkwN2Y5YTc4ZWM0ODAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODI1MjczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjg1MTY2MDA0ODMwMTUyNjAyNDgyMDE1Mjg1NjA0NDgyMDE1MjgyNjA2NDgyMDE1MjYwNDQzNTYwODQ4MjAxNTI2MDIwODE2MGE0ODE4OTg2NWFmMTgwMTU2MTA0Mjg1NzYxMDNmMTU3NWI1MDYwMDE2MGZmMTk2MDAyNTQxNjE3NjAwMjU1ODAzYjE1NjEwM2VkNTc2MDQwNTE3ZjMyNzQ2ZDRmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4MTUyNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmOTM4NDE2NjAwNDgyMDE1MjkzOTA5MjE2NjAyNDg0MDE1MjVmNjA0NDg0MDE1MjYwNjQ4MzAxNTI4MjkwODI5MDYwODQ5MDgyOTA4NDkwNWFmMTgwMTU2MTAzZTI1NzYxMDNjZDU3NWI1MDYwZmYxOTYwMDI1NDE2NjAwMjU1ODBmMzViODE2MTAzZDc5MTYxMDc4YTU2NWI2MTAwYTM1NzgwNWY2MTAzYmY1NjViNjA0MDUxM2Q4NDgyM2UzZDkwZmQ1Yjg0ODBmZDViOTQ1MDYwMjA4NTNkNjAyMDExNjEwNDIwNTc1YjgxNjEwNDBjNjAyMDkzODM2MTA3OGE1NjViODEwMTAzMTI2MTA0MWM1Nzg1OTQ1MTYxMDMzYjU2NWI1ZjgwZmQ1YjNkOTE1MDYxMDNmZjU2NWI2MDQwNTEzZDg4ODIzZTNkOTBmZDViNjAyMDgxM2Q2MDIwMTE2MTA0NjM1NzViODE2MTA0NGM2MDIwOTM4MzYxMDc4YTU2NWI4MTAxMDMxMjYxMDQ1ZjU3NTE4MDE1MTU4MTE0NjEwMmE3NTc1Yjg1ODBmZDViM2Q5MTUwNjEwNDNmNTY1YjUwNTBmZDViNTAzNDYxMDBhMzU3ODA2MDAzMTkzNjAxMTI2MTAwYTM1NzYwMjA2MDQwNTE3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAxNjgxNTJmMzViNTAzNDYxMDBhMzU3ODA2MDAzMTkzNjAxMTI2MTAwYTM1NzYwMjA2MDAxNTQ2MDQwNTE5MDgxNTJmMzViNTA2MDIwNjAwMzE5MzYwMTEyNjEwMGEzNTc2MDQwNTE3ZjlhNzhlYzQ4MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4MTUyNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmN2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMTY2MDA0ODIwMTUyODE2MDI0ODIwMTUyODE2MDQ0ODIwMTUyMzQ2MDY0ODIwMTUyNjAwNDM1NjA4NDgyMDE1MjYwMjA4MTYwYTQ4MTM0NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmN2YwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMTY1YWYxODAxNTYxMDNlMjU3NjEwNWI1NTc1MDgwZjM1YjYxMDVkNjkwNjAyMDNkNjAyMDExNjEwNWRhNTc1YjYxMDVjZTgxODM2MTA3OGE1NjViODEwMTkwNjEwN2Y4NTY1YjUwODBmMzViNTAzZDYxMDVjNDU2NWI1MDM0NjEwMGEzNTc4MDYwMDMxOTM2MDExMjYxMDBhMzU3NjAyMDYwNDA1MTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDE2ODE1MmYzNWI5MDUwMzQ2MTA0MWM1NzVmNjAwMzE5MzYwMTEyNjEwNDFjNTc2MDAxNjBmZjE5NjAwMjU0MTYxNzYwMDI1NTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDE2ODAzYjE1NjEwNDFjNTc4MTYwNjQ4MTVmODA5NDdmODJhZDZmMzUwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgzNTI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAxNjYwMDQ4NDAxNTI4MTYwMjQ4NDAxNTI4MTYwNDQ4NDAxNTI1YWYxODAxNTYxMDcyZTU3NjEwNzFiNTc1MDYwZmYxOTYwMDI1NDE2NjAwMjU1ODBmMzViNjEwNzI3OTE1MDVmOTA2MTA3OGE1NjViNWY1ZjYxMDNiZjU2NWI2MDQwNTEzZDVmODIzZTNkOTBmZDViOTA2MDAxODI4MTFjOTIxNjgwMTU2MTA3ODA1NzViNjAyMDgzMTAxNDYxMDc1MzU3NTY1YjdmNGU0ODdiNzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDIyNjAwNDUyNjAyNDVmZmQ1YjkxNjA3ZjE2OTE2MTA3NDg1NjViOTA2MDFmN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmUwOTEwMTE2ODEwMTkwODExMDY3ZmZmZmZmZmZmZmZmZmZmZjgyMTExNzYxMDdjYjU3NjA0MDUyNTY1YjdmNGU0ODdiNzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDQxNjAwNDUyNjAyNDVmZmQ1YjkwODE2MDIwOTEwMzEyNjEwNDFjNTc1MTkwNTY1YjVmMTk4MTE0NjEwODE1NTc2MDAxMDE5MDU2NWI3ZjRlNDg3YjcxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAxMTYwMDQ1MjYwMjQ1ZmZkNWI1ZjViODI4MTEwNjEwODUwNTc1MDUwNTA1NjViNWY4MjgyMDE1NTYwMDEwMTYxMDg0NDU2NWI2MDFmODExMTYxMDg2ODU3NTA1NjViODA2MTA4NzA1NzUwNTY1YjVmODA1MjYxMDhhMzkwNjAxZjAxNjAwNTFjN2YyOTBkZWNkOTU0OGI2MmE4ZDYwMzQ1YTk4ODM4NmZjODRiYTZiYzk1NDg0MDA4ZjYzNjJmOTMxNjBlZjNlNTYzNjEwODQyNTY1YjU2NWI2MDFmODExMTYxMDhiMTU3NTA1MDU2NWI4MTgxMTE2MTA4YmM1NzUwNTA1NjViNWY4MDUyNjEwOGEzOTE3ZjI5MGRlY2Q5NTQ4YjYyYThkNjAzNDVhOTg4Mzg2ZmM4NGJhNmJjOTU0ODQwMDhmNjM2MmY5MzE2MGVmM2U1NjM5MTYwMWY4MjAxNjAwNTFjOTE2MDIwMTE2MTA5MDU1NzViNjAxZjgyOTEwMTYwMDUxYzAzOTEwMTYxMDg0MjU2NWI1ZjkxNTA2MTA4ZjU1NjViM2QxNTYxMDk2NTU3M2Q5MDY3ZmZmZmZmZmZmZmZmZmZmZjgyMTE2MTA3Y2I1NzYwNDA1MTkxNjEwOTVhNjAyMDdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZlMDYwMWY4NDAxMTYwMTg0NjEwNzhhNTY1YjgyNTIzZDVmNjAyMDg0MDEzZTU2NWI2MDYwOTA1NjViOTA2MDAyNTQ5MTVmOTI2MGZmODExNjE1NjEwYmRiNTc2MGZmMTk4MTE2NjAwMjU1NjEwOThkNjAwMTU0NjEwODA3NTY1YjYwMDE1NTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDE2OTE4MjNiMTU2MTA0MWM1NzYxMGE3NTkyNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNWY4MDk0NjA0MDUxOTY4Nzk1ODY5NDg1OTM3ZjMyNzQ2ZDRmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA4NTUyNjAwODFjMTY3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA2MDA0ODUwMTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYwNjA5Mjk1OTQ5MzgxNjA4MDg0MDE5NzE2ODM1MjE2NjAyMDgyMDE1MjVmNjA0MDgyMDE1MjAxNTI1NjViMDM5MjVhZjE5MDgxNjEwYmM2NTc1YjUwNjEwYmFmNTc2MTBhOGQ2MTA5MGQ1NjViOTE4MjUxNjdmZmZmZmZmZmZmZmZmZmZmODExMTYxMGI4MjU3NjEwYWIyODE2MTBhYWQ4NDU0NjEwNzM5NTY1YjYxMDhhNTU2NWI2MDIwNjAxZjgyMTE2MDAxMTQ2MTBhZTk1NzgyOTM5NDgyOTM5MjYxMGFkZTU3NWI1MDUwNWYxOTgyNjAwMTFiOTI2MDAzMWIxYzE5MTYxNzkwNTU1NjViMDE1MTkwNTA1ZjgwNjEwYWNhNTY1YjgyODA1MjdmMjkwZGVjZDk1NDhiNjJhOGQ2MDM0NWE5ODgzODZmYzg0YmE2YmM5NTQ4NDAwOGY2MzYyZjkzMTYwZWYzZTU2MzkwN2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmUwODMxNjg0NWI4MTgxMTA2MTBiNmE1NzUwOTU4MzYwMDE5NTk2OTcxMDYxMGI1MjU3NWI1MDUwNTA4MTFiMDE5MDU1NTY1YjAxNTE1ZjE5NjBmODg0NjAwMzFiMTYxYzE5MTY5MDU1NWY4MDgwNjEwYjQ4NTY1YjkxOTI2MDIwNjAwMTgxOTI4NjhiMDE1MTgxNTUwMTk0MDE5MjAxNjEwYjMzNTY1YjYwMjQ4MjdmNGU0ODdiNzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDgxNTI2MDQxNjAwNDUyZmQ1YjkwNjEwYmMyNjEwYmJkODI1NDYxMDczOTU2NWI2MTA4NWQ1NjViODA1NTU2NWI2MTBiZDM5MTkzNTA1ZjkwNjEwNzhhNTY1YjVmOTE1ZjYxMGE4MDU2NWI1MDUwOTA1MDU2NWI2MDAyNTQ5MDVmOTE2MGZmODExNjE1NjEwZGIwNTc2MGZmMTkxNjYwMDI1NTYxMGMwMjYwMDE1NDYxMDgwNzU2NWI2MDAxNTU3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY3ZjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAxNjgwM2IxNTYxMDQxYzU3NWY4MDkxNjA2NDYwNDA1MTgwOTQ4MTkzN2Y4MmFkNmYzNTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODM1MjczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjdmMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDE2NjAwNDg0MDE1MjgxNjAyNDg0MDE1MjgxNjA0NDg0MDE1MjVhZjE5MDgxNjEwZDliNTc1YjUwNjEwYmFmNTc2MTBjZDA2MTA5MGQ1NjViOTE4MjUxNjdmZmZmZmZmZmZmZmZmZmZmODExMTYxMGI4MjU3NjEwY2YwODE2MTBhYWQ4NDU0NjEwNzM5NTY1YjYwMjA2MDFmODIxMTYwMDExNDYxMGQxYjU3ODI5Mzk0ODI5MzkyNjEwYWRlNTc1MDUwNWYxOTgyNjAwMTFiOTI2MDAzMWIxYzE5MTYxNzkwNTU1NjViODI4MDUyN2YyOTBkZWNkOTU0OGI2MmE4ZDYwMzQ1YTk4ODM4NmZjODRiYTZiYzk1NDg0MDA4ZjYzNjJmOTMxNjBlZjNlNTYzOTA3ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZTA4MzE2ODQ1YjgxODExMDYxMGQ4MzU3NTA5NTgzNjAwMTk1OTY5NzEwNjEwYjUyNTc1MDUwNTA4MTFiMDE5MDU1NTY1YjkxOTI2MDIwNjAwMTgxOTI4NjhiMDE1MTgxNTUwMTk0MDE5MjAxNjEwZDY1NTY1YjYxMGRhODkxOTM1MDVmOTA2MTA3OGE1NjViNWY5MTVmNjEwY2MzNTY1YjUwOTA1MDU2ZmVhMjY0Njk3MDY2NzM1ODIyMTIyMDk0ZmQxOTAyZTBkOWUxN2E4ZjhjNGU0ZTBjNzg4YzUwN2Y0ZjU1Y2ZhY2Y4NTY2YzIxMWE5ZjQ4ODY3MGZlNDg2NDczNmY2YzYzNDMwMDA4MjUwMDMzJyBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCByZWVudHJhbnRSZXF1ZXN0ZXJEZXBsb3llZFNpemUgPSAzNTYzO1xuXG4vKiogU2l4RGVjaW1hbHNUb2tlbiBmcm9tIGNvbnRyYWN0cy90ZXN0L1NpeERlY2ltYWxzVG9rZW4uc29sICovXG5leHBvcnQgY29uc3Qgc2l4RGVjaW1hbHNUb2tlbkFiaSA9IFtcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm93bmVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInNwZW5kZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYWxsb3dhbmNlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiQXBwcm92ZUZyb21Ob25aZXJvXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwib3duZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic3BlbmRlclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbGxvd2FuY2VcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibmVlZGVkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiSW5zdWZmaWNpZW50QWxsb3dhbmNlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwib3duZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYmFsYW5jZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJuZWVkZWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJJbnN1ZmZpY2llbnRCYWxhbmNlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm93bmVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJzcGVuZGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidmFsdWVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJBcHByb3ZhbFwiLFxuICAgIFwidHlwZVwiOiBcImV2ZW50XCJcbiAgfSxcbiAge1xuICAgIFwiYW5vbnltb3VzXCI6IGZhbHNlLFxuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJmcm9tXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInZhbHVlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiVHJhbnNmZXJcIixcbiAgICBcInR5cGVcIjogXCJldmVudFwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJvd25lclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJzcGVuZGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiYWxsb3dhbmNlXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInNwZW5kZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiYXBwcm92ZVwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYm9vbFwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYm9vbFwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcIm5vbnBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJvd25lclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcImJhbGFuY2VPZlwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJiYWxhbmNlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiZGVjaW1hbHNcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ4XCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50OFwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJtaW50XCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcInRvdGFsU3VwcGx5XCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInRvXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcInRyYW5zZmVyXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJib29sXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJib29sXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcImZyb21cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidG9cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwidHJhbnNmZXJGcm9tXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJib29sXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJib29sXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfVxuXSBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCBzaXhEZWNpbWFsc1Rva2VuQnl0ZWNvZGUgPSAnMHg2MDgwODA2MDQwNTIzNDYwMTU1NzYxMDViMTkwODE2MTAwMWE4MjM5ZjM1YjVmODBmZGZlNjA4MDYwNDA1MjYwMDQzNjEwMTU2MTAwMTE1NzVmODBmZDViNWYzNTYwZTAxYzgwNjMwOTVlYTdiMzE0NjEwMzBhNTc4MDYzMTgxNjBkZGQxNDYxMDJlZTU3ODA2MzIzYjg3MmRkMTQ2MTAxZmE1NzgwNjMzMTNjZTU2NzE0NjEwMWRmNTc4MDYzNDBjMTBmMTkxNDYxMDE1OTU3ODA2MzcwYTA4MjMxMTQ2MTAxMTQ1NzgwNjNhOTA1OWNiYjE0NjEwMGUzNTc2M2RkNjJlZDNlMTQ2MTAwNzE1NzVmODBmZDViMzQ2MTAwZGY1NzYwNDA2MDAzMTkzNjAxMTI2MTAwZGY1NzYxMDA4YTYxMDQxZDU2NWI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MTAwYTc2MTA0NDA1NjViOTExNjVmNTI2MDAyNjAyMDUyNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNjA0MDVmMjA5MTE2NWY1MjYwMjA1MjYwMjA2MDQwNWYyMDU0NjA0MDUxOTA4MTUyZjM1YjVmODBmZDViMzQ2MTAwZGY1NzYwNDA2MDAzMTkzNjAxMTI2MTAwZGY1NzYxMDEwOTYxMDBmZjYxMDQxZDU2NWI2MDI0MzU5MDMzNjEwNGFhNTY1YjYwMjA2MDQwNTE2MDAxODE1MmYzNWIzNDYxMDBkZjU3NjAyMDYwMDMxOTM2MDExMjYxMDBkZjU3NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNjEwMTQyNjEwNDFkNTY1YjE2NWY1MjYwMDE2MDIwNTI2MDIwNjA0MDVmMjA1NDYwNDA1MTkwODE1MmYzNWIzNDYxMDBkZjU3NjA0MDYwMDMxOTM2MDExMjYxMDBkZjU3NjEwMTcyNjEwNDFkNTY1YjVmN2ZkZGYyNTJhZDFiZTJjODliNjljMmIwNjhmYzM3OGRhYTk1MmJhN2YxNjNjNGExMTYyOGY1NWE0ZGY1MjNiM2VmNjAyMDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYwMjQzNTk0NjEwMWJhODY4NjU0NjEwNDlkNTY1Yjg1NTUxNjkzODQ4NDUyNjAwMTgyNTI2MDQwODQyMDYxMDFkNDgyODI1NDYxMDQ5ZDU2NWI5MDU1NjA0MDUxOTA4MTUyYTMwMDViMzQ2MTAwZGY1NzVmNjAwMzE5MzYwMTEyNjEwMGRmNTc2MDIwNjA0MDUxNjAwNjgxNTJmMzViMzQ2MTAwZGY1NzYwNjA2MDAzMTkzNjAxMTI2MTAwZGY1NzYxMDIxMzYxMDQxZDU2NWI2MTAyMWI2MTA0NDA1NjViNjA0NDM1OTA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MzE2OTI4MzVmNTI2MDAyNjAyMDUyNjA0MDVmMjA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYzMzE2NWY1MjYwMjA1MjYwNDA1ZjIwNTQ5MzgzODUxMDYxMDJhYjU3NjEwMjc5ODQ2MTAxMDk5NjYxMDQ2MzU2NWI5MDVmNTI2MDAyNjAyMDUyNjA0MDVmMjA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYzMzE2NWY1MjYwMjA1MjYwNDA1ZjIwNTU2MTA0YWE1NjViNjA4NDkwODQ4NjYwNDA1MTkyN2Y5MWJlZGEyNDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwODQ1MjYwMDQ4NDAxNTIzMzYwMjQ4NDAxNTI2MDQ0ODMwMTUyNjA2NDgyMDE1MmZkNWIzNDYxMDBkZjU3NWY2MDAzMTkzNjAxMTI2MTAwZGY1NzYwMjA1ZjU0NjA0MDUxOTA4MTUyZjM1YjM0NjEwMGRmNTc2MDQwNjAwMzE5MzYwMTEyNjEwMGRmNTc2MTAzMjM2MTA0MWQ1NjViNjAyNDM1OTAzMzVmNTI2MDAyNjAyMDUyNjA0MDVmMjA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MjE2NWY1MjYwMjA1MjYwNDA1ZjIwNTQ4MDE1MTU4MDYxMDQxNDU3NWI2MTAzY2I1NzUwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmOTAzMzVmNTI2MDAyNjAyMDUyNjA0MDVmMjA4MjgyMTY1ZjUyNjAyMDUyODI2MDQwNWYyMDU1NjA0MDUxOTI4MzUyMTY5MDdmOGM1YmUxZTVlYmVjN2Q1YmQxNGY3MTQyN2QxZTg0ZjNkZDAzMTRjMGY3YjIyOTFlNWIyMDBhYzhjN2MzYjkyNTYwMjAzMzkyYTM2MDIwNjA0MDUxNjAwMTgxNTJmMzViNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmODI3ZjVlZWY1YWZiMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyMzM2MDA0NTIxNjYwMjQ1MjYwNDQ1MjYwNjQ1ZmZkNWI1MDgyMTUxNTYxMDM1ZDU2NWI2MDA0MzU5MDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgyMTY4MjAzNjEwMGRmNTc1NjViNjAyNDM1OTA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MjE2ODIwMzYxMDBkZjU3NTY1YjkxOTA4MjAzOTE4MjExNjEwNDcwNTc1NjViN2Y0ZTQ4N2I3MTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMTE2MDA0NTI2MDI0NWZmZDViOTE5MDgyMDE4MDkyMTE2MTA0NzA1NzU2NWI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYxNjkwODE1ZjUyNjAwMTYwMjA1MjYwNDA1ZjIwNTQ4MzgxMTA2MTA1NDc1NzczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjdmZGRmMjUyYWQxYmUyYzg5YjY5YzJiMDY4ZmMzNzhkYWE5NTJiYTdmMTYzYzRhMTE2MjhmNTVhNGRmNTIzYjNlZjkyNjEwNTE4ODY2MDIwOTQ2MTA0NjM1NjViODU1ZjUyNjAwMTg0NTI2MDQwNWYyMDU1MTY5Mzg0NWY1MjYwMDE4MjUyNjA0MDVmMjA2MTA1M2M4MjgyNTQ2MTA0OWQ1NjViOTA1NTYwNDA1MTkwODE1MmEzNTY1YjkxOTA1MDdmZGI0MjE0NGQwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDA0NTI2MDI0NTI2MDQ0NTI2MDY0NWZmZGZlYTI2NDY5NzA2NjczNTgyMjEyMjBlYjczZDBjNDRkOWE1NjE3MDFjMzgyYjg3NTgyNGYxNzhkZWNkMDEzMmFjYTRjZWM3MzZhM2I0MjljNjBlNzJkNjQ3MzZmNmM2MzQzMDAwODI1MDAzMycgYXMgY29uc3Q7XG5leHBvcnQgY29uc3Qgc2l4RGVjaW1hbHNUb2tlbkRlcGxveWVkU2l6ZSA9IDE0NTc7XG5cbi8qKiBUZXN0VG9rZW4gZnJvbSBjb250cmFjdHMvdGVzdC9UZXN0VG9rZW4uc29sICovXG5leHBvcnQgY29uc3QgdGVzdFRva2VuQWJpID0gW1xuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInN0cmluZ1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJuYW1lX1wiLFxuICAgICAgICBcInR5cGVcIjogXCJzdHJpbmdcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJzdHJpbmdcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic3ltYm9sX1wiLFxuICAgICAgICBcInR5cGVcIjogXCJzdHJpbmdcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiY29uc3RydWN0b3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwib3duZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwic3BlbmRlclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbGxvd2FuY2VcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwibmVlZGVkXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiSW5zdWZmaWNpZW50QWxsb3dhbmNlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwib3duZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYmFsYW5jZVwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJuZWVkZWRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJJbnN1ZmZpY2llbnRCYWxhbmNlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZXJyb3JcIlxuICB9LFxuICB7XG4gICAgXCJhbm9ueW1vdXNcIjogZmFsc2UsXG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImluZGV4ZWRcIjogdHJ1ZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIm93bmVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJzcGVuZGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IGZhbHNlLFxuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidmFsdWVcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJBcHByb3ZhbFwiLFxuICAgIFwidHlwZVwiOiBcImV2ZW50XCJcbiAgfSxcbiAge1xuICAgIFwiYW5vbnltb3VzXCI6IGZhbHNlLFxuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJmcm9tXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbmRleGVkXCI6IHRydWUsXG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW5kZXhlZFwiOiBmYWxzZSxcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcInZhbHVlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiVHJhbnNmZXJcIixcbiAgICBcInR5cGVcIjogXCJldmVudFwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJvd25lclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJzcGVuZGVyXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImFkZHJlc3NcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiYWxsb3dhbmNlXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzXCIsXG4gICAgICAgIFwibmFtZVwiOiBcInNwZW5kZXJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwiYXBwcm92ZVwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYm9vbFwiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYm9vbFwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcIm5vbnBheWFibGVcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJvd25lclwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcImJhbGFuY2VPZlwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJiYWxhbmNlXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwiZGVjaW1hbHNcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQ4XCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50OFwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcInN0YXRlTXV0YWJpbGl0eVwiOiBcInZpZXdcIixcbiAgICBcInR5cGVcIjogXCJmdW5jdGlvblwiXG4gIH0sXG4gIHtcbiAgICBcImlucHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJtaW50XCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJhZGRyZXNzW11cIixcbiAgICAgICAgXCJuYW1lXCI6IFwicmVjaXBpZW50c1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzW11cIlxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgXCJpbnRlcm5hbFR5cGVcIjogXCJ1aW50MjU2XCIsXG4gICAgICAgIFwibmFtZVwiOiBcImFtb3VudFwiLFxuICAgICAgICBcInR5cGVcIjogXCJ1aW50MjU2XCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwibmFtZVwiOiBcIm1pbnRFYWNoXCIsXG4gICAgXCJvdXRwdXRzXCI6IFtdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwibm9ucGF5YWJsZVwiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcIm5hbWVcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInN0cmluZ1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwic3RyaW5nXCJcbiAgICAgIH1cbiAgICBdLFxuICAgIFwic3RhdGVNdXRhYmlsaXR5XCI6IFwidmlld1wiLFxuICAgIFwidHlwZVwiOiBcImZ1bmN0aW9uXCJcbiAgfSxcbiAge1xuICAgIFwiaW5wdXRzXCI6IFtdLFxuICAgIFwibmFtZVwiOiBcInN5bWJvbFwiLFxuICAgIFwib3V0cHV0c1wiOiBbXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwic3RyaW5nXCIsXG4gICAgICAgIFwibmFtZVwiOiBcIlwiLFxuICAgICAgICBcInR5cGVcIjogXCJzdHJpbmdcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW10sXG4gICAgXCJuYW1lXCI6IFwidG90YWxTdXBwbHlcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJ2aWV3XCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwidG9cIixcbiAgICAgICAgXCJ0eXBlXCI6IFwiYWRkcmVzc1wiXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcInVpbnQyNTZcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiYW1vdW50XCIsXG4gICAgICAgIFwidHlwZVwiOiBcInVpbnQyNTZcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJuYW1lXCI6IFwidHJhbnNmZXJcIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJvb2xcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJvb2xcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9LFxuICB7XG4gICAgXCJpbnB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImFkZHJlc3NcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiZnJvbVwiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwiYWRkcmVzc1wiLFxuICAgICAgICBcIm5hbWVcIjogXCJ0b1wiLFxuICAgICAgICBcInR5cGVcIjogXCJhZGRyZXNzXCJcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIFwiaW50ZXJuYWxUeXBlXCI6IFwidWludDI1NlwiLFxuICAgICAgICBcIm5hbWVcIjogXCJhbW91bnRcIixcbiAgICAgICAgXCJ0eXBlXCI6IFwidWludDI1NlwiXG4gICAgICB9XG4gICAgXSxcbiAgICBcIm5hbWVcIjogXCJ0cmFuc2ZlckZyb21cIixcbiAgICBcIm91dHB1dHNcIjogW1xuICAgICAge1xuICAgICAgICBcImludGVybmFsVHlwZVwiOiBcImJvb2xcIixcbiAgICAgICAgXCJuYW1lXCI6IFwiXCIsXG4gICAgICAgIFwidHlwZVwiOiBcImJvb2xcIlxuICAgICAgfVxuICAgIF0sXG4gICAgXCJzdGF0ZU11dGFiaWxpdHlcIjogXCJub25wYXlhYmxlXCIsXG4gICAgXCJ0eXBlXCI6IFwiZnVuY3Rpb25cIlxuICB9XG5dIGFzIGNvbnN0O1xuZXhwb3J0IGNvbnN0IHRlc3RUb2tlbkJ5dGVjb2RlID0gJzB4NjA4MDYwNDA1MjM0NjEwMzIxNTc2MTBkMDI4MDM4MDM4MDYxMDAxOTgxNjEwMzI1NTY1YjkyODMzOTgxMDE5MDYwNDA4MTgzMDMxMjYxMDMyMTU3ODA1MTYwMDE2MDAxNjA0MDFiMDM4MTExNjEwMzIxNTc4MjYxMDA0NTkxODMwMTYxMDM0YTU2NWI2MDIwODIwMTUxOTA5MjkwNjAwMTYwMDE2MDQwMWIwMzgxMTE2MTAzMjE1NzYxMDA2NTkyMDE2MTAzNGE1NjViODE1MTYwMDE2MDAxNjA0MDFiMDM4MTExNjEwMjJjNTc1ZjU0NjAwMTgxODExYzkxMTY4MDE1NjEwMzE3NTc1YjYwMjA4MjEwMTQ2MTAyMGU1NzYwMWY4MTExNjEwMmFhNTc1YjUwNjAyMDkyNjAxZjgyMTE2MDAxMTQ2MTAyNGI1NzkyODE5MjkzNWY5MjYxMDI0MDU3NWI1MDUwODE2MDAxMWI5MTVmMTk5MDYwMDMxYjFjMTkxNjE3NWY1NTViODA1MTYwMDE2MDAxNjA0MDFiMDM4MTExNjEwMjJjNTc2MDAxNTQ2MDAxODE4MTFjOTExNjgwMTU2MTAyMjI1NzViNjAyMDgyMTAxNDYxMDIwZTU3NjAxZjgxMTE2MTAxYTA1NzViNTA2MDIwOTE2MDFmODIxMTYwMDExNDYxMDE0MDU3OTE4MTkyNWY5MjYxMDEzNTU3NWI1MDUwODE2MDAxMWI5MTVmMTk5MDYwMDMxYjFjMTkxNjE3NjAwMTU1NWI2MDQwNTE2MTA5NjY5MDgxNjEwMzljODIzOWYzNWIwMTUxOTA1MDVmODA2MTAxMTE1NjViNjAxZjE5ODIxNjkyNjAwMTVmNTI4MDVmMjA5MTVmNWI4NTgxMTA2MTAxODg1NzUwODM2MDAxOTUxMDYxMDE3MDU3NWI1MDUwNTA4MTFiMDE2MDAxNTU2MTAxMjY1NjViMDE1MTVmMTk2MGY4ODQ2MDAzMWIxNjFjMTkxNjkwNTU1ZjgwODA2MTAxNjI1NjViOTE5MjYwMjA2MDAxODE5Mjg2ODUwMTUxODE1NTAxOTQwMTkyMDE2MTAxNTA1NjViODE4MTExMTU2MTAwZjg1NzYwMDE1ZjUyNjAxZjgyMDE2MDA1MWM3ZmIxMGUyZDUyNzYxMjA3M2IyNmVlY2RmZDcxN2U2YTMyMGNmNDRiNGFmYWMyYjA3MzJkOWZjYmUyYjdmYTBjZjY2MDIwODQxMDYxMDIwNjU3NWI4MTYwMWY5MTAxOTIwMTYwMDUxYzAzOTA1ZjViODI4MTEwNjEwMWY5NTc1MDUwNjEwMGY4NTY1YjVmODI4MjAxNTU2MDAxMDE2MTAxZWI1NjViNWY5MTUwNjEwMWRkNTY1YjYzNGU0ODdiNzE2MGUwMWI1ZjUyNjAyMjYwMDQ1MjYwMjQ1ZmZkNWI5MDYwN2YxNjkwNjEwMGU2NTY1YjYzNGU0ODdiNzE2MGUwMWI1ZjUyNjA0MTYwMDQ1MjYwMjQ1ZmZkNWIwMTUxOTA1MDVmODA2MTAwYjE1NjViNjAxZjE5ODIxNjkzNWY4MDUyODA1ZjIwOTE1ZjViODY4MTEwNjEwMjkyNTc1MDgzNjAwMTk1OTYxMDYxMDI3YTU3NWI1MDUwNTA4MTFiMDE1ZjU1NjEwMGM1NTY1YjAxNTE1ZjE5NjBmODg0NjAwMzFiMTYxYzE5MTY5MDU1NWY4MDgwNjEwMjZkNTY1YjkxOTI2MDIwNjAwMTgxOTI4Njg1MDE1MTgxNTUwMTk0MDE5MjAxNjEwMjVhNTY1YjgxODExMTE1NjEwMDk3NTc1ZjgwNTI2MDFmODIwMTYwMDUxYzdmMjkwZGVjZDk1NDhiNjJhOGQ2MDM0NWE5ODgzODZmYzg0YmE2YmM5NTQ4NDAwOGY2MzYyZjkzMTYwZWYzZTU2MzYwMjA4NDEwNjEwMzBmNTc1YjgxNjAxZjkxMDE5MjAxNjAwNTFjMDM5MDVmNWI4MjgxMTA2MTAzMDI1NzUwNTA2MTAwOTc1NjViNWY4MjgyMDE1NTYwMDEwMTYxMDJmNDU2NWI1ZjkxNTA2MTAyZTY1NjViOTA2MDdmMTY5MDYxMDA4NTU2NWI1ZjgwZmQ1YjYwNDA1MTkxOTA2MDFmMDE2MDFmMTkxNjgyMDE2MDAxNjAwMTYwNDAxYjAzODExMTgzODIxMDE3NjEwMjJjNTc2MDQwNTI1NjViODE2MDFmODIwMTEyMTU2MTAzMjE1NzgwNTE5MDYwMDE2MDAxNjA0MDFiMDM4MjExNjEwMjJjNTc2MTAzNzk2MDFmODMwMTYwMWYxOTE2NjAyMDAxNjEwMzI1NTY1YjkyODI4NDUyNjAyMDgzODMwMTAxMTE2MTAzMjE1NzgxNWY5MjYwMjA4MDkzMDE4Mzg2MDE1ZTgzMDEwMTUyOTA1NmZlNjA4MDYwNDA1MjYwMDQzNjEwMTU2MTAwMTE1NzVmODBmZDViNWYzNTYwZTAxYzgwNjMwNmZkZGUwMzE0NjEwNjcxNTc4MDYzMDk1ZWE3YjMxNDYxMDVlYzU3ODA2MzE4MTYwZGRkMTQ2MTA1Y2Y1NzgwNjMyM2I4NzJkZDE0NjEwNGE3NTc4MDYzMzEzY2U1NjcxNDYxMDQ4YzU3ODA2MzQwYzEwZjE5MTQ2MTA0MDQ1NzgwNjM3MGEwODIzMTE0NjEwM2JmNTc4MDYzOTVkODliNDExNDYxMDI0MjU3ODA2M2E5MDU5Y2JiMTQ2MTAyMTE1NzgwNjNkYjgwN2UyNjE0NjEwMTA0NTc2M2RkNjJlZDNlMTQ2MTAwOTI1NzVmODBmZDViMzQ2MTAxMDA1NzYwNDA2MDAzMTkzNjAxMTI2MTAxMDA1NzYxMDBhYjYxMDc3NDU2NWI3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MTAwYzg2MTA3OTc1NjViOTExNjVmNTI2MDA0NjAyMDUyNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNjA0MDVmMjA5MTE2NWY1MjYwMjA1MjYwMjA2MDQwNWYyMDU0NjA0MDUxOTA4MTUyZjM1YjVmODBmZDViMzQ2MTAxMDA1NzYwNDA2MDAzMTkzNjAxMTI2MTAxMDA1NzYwMDQzNTY3ZmZmZmZmZmZmZmZmZmZmZjgxMTE2MTAxMDA1NzM2NjAyMzgyMDExMjE1NjEwMTAwNTc4MDYwMDQwMTM1OTA2N2ZmZmZmZmZmZmZmZmZmZmY4MjExNjEwMTAwNTc2MDI0ODEwMTkwNjAyNDM2OTE4NDYwMDUxYjAxMDExMTYxMDEwMDU3NjAyNDM1NWY1YjgzODExMDYxMDE2OTU3MDA1YjYwMDE5MDYxMDE3ODgzNjAwMjU0NjEwN2JhNTY1YjYwMDI1NTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYxMDFhMzYxMDE5ZTgzODg4ODYxMDdmNDU2NWI2MTA4MzE1NjViMTY1ZjUyNjAwMzYwMjA1MjYwNDA1ZjIwNjEwMWJhODQ4MjU0NjEwN2JhNTY1YjkwNTU3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MTAxZGY2MTAxOWU4Mzg4ODg2MTA3ZjQ1NjViMTY1ZjdmZGRmMjUyYWQxYmUyYzg5YjY5YzJiMDY4ZmMzNzhkYWE5NTJiYTdmMTYzYzRhMTE2MjhmNTVhNGRmNTIzYjNlZjYwMjA2MDQwNTE4NzgxNTJhMzAxNjEwMTYwNTY1YjM0NjEwMTAwNTc2MDQwNjAwMzE5MzYwMTEyNjEwMTAwNTc2MTAyMzc2MTAyMmQ2MTA3NzQ1NjViNjAyNDM1OTAzMzYxMDg1ZjU2NWI2MDIwNjA0MDUxNjAwMTgxNTJmMzViMzQ2MTAxMDA1NzVmNjAwMzE5MzYwMTEyNjEwMTAwNTc2MDQwNTE1ZjYwMDE1NDkwODE2MDAxMWM2MDAxODMxNjkyODMxNTYxMDNiNTU3NWI2MDIwODIxMDg0MTQ2MTAzODg1NzgxODU1Mjg0OTM5MDgxMTU2MTAzNDY1NzUwNjAwMTE0NjEwMmVhNTc1YjUwMDM2MDFmMDE2MDFmMTkxNjgxMDE5MDY3ZmZmZmZmZmZmZmZmZmZmZjgyMTE4MTgzMTAxNzYxMDJiZDU3NjA0MDgyOTA1MjgxOTA2MTAyYjk5MDgyNjEwNzRhNTY1YjAzOTBmMzViN2Y0ZTQ4N2I3MTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwNDE2MDA0NTI2MDI0NWZmZDViNjAwMTVmOTA4MTUyOTE1MDdmYjEwZTJkNTI3NjEyMDczYjI2ZWVjZGZkNzE3ZTZhMzIwY2Y0NGI0YWZhYzJiMDczMmQ5ZmNiZTJiN2ZhMGNmNjViODE4MzEwNjEwMzJhNTc1MDUwODEwMTYwMjAwMTYwMWYxOTYxMDI4OTU2NWI2MDIwOTE5MzUwODA2MDAxOTE1NDgzODU4ODAxMDE1MjAxOTEwMTkwOTE4MzkyNjEwMzE0NTY1YjdmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmYwMDE2NjAyMDg1ODEwMTkxOTA5MTUyOTExNTE1NjAwNTFiODQwMTkwOTEwMTkxNTA2MDFmMTk5MDUwNjEwMjg5NTY1YjdmNGU0ODdiNzEwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDVmNTI2MDIyNjAwNDUyNjAyNDVmZmQ1YjkwNjA3ZjE2OTA2MTAyNmE1NjViMzQ2MTAxMDA1NzYwMjA2MDAzMTkzNjAxMTI2MTAxMDA1NzczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjYxMDNlZDYxMDc3NDU2NWIxNjVmNTI2MDAzNjAyMDUyNjAyMDYwNDA1ZjIwNTQ2MDQwNTE5MDgxNTJmMzViMzQ2MTAxMDA1NzYwNDA2MDAzMTkzNjAxMTI2MTAxMDA1NzYxMDQxZDYxMDc3NDU2NWI1ZjdmZGRmMjUyYWQxYmUyYzg5YjY5YzJiMDY4ZmMzNzhkYWE5NTJiYTdmMTYzYzRhMTE2MjhmNTVhNGRmNTIzYjNlZjYwMjA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY2MDI0MzU5NDYxMDQ2Njg2NjAwMjU0NjEwN2JhNTY1YjYwMDI1NTE2OTM4NDg0NTI2MDAzODI1MjYwNDA4NDIwNjEwNDgxODI4MjU0NjEwN2JhNTY1YjkwNTU2MDQwNTE5MDgxNTJhMzAwNWIzNDYxMDEwMDU3NWY2MDAzMTkzNjAxMTI2MTAxMDA1NzYwMjA2MDQwNTE2MDEyODE1MmYzNWIzNDYxMDEwMDU3NjA2MDYwMDMxOTM2MDExMjYxMDEwMDU3NjEwNGMwNjEwNzc0NTY1YjYxMDRjODYxMDc5NzU2NWI2MDQ0MzU5MDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgzMTY5MjgzNWY1MjYwMDQ2MDIwNTI2MDQwNWYyMDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjMzMTY1ZjUyNjAyMDUyNjA0MDVmMjA1NDkzODM4NTEwNjEwNThjNTc4NDg0N2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNjEwMjM3OTcwMzYxMDU0ZTU3NWI1MDUwNTA2MTA4NWY1NjViNjEwNTU3OTE2MTA4NTI1NjViOTA1ZjUyNjAwNDYwMjA1MjYwNDA1ZjIwNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmMzMxNjVmNTI2MDIwNTI2MDQwNWYyMDU1ODQ4MDg0NjEwNTQ2NTY1YjYwODQ5MDg0ODY2MDQwNTE5MjdmOTFiZWRhMjQwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDg0NTI2MDA0ODQwMTUyMzM2MDI0ODQwMTUyNjA0NDgzMDE1MjYwNjQ4MjAxNTJmZDViMzQ2MTAxMDA1NzVmNjAwMzE5MzYwMTEyNjEwMTAwNTc2MDIwNjAwMjU0NjA0MDUxOTA4MTUyZjM1YjM0NjEwMTAwNTc2MDQwNjAwMzE5MzYwMTEyNjEwMTAwNTc2MTA2MDU2MTA3NzQ1NjViNzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmNjAyNDM1OTEzMzVmNTI2MDA0NjAyMDUyNjA0MDVmMjA4MjgyMTY1ZjUyNjAyMDUyODI2MDQwNWYyMDU1NjA0MDUxOTI4MzUyMTY5MDdmOGM1YmUxZTVlYmVjN2Q1YmQxNGY3MTQyN2QxZTg0ZjNkZDAzMTRjMGY3YjIyOTFlNWIyMDBhYzhjN2MzYjkyNTYwMjAzMzkyYTM2MDIwNjA0MDUxNjAwMTgxNTJmMzViMzQ2MTAxMDA1NzVmNjAwMzE5MzYwMTEyNjEwMTAwNTc2MDQwNTE1ZjVmNTQ5MDgxNjAwMTFjNjAwMTgzMTY5MjgzMTU2MTA3NDA1NzViNjAyMDgyMTA4NDE0NjEwMzg4NTc4MTg1NTI4NDkzOTA4MTE1NjEwMzQ2NTc1MDYwMDExNDYxMDZlNjU3NTAwMzYwMWYwMTYwMWYxOTE2ODEwMTkwNjdmZmZmZmZmZmZmZmZmZmZmODIxMTgxODMxMDE3NjEwMmJkNTc2MDQwODI5MDUyODE5MDYxMDJiOTkwODI2MTA3NGE1NjViNWY4MDgwNTI5MTUwN2YyOTBkZWNkOTU0OGI2MmE4ZDYwMzQ1YTk4ODM4NmZjODRiYTZiYzk1NDg0MDA4ZjYzNjJmOTMxNjBlZjNlNTYzNWI4MTgzMTA2MTA3MjQ1NzUwNTA4MTAxNjAyMDAxNjAxZjE5NjEwMjg5NTY1YjYwMjA5MTkzNTA4MDYwMDE5MTU0ODM4NTg4MDEwMTUyMDE5MTAxOTA5MTgzOTI2MTA3MGU1NjViOTA2MDdmMTY5MDYxMDY5ODU2NWI2MDFmMTk2MDFmNjAyMDYwNDA5NDgxODU1MjgwNTE5MTgyOTE4MjgyODgwMTUyMDE4Njg2MDE1ZTVmODU4Mjg2MDEwMTUyMDExNjAxMDE5MDU2NWI2MDA0MzU5MDczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgyMTY4MjAzNjEwMTAwNTc1NjViNjAyNDM1OTA3M2ZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmY4MjE2ODIwMzYxMDEwMDU3NTY1YjkxOTA4MjAxODA5MjExNjEwN2M3NTc1NjViN2Y0ZTQ4N2I3MTAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMTE2MDA0NTI2MDI0NWZmZDViOTE5MDgxMTAxNTYxMDgwNDU3NjAwNTFiMDE5MDU2NWI3ZjRlNDg3YjcxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA1ZjUyNjAzMjYwMDQ1MjYwMjQ1ZmZkNWIzNTczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjgxMTY4MTAzNjEwMTAwNTc5MDU2NWI5MTkwODIwMzkxODIxMTYxMDdjNzU3NTY1YjczZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZjE2OTA4MTVmNTI2MDAzNjAyMDUyNjA0MDVmMjA1NDgzODExMDYxMDhmYzU3NzNmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmZmN2ZkZGYyNTJhZDFiZTJjODliNjljMmIwNjhmYzM3OGRhYTk1MmJhN2YxNjNjNGExMTYyOGY1NWE0ZGY1MjNiM2VmOTI2MTA4Y2Q4NjYwMjA5NDYxMDg1MjU2NWI4NTVmNTI2MDAzODQ1MjYwNDA1ZjIwNTUxNjkzODQ1ZjUyNjAwMzgyNTI2MDQwNWYyMDYxMDhmMTgyODI1NDYxMDdiYTU2NWI5MDU1NjA0MDUxOTA4MTUyYTM1NjViOTE5MDUwN2ZkYjQyMTQ0ZDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwNWY1MjYwMDQ1MjYwMjQ1MjYwNDQ1MjYwNjQ1ZmZkZmVhMjY0Njk3MDY2NzM1ODIyMTIyMDJkZjM2YmYwOTYwOWRjMTgwZjExMTdlZDQ1NGJlNGQwN2I3Njc4MzMxYWNiMmEzNTBiZTVhYjFjZTMxYmY5OWE2NDczNmY2YzYzNDMwMDA4MjUwMDMzJyBhcyBjb25zdDtcbmV4cG9ydCBjb25zdCB0ZXN0VG9rZW5EZXBsb3llZFNpemUgPSAyNDA2O1xuIl0sCiAgIm1hcHBpbmdzIjogIkFBR08sTUFBTSxjQUFjO0FBR3BCLE1BQU0sb0JBQW9CO0FBQUEsRUFDL0I7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsYUFBYTtBQUFBLElBQ2IsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsYUFBYTtBQUFBLElBQ2IsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsYUFBYTtBQUFBLElBQ2IsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXLENBQUM7QUFBQSxJQUNaLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVcsQ0FBQztBQUFBLElBQ1osbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVcsQ0FBQztBQUFBLElBQ1osbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVcsQ0FBQztBQUFBLElBQ1osbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFDRjtBQUNPLE1BQU0seUJBQXlCO0FBQy9CLE1BQU0sNkJBQTZCO0FBR25DLE1BQU0saUJBQWlCO0FBQUEsRUFDNUI7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsYUFBYTtBQUFBLElBQ2IsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLGFBQWE7QUFBQSxJQUNiLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXLENBQUM7QUFBQSxJQUNaLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVcsQ0FBQztBQUFBLElBQ1osbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXLENBQUM7QUFBQSxJQUNaLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQ0Y7QUFDTyxNQUFNLHNCQUFzQjtBQUM1QixNQUFNLDBCQUEwQjtBQUdoQyxNQUFNLG9CQUFvQjtBQUFBLEVBQy9CO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsYUFBYTtBQUFBLElBQ2IsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsYUFBYTtBQUFBLElBQ2IsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLGFBQWE7QUFBQSxJQUNiLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsYUFBYTtBQUFBLElBQ2IsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXLENBQUM7QUFBQSxJQUNaLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVcsQ0FBQztBQUFBLElBQ1osbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVcsQ0FBQztBQUFBLElBQ1osbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXLENBQUM7QUFBQSxJQUNaLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGNBQWM7QUFBQSxVQUNaO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsVUFDQTtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxVQUNBO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsVUFDQTtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxVQUNBO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsVUFDQTtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxVQUNBO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsVUFDQTtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxRQUNGO0FBQUEsUUFDQSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGNBQWM7QUFBQSxVQUNaO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsVUFDQTtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxVQUNBO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsVUFDQTtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxVQUNBO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsVUFDQTtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxRQUNGO0FBQUEsUUFDQSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVcsQ0FBQztBQUFBLElBQ1osbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXLENBQUM7QUFBQSxJQUNaLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsY0FBYztBQUFBLFVBQ1o7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsVUFDQTtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxVQUNBO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsVUFDQTtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxVQUNBO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsVUFDQTtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxVQUNBO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFFBQ0Y7QUFBQSxRQUNBLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxjQUFjO0FBQUEsVUFDWjtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxVQUNBO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsVUFDQTtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxVQUNBO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsVUFDQTtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxVQUNBO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsUUFDRjtBQUFBLFFBQ0EsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVcsQ0FBQztBQUFBLElBQ1osbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxjQUFjO0FBQUEsVUFDWjtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxVQUNBO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsVUFDQTtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxVQUNBO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsVUFDQTtBQUFBLFlBQ0UsZ0JBQWdCO0FBQUEsWUFDaEIsUUFBUTtBQUFBLFlBQ1IsUUFBUTtBQUFBLFVBQ1Y7QUFBQSxVQUNBO0FBQUEsWUFDRSxnQkFBZ0I7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixRQUFRO0FBQUEsVUFDVjtBQUFBLFVBQ0E7QUFBQSxZQUNFLGdCQUFnQjtBQUFBLFlBQ2hCLFFBQVE7QUFBQSxZQUNSLFFBQVE7QUFBQSxVQUNWO0FBQUEsUUFDRjtBQUFBLFFBQ0EsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVcsQ0FBQztBQUFBLElBQ1osbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUNGO0FBQ08sTUFBTSx5QkFBeUI7QUFDL0IsTUFBTSw2QkFBNkI7QUFHbkMsTUFBTSxjQUFjO0FBQUEsRUFDekI7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLGFBQWE7QUFBQSxJQUNiLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLGFBQWE7QUFBQSxJQUNiLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFDRjtBQUNPLE1BQU0sbUJBQW1CO0FBQ3pCLE1BQU0sdUJBQXVCO0FBRzdCLE1BQU0sZUFBZTtBQUFBLEVBQzFCO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFDRjtBQUNPLE1BQU0sb0JBQW9CO0FBQzFCLE1BQU0sd0JBQXdCO0FBRzlCLE1BQU0saUJBQWlCO0FBQUEsRUFDNUI7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLGFBQWE7QUFBQSxJQUNiLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLGFBQWE7QUFBQSxJQUNiLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXLENBQUM7QUFBQSxJQUNaLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXLENBQUM7QUFBQSxJQUNaLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUNGO0FBQ08sTUFBTSxzQkFBc0I7QUFDNUIsTUFBTSwwQkFBMEI7QUFHaEMsTUFBTSxpQkFBaUI7QUFBQSxFQUM1QjtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFDRjtBQUNPLE1BQU0sc0JBQXNCO0FBQzVCLE1BQU0sMEJBQTBCO0FBR2hDLE1BQU0sd0JBQXdCO0FBQUEsRUFDbkM7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXLENBQUM7QUFBQSxJQUNaLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXLENBQUM7QUFBQSxJQUNaLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQ0Y7QUFDTyxNQUFNLDZCQUE2QjtBQUNuQyxNQUFNLGlDQUFpQztBQUd2QyxNQUFNLHNCQUFzQjtBQUFBLEVBQ2pDO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLGFBQWE7QUFBQSxJQUNiLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLGFBQWE7QUFBQSxJQUNiLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXLENBQUM7QUFBQSxJQUNaLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFDRjtBQUNPLE1BQU0sMkJBQTJCO0FBQ2pDLE1BQU0sK0JBQStCO0FBR3JDLE1BQU0sZUFBZTtBQUFBLEVBQzFCO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxhQUFhO0FBQUEsSUFDYixVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsV0FBVztBQUFBLFFBQ1gsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxXQUFXO0FBQUEsUUFDWCxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLFdBQVc7QUFBQSxRQUNYLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVTtBQUFBLE1BQ1I7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsTUFDQTtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVyxDQUFDO0FBQUEsSUFDWixtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVUsQ0FBQztBQUFBLElBQ1gsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVLENBQUM7QUFBQSxJQUNYLFFBQVE7QUFBQSxJQUNSLFdBQVc7QUFBQSxNQUNUO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLElBQ0Y7QUFBQSxJQUNBLG1CQUFtQjtBQUFBLElBQ25CLFFBQVE7QUFBQSxFQUNWO0FBQUEsRUFDQTtBQUFBLElBQ0UsVUFBVSxDQUFDO0FBQUEsSUFDWCxRQUFRO0FBQUEsSUFDUixXQUFXO0FBQUEsTUFDVDtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxtQkFBbUI7QUFBQSxJQUNuQixRQUFRO0FBQUEsRUFDVjtBQUFBLEVBQ0E7QUFBQSxJQUNFLFVBQVU7QUFBQSxNQUNSO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFBQSxFQUNBO0FBQUEsSUFDRSxVQUFVO0FBQUEsTUFDUjtBQUFBLFFBQ0UsZ0JBQWdCO0FBQUEsUUFDaEIsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLE1BQ1Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxnQkFBZ0I7QUFBQSxRQUNoQixRQUFRO0FBQUEsUUFDUixRQUFRO0FBQUEsTUFDVjtBQUFBLE1BQ0E7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsUUFBUTtBQUFBLElBQ1IsV0FBVztBQUFBLE1BQ1Q7QUFBQSxRQUNFLGdCQUFnQjtBQUFBLFFBQ2hCLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxNQUNWO0FBQUEsSUFDRjtBQUFBLElBQ0EsbUJBQW1CO0FBQUEsSUFDbkIsUUFBUTtBQUFBLEVBQ1Y7QUFDRjtBQUNPLE1BQU0sb0JBQW9CO0FBQzFCLE1BQU0sd0JBQXdCOyIsCiAgIm5hbWVzIjogW10KfQo=
