// Loaded into each measured process with --import: on exit, writes the process's peak
// memory and CPU time (all threads) to the file the benchmark names. Nothing else.
import { writeFileSync } from 'node:fs';

const target = process.env.GESPREKSKIT_BENCH_RSS;
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRSS: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
