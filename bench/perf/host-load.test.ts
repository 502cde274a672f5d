// The host-load reading: the steal column of /proc/stat, as a share of all cores' time.
import { describe, expect, it } from 'vitest';
import { describeHostLoad, parseProcStat, stealShare } from './host-load';

const STAT = (user: number, idle: number, steal: number) =>
  `cpu  ${user} 0 100 ${idle} 5 0 3 ${steal} 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\nintr 1 2 3\n`;

describe('host load', () => {
  it('reads the aggregate cpu line, not a single core', () => {
    expect(parseProcStat(STAT(1000, 5000, 40))).toEqual({ total: 1000 + 100 + 5000 + 5 + 3 + 40, steal: 40 });
  });

  it('gives the stolen share of the time between two readings', () => {
    const before = parseProcStat(STAT(1000, 5000, 40))!;
    const after = parseProcStat(STAT(1500, 5400, 140))!;
    expect(stealShare(before, after)).toBeCloseTo(100 / 1000, 5);
  });

  it('knows nothing from a text without a cpu line', () => {
    expect(parseProcStat('intr 1 2 3\n')).toBeNull();
  });
});

describe('describeHostLoad', () => {
  it('flags a run on a busy host', () => {
    expect(describeHostLoad({ stealShare: 0.1 })).toMatch(/^10\.0 % .*busy host/);
    expect(describeHostLoad({ stealShare: 0.005 })).toBe('0.5 % of the CPU taken by the host (steal)');
    expect(describeHostLoad(null)).toMatch(/unknown/);
  });
});
