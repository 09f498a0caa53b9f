// Preloaded into each mock server (`node --require`): the parent holds the write end of
// this process's stdin, so end-of-file means the parent is gone, even after a SIGKILL
// that gave it no chance to clean up. The mock then exits instead of holding its port.
process.stdin.on('end', () => process.exit(0))
process.stdin.on('error', () => process.exit(0))
process.stdin.resume()
