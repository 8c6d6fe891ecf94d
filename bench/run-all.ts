/**
 * `npm run bench`: every benchmark in sequence, each printing its figures beside its target.
 * Benchmarks are separate processes so one's memory does not colour another's.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const benches = ['matching.ts'];

let failed = 0;
for (const file of benches) {
  process.stdout.write(`\n##### ${file}\n`);
  const res = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, file), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (res.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
