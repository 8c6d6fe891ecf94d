/**
 * `npm run bench`: every benchmark in sequence, each printing its figures beside its target.
 *
 *   npm run bench [-- <names…>] [-- --tsx] [-- <flags passed to each benchmark>]
 *   npm run bench:<name>        one benchmark (matching, suggest, http, fanout, reminders, digest)
 *
 * The code is first compiled with tsc (tsconfig.bench.json → dist/bench/), because production runs compiled
 * JavaScript (`npm start`) and tsx's on-the-fly transform is measurably slower in hot loops (it wraps every
 * closure to keep its name). `--tsx` skips the compile and runs the TypeScript directly (quicker to iterate).
 * Benchmarks are separate processes so one's memory does not colour another's. The exit code is non-zero
 * when a benchmark failed or missed a target.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { dropStaleBenchDatabases } from './lib/env';

/** Ordered so the long, limit-bound fan-out comes last. */
const ALL = ['matching', 'suggest', 'digest', 'http', 'reminders', 'fanout'];
const BUDGET_MS = 15 * 60_000;

async function main(argv: string[]): Promise<void> {
  const started = Date.now();
  const names = argv.filter((a) => ALL.includes(a));
  const useTsx = argv.includes('--tsx');
  const rest = argv.filter((a) => !ALL.includes(a) && a !== '--tsx');
  const selected = names.length ? names : ALL;
  const root = path.resolve(__dirname, '..');

  const stale = await dropStaleBenchDatabases();
  if (stale.length) console.log(`dropped ${stale.length} benchmark database(s) left by an interrupted run`);

  let runner: { exec: string[]; dir: string; ext: string };
  if (useTsx) {
    runner = { exec: ['--import', 'tsx'], dir: path.join(root, 'bench'), ext: '.ts' };
  } else {
    const t0 = Date.now();
    const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.bench.json')], { stdio: 'inherit' });
    if (tsc.status !== 0) throw new Error('tsc failed; fix the type errors (or run with --tsx)');
    console.log(`compiled src/ and bench/ with tsc into dist/bench/ in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    runner = { exec: ['--enable-source-maps'], dir: path.join(root, 'dist/bench/bench'), ext: '.js' };
  }

  const results: { name: string; ok: boolean; ms: number }[] = [];
  for (const name of selected) {
    const file = path.join(runner.dir, `${name}${runner.ext}`);
    if (!existsSync(file)) throw new Error(`no benchmark ${file}`);
    process.stdout.write(`\n##### bench:${name}\n`);
    const t0 = Date.now();
    const res = spawnSync(process.execPath, [...runner.exec, file, ...rest], { stdio: 'inherit' });
    results.push({ name, ok: res.status === 0, ms: Date.now() - t0 });
  }

  const total = Date.now() - started;
  console.log('\n##### summary');
  for (const r of results) console.log(`  bench:${r.name.padEnd(10)} ${(r.ms / 1000).toFixed(1).padStart(6)} s   ${r.ok ? 'all targets met' : 'MISSED a target or failed'}`);
  if (selected.length === ALL.length) {
    console.log(`  whole run ${(total / 1000).toFixed(0)} s (target < ${BUDGET_MS / 60_000} min: ${total < BUDGET_MS ? 'ok' : 'MISSED'})`);
  }
  process.exitCode = results.every((r) => r.ok) && (selected.length < ALL.length || total < BUDGET_MS) ? 0 : 1;
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
