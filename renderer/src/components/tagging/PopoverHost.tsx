// Shows the tagging popover while it is open (and keeps one ready, hidden); the only component that re-renders when it opens or closes.
import { useEffect, useReducer, useRef } from 'react';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore, type OpenPopover } from '../../stores/ui-store';
import { afterNextPaint } from '../common/after-next-paint';
import { TagPopover } from './TagPopover';

const ids = new WeakMap<OpenPopover, number>();
let nextId = 0;

/** What the standby popover is drawn with until it opens: a new passage, nothing chosen. */
const STANDBY: OpenPopover = { kind: 'new', start: 0, end: 0, anchor: { x: 0, y: 0 } };

/** A plain selection (nothing prefilled) opens in the standby popover: its fields are already laid out. */
function fitsStandby(p: OpenPopover): boolean {
  return p.kind === 'new' && !p.tags?.length && !p.comment && !p.suggestionKey;
}

/**
 * Every opening gets its own key, so every popover starts afresh; one that opens in the standby
 * popover takes the standby's key (React then updates it instead of building a new one). A closed
 * popover stays hidden for one frame before it is removed: taking its fields (one of them focused)
 * out of the page then costs nothing in the frame that shows what Save did. The next standby is
 * drawn once every save has been answered and a frame painted, so it delays neither.
 */
export function PopoverHost() {
  const popover = useUiStore((s) => s.popover);
  const saving = useDocumentStore((s) => s.pendingSaves > 0);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const last = useRef<OpenPopover | null>(null);
  /** The key of the standby popover while it is on the page; 0 while there is none. */
  const standby = useRef(0);
  const open = popover.kind === 'closed' ? null : popover;
  if (open && !ids.has(open)) {
    // a standby is on the page only while nothing is open or leaving
    const intoStandby = standby.current !== 0 && last.current === null && fitsStandby(open);
    ids.set(open, intoStandby ? standby.current : ++nextId);
    standby.current = 0;
  }
  if (open) last.current = open;
  const leaving = open ? null : last.current;
  const shown = open ?? leaving;

  useEffect(() => {
    if (!leaving) return;
    return afterNextPaint(() => {
      if (last.current === leaving) last.current = null;
      // with every save answered, the next standby is drawn in this same idle moment
      if (!last.current && !standby.current && useDocumentStore.getState().pendingSaves === 0)
        standby.current = ++nextId;
      redraw();
    });
  }, [leaving]);

  useEffect(() => {
    if (shown || saving || standby.current) return;
    return afterNextPaint(() => {
      standby.current = ++nextId;
      redraw();
    });
  }, [shown, saving]);

  if (!shown)
    // laid out but invisible (so neither focusable nor in the accessibility tree) until a selection opens it
    return standby.current ? (
      <div className="popover-host standby" hidden>
        <TagPopover key={`popover-${standby.current}`} popover={STANDBY} standby />
      </div>
    ) : null;
  return (
    <div className="popover-host" hidden={!open}>
      <TagPopover key={`popover-${ids.get(shown)}`} popover={shown} />
    </div>
  );
}
