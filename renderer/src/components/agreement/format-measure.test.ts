import { describe, expect, it } from 'vitest';
import { formatCoefficient, formatShare, strengthOf } from './format-measure';

describe('agreement figures as a reader sees them', () => {
  it('shows shares as percent and coefficients with a Swedish decimal comma', () => {
    expect(formatShare(0.6, 'sv')).toMatch(/^60\s?%$/);
    expect(formatCoefficient(0.4444, 'sv')).toBe('0,44');
    expect(formatCoefficient(-0.125, 'en')).toBe('-0.13');
    expect(formatShare(null, 'sv')).toBe('–');
  });

  it('reads kappa in bands', () => {
    expect([null, 0.1, 0.5, 0.7, 0.9].map(strengthOf)).toEqual(['none', 'poor', 'fair', 'good', 'strong']);
  });
});
