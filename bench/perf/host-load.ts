// How much CPU the host took from this machine during a run (Linux "steal"), so a busy run is told apart.
import fs from 'node:fs';
import os from 'node:os';

/** The aggregate "cpu" line of /proc/stat: jiffies spent in each state, summed over all cores. */
export interface CpuTimes {
  total: number;
  steal: number;
}

/** Reads the aggregate cpu line of a /proc/stat text; null if it has none. */
export function parseProcStat(text: string): CpuTimes | null {
  const line = text.split('\n').find((l) => /^cpu\s/.test(l));
  if (!line) return null;
  // user nice system idle iowait irq softirq steal guest guest_nice (guest time is already in user)
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return null;
  return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7]! };
}

function readCpuTimes(): CpuTimes | null {
  try {
    return parseProcStat(fs.readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null; // not Linux
  }
}

/** The share of all cores' time the host took (steal) between two readings, 0–1. */
export function stealShare(before: CpuTimes, after: CpuTimes): number {
  const total = after.total - before.total;
  return total > 0 ? (after.steal - before.steal) / total : 0;
}

/** Above this share of stolen CPU the run's times say more about the host than about the app. */
export const BUSY_HOST_SHARE = 0.02;

/** Starts watching; the returned function gives the steal share since then (null where unknown). */
export function watchHostLoad(): () => { stealShare: number; cores: number } | null {
  const before = readCpuTimes();
  return () => {
    const after = readCpuTimes();
    return before && after ? { stealShare: stealShare(before, after), cores: os.cpus().length } : null;
  };
}

/** One line for the report: the stolen share, and whether the run counts as disturbed. */
export function describeHostLoad(load: { stealShare: number } | null): string {
  if (!load) return 'unknown (no /proc/stat)';
  const percent = `${(load.stealShare * 100).toFixed(1)} % of the CPU taken by the host (steal)`;
  return load.stealShare > BUSY_HOST_SHARE
    ? `${percent}: a busy host, the times are inflated; run again when it is quiet`
    : percent;
}
