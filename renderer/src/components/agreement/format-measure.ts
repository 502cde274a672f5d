// Formats agreement values for people: shares as percent, coefficients with two decimals, none as a dash.
export function formatShare(value: number | null, locale: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

export function formatCoefficient(value: number | null, locale: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A rough reading of kappa/alpha (Landis & Koch's bands, simplified), as an i18n key suffix. */
export function strengthOf(value: number | null): 'none' | 'poor' | 'fair' | 'good' | 'strong' {
  if (value === null) return 'none';
  if (value < 0.4) return 'poor';
  if (value < 0.6) return 'fair';
  if (value < 0.8) return 'good';
  return 'strong';
}
