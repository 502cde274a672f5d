// One benchmark figure: its value, target, verdict and the baseline it is compared with.
export interface Figure {
  id: string;
  what: string;
  size: string;
  value: number;
  unit: 'ms' | 'MB';
  /** Which statistic `value` is, e.g. "median of 5", "p95 of 20". */
  stat: string;
  target: string;
  pass: boolean;
  baseline?: { what: string; value: number };
  /** value / baseline.value */
  ratio?: number;
  note?: string;
  details?: Record<string, unknown>;
}

export function withBaseline(figure: Omit<Figure, 'ratio'>): Figure {
  const ratio =
    figure.baseline && figure.baseline.value > 0 ? figure.value / figure.baseline.value : undefined;
  return { ...figure, ...(ratio !== undefined ? { ratio } : {}) };
}
