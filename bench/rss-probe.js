// Preloaded into a benchmarked child process (`node -r`): prints its peak resident set size on exit.
process.on('exit', () => process.stderr.write(`\nmaxrss-kb ${process.resourceUsage().maxRSS}\n`));
