// Preloaded with `node --require`: prints the time from here (Node has started, no user code
// has run yet) to the process's exit, so a start-up benchmark measures the bundle alone.
const started = performance.now();
process.on('exit', () => process.stderr.write(`\nload-ms ${performance.now() - started}\n`));
