// Renders a long list in pages: a sentinel near the end asks for the next page when it scrolls into view.
import { useEffect, useRef, useState } from 'react';

const PAGE = 150;

/** How many of `total` entries to render for `listKey`; starts over when the key changes. */
export function useIncrementalCount(total: number, listKey: string | null) {
  const [state, setState] = useState({ key: listKey, count: PAGE });
  const count = state.key === listKey ? state.count : PAGE;
  const sentinel = useRef<HTMLLIElement>(null);

  useEffect(() => {
    const node = sentinel.current;
    if (!node || count >= total) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setState({ key: listKey, count: count + PAGE });
      },
      { rootMargin: '600px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [count, total, listKey]);

  return { count: Math.min(count, total), sentinel };
}
