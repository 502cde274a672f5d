// Remembers translations of plain keys (and of keys with only a count): i18next costs ~0.1 ms a call here, and a list of 300 answers makes hundreds.
import type { i18n as I18n, TFunction } from 'i18next';

/**
 * A translation function that answers a repeated plain key, or key and count, from memory. A count
 * whose plural form is a plain "{{count}} …" text is filled in directly (`plainPlural`).
 */
function memoise(
  fixedT: TFunction,
  plainPlural: (key: string, count: number) => string | null,
  cacheNow: () => Map<string, string>,
): TFunction {
  const translate = fixedT as unknown as CallableT;
  const memo = ((key: unknown, opts?: unknown, ...rest: unknown[]) => {
    if (typeof key === 'string' && rest.length === 0) {
      const cache = cacheNow();
      let cacheKey: string | null = null;
      if (opts === undefined) cacheKey = key;
      else if (isCountOnly(opts)) cacheKey = `${key}\u0000${opts.count}`;
      if (cacheKey !== null) {
        let text = cache.get(cacheKey);
        if (text === undefined) {
          const plain = opts === undefined ? null : plainPlural(key, (opts as { count: number }).count);
          cache.set(cacheKey, (text = plain ?? String(translate(key, opts))));
        }
        return text;
      }
    }
    return translate(key, opts, ...rest);
  }) as unknown as TFunction;
  // react-i18next reads the language and namespace off the function
  return Object.assign(memo, {
    lng: (fixedT as unknown as { lng?: string }).lng,
    lngs: (fixedT as unknown as { lngs?: string[] }).lngs,
    ns: (fixedT as unknown as { ns?: string }).ns,
    keyPrefix: (fixedT as unknown as { keyPrefix?: string }).keyPrefix,
  });
}

type CallableT = (...args: unknown[]) => unknown;

/** Texts remembered per language, namespace and prefix before the memory starts afresh. */
const MAX_REMEMBERED = 5000;

function isCountOnly(opts: unknown): opts is { count: number } {
  if (typeof opts !== 'object' || opts === null) return false;
  const keys = Object.keys(opts);
  return keys.length === 1 && keys[0] === 'count' && typeof (opts as { count: unknown }).count === 'number';
}

/**
 * Makes every `t` handed out by `getFixedT` (what react-i18next's `useTranslation` returns) remember
 * its answers. The answers are shared by every `t` of the same language, namespace and key prefix:
 * a component mounted afresh (the tagging popover, each time it opens) finds its texts already
 * remembered. Resources are loaded once at start and never change while the app runs.
 */
export function memoiseTranslations(i18n: I18n): void {
  const getFixedT = i18n.getFixedT.bind(i18n) as (...args: unknown[]) => TFunction;
  const rules = new Map<string, Intl.PluralRules>();
  const caches = new Map<string, Map<string, string>>();
  i18n.getFixedT = ((...args: unknown[]) => {
    const fixedT = getFixedT(...args);
    const { lng, ns, keyPrefix } = fixedT as unknown as {
      lng?: string | null;
      ns?: string | string[];
      keyPrefix?: string;
    };
    // a `t` without a language of its own answers in the language of the moment
    const scope = `\u0000${String(ns)}\u0000${keyPrefix ?? ''}`;
    const cacheNow = (): Map<string, string> => {
      const id = (lng ?? i18n.language) + scope;
      let cache = caches.get(id);
      // counts make new keys without end in a session of weeks: start afresh past a bound
      if (!cache || cache.size > MAX_REMEMBERED) caches.set(id, (cache = new Map()));
      return cache;
    };
    const plainPlural = (key: string, count: number): string | null => {
      const language = lng ?? i18n.language;
      const namespace = (Array.isArray(ns) ? ns[0] : ns) ?? 'translation';
      if (!language) return null;
      let rule = rules.get(language);
      if (!rule) rules.set(language, (rule = new Intl.PluralRules(language)));
      const form: unknown = i18n.getResource(language, namespace, `${key}_${rule.select(count)}`);
      if (typeof form !== 'string' || /\{\{(?!count\}\})|\$t\(/.test(form)) return null;
      return form.replaceAll('{{count}}', String(count));
    };
    return memoise(fixedT, plainPlural, cacheNow);
  }) as typeof i18n.getFixedT;
}
