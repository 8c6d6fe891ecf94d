/** Small helpers every benchmark prints with: percentiles, a header, and "figure beside target" lines. */
import { cpus, totalmem } from 'node:os';

/** Nearest-rank percentile of an ascending array (p in 0–100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN, mean };
}

export const ms = (v: number, digits = 1): string => (Number.isFinite(v) ? `${v.toFixed(digits)} ms` : 'n/a');
export const sec = (v: number, digits = 1): string => `${(v / 1000).toFixed(digits)} s`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const mark = (ok: boolean): string => (ok ? 'ok' : 'MISSED');

/** The results of a benchmark: how many targets it checked and which it missed (the exit code follows). */
export class Targets {
  readonly missed: string[] = [];
  checked = 0;

  /** Prints `label  figure  (target …: ok|MISSED)` and records the verdict. */
  check(label: string, figure: string, target: string, ok: boolean): void {
    this.checked++;
    if (!ok) this.missed.push(label);
    console.log(`  ${label.padEnd(52)} ${figure.padStart(14)}   target ${target}: ${mark(ok)}`);
  }

  /** A figure with no target of its own (a baseline, a count). */
  info(label: string, figure: string, note = ''): void {
    console.log(`  ${label.padEnd(52)} ${figure.padStart(14)}${note ? `   ${note}` : ''}`);
  }

  /** Final line; sets the exit code when something was missed. */
  done(name: string): void {
    const verdict = this.missed.length ? `MISSED ${this.missed.length}: ${this.missed.join('; ')}` : 'all met';
    console.log(`\n${name}: ${this.checked - this.missed.length}/${this.checked} targets met (${verdict})`);
    if (this.missed.length) process.exitCode = 1;
  }
}

export function header(title: string, lines: string[] = []): void {
  const cpu = cpus();
  console.log(`${title}`);
  console.log(
    `  ${new Date().toISOString()}, node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${mb(totalmem())} RAM`,
  );
  for (const line of lines) console.log(`  ${line}`);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Resolves once `predicate` holds, polling; rejects after `timeoutMs` with `what`. */
export async function until(predicate: () => boolean | Promise<boolean>, timeoutMs: number, what: string, everyMs = 50): Promise<void> {
  const start = Date.now();
  while (!(await predicate())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${sec(timeoutMs, 0)} waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** Resident set size of a process in bytes, from /proc (current and high-water mark). */
export async function rssOf(pid: number): Promise<{ rss: number; hwm: number }> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}
