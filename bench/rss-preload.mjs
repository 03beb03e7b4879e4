// Loaded into each measured process with --import: on exit, writes the process's peak
// memory (all threads) to the file the benchmark names. Nothing else.
import { writeFileSync } from 'node:fs';

const target = process.env.GESPREKSKIT_BENCH_RSS;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
