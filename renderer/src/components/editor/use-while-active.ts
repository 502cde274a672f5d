// Holds a value still while its editor is parked in the background, so a parked document never redraws for the shown one.
import { useRef } from 'react';

/** The live value while `active`; while parked, the value it had when it was last active. */
export function useWhileActive<T>(active: boolean, value: T): T {
  const held = useRef(value);
  if (active) held.current = value;
  return held.current;
}
