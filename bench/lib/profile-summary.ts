/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time per function and per file, highest first, so a
 * benchmark can print where the time goes.
 *
 *   npx tsx bench/lib/profile-summary.ts <file.cpuprofile> [--top 25]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileRow {
  name: string;
  selfMs: number;
  share: number;
}

const shortUrl = (url: string): string => {
  if (!url) return '(native)';
  const clean = url.replace(/^file:\/\//, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) return clean.slice(nm + 'node_modules/'.length);
  const root = path.resolve(__dirname, '../..') + '/';
  return clean.startsWith(root) ? clean.slice(root.length) : clean;
};

/** Self time by function (`name file:line`) and by package/file, both sorted by time. */
export function summarizeProfile(file: string): { total: number; byFunction: ProfileRow[]; byFile: ProfileRow[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  const files = new Map<string, number>();
  for (const [id, t] of self) {
    const f = byId.get(id)!.callFrame;
    const file = shortUrl(f.url);
    const name = `${f.functionName || '(anonymous)'} ${file}${f.url ? `:${f.lineNumber + 1}` : ''}`;
    fn.set(name, (fn.get(name) ?? 0) + t);
    const pkg = file.startsWith('(') ? file : file.includes('/') && !file.startsWith('src/') && !file.startsWith('bench/') ? file.split('/').slice(0, file.startsWith('@') ? 2 : 1).join('/') : file;
    files.set(pkg, (files.get(pkg) ?? 0) + t);
  }
  const rows = (m: Map<string, number>) =>
    [...m.entries()].map(([name, selfMs]) => ({ name, selfMs, share: selfMs / total })).sort((a, b) => b.selfMs - a.selfMs);
  return { total, byFunction: rows(fn), byFile: rows(files) };
}

export function printProfile(file: string, top = 20, indent = '    '): void {
  const { total, byFunction, byFile } = summarizeProfile(file);
  console.log(`${indent}CPU profile ${path.basename(file)}: ${(total / 1000).toFixed(1)} s sampled`);
  console.log(`${indent}self time by package / file:`);
  for (const r of byFile.slice(0, Math.min(12, top))) console.log(`${indent}  ${(100 * r.share).toFixed(1).padStart(5)} %  ${r.name}`);
  console.log(`${indent}self time by function:`);
  for (const r of byFunction.slice(0, top)) console.log(`${indent}  ${(100 * r.share).toFixed(1).padStart(5)} %  ${r.name}`);
}

if (require.main === module) {
  const [file, , topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [--top N]');
  printProfile(file, Number(topArg ?? 25), '');
}
