// Shows the tagging popover while it is open; the only component that re-renders when it opens or closes.
import { useUiStore, type PopoverState } from '../../stores/ui-store';
import { TagPopover } from './TagPopover';

/** A new key for each passage or annotation, so the popover starts afresh for each. */
function popoverKey(p: PopoverState): string {
  if (p.kind === 'new') return `new-${p.start}-${p.end}`;
  if (p.kind === 'edit') return `edit-${p.annotationId}`;
  return 'closed';
}

export function PopoverHost() {
  const popover = useUiStore((s) => s.popover);
  return popover.kind !== 'closed' ? <TagPopover key={popoverKey(popover)} /> : null;
}
