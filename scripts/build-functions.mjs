console.log("build-functions: not yet")
