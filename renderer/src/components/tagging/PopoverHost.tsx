// Shows the tagging popover while it is open; the only component that re-renders when it opens or closes.
import { useEffect, useReducer, useRef } from 'react';
import { useUiStore, type OpenPopover } from '../../stores/ui-store';
import { afterNextPaint } from '../common/after-next-paint';
import { TagPopover } from './TagPopover';

const ids = new WeakMap<OpenPopover, number>();
let nextId = 0;

/** A key per opening (each open sets a new state object), so every popover starts afresh. */
function popoverKey(p: OpenPopover): string {
  let id = ids.get(p);
  if (id === undefined) ids.set(p, (id = ++nextId));
  return `popover-${id}`;
}

/**
 * A closed popover stays hidden for one frame before it is removed: taking its fields (one of them
 * focused) out of the page then costs nothing in the frame that shows what Save did.
 */
export function PopoverHost() {
  const popover = useUiStore((s) => s.popover);
  const [, forget] = useReducer((n: number) => n + 1, 0);
  const last = useRef<OpenPopover | null>(null);
  const open = popover.kind === 'closed' ? null : popover;
  if (open) last.current = open;
  const leaving = open ? null : last.current;

  useEffect(() => {
    if (!leaving) return;
    return afterNextPaint(() => {
      if (last.current === leaving) last.current = null;
      forget();
    });
  }, [leaving]);

  const shown = open ?? leaving;
  if (!shown) return null;
  return (
    <div className="popover-host" hidden={!open}>
      <TagPopover key={popoverKey(shown)} popover={shown} />
    </div>
  );
}
