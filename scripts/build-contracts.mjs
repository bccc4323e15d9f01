console.log("build-contracts: not yet")
