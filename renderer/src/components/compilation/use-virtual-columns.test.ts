// Tests which columns a wide table renders for its horizontal scroll position.
import { describe, expect, it } from 'vitest';
import { columnWindow } from './use-virtual-columns';

describe('columnWindow', () => {
  it('renders the columns in view beside the sticky first column, and pads the others', () => {
    // 40 columns of 92 px, viewport 1200 px of which 240 are the respondent column: 960 px → 11 columns
    expect(columnWindow(40, 92, 0, 1200, 240, 0)).toEqual({ from: 0, to: 11, padLeft: 0, padRight: 29 * 92 });
    expect(columnWindow(40, 92, 920, 1200, 240, 1)).toEqual({
      from: 9,
      to: 22,
      padLeft: 9 * 92,
      padRight: 18 * 92,
    });
  });

  it('renders every column of a narrow table, and none before the viewport is measured', () => {
    expect(columnWindow(5, 92, 0, 1200, 240)).toEqual({ from: 0, to: 5, padLeft: 0, padRight: 0 });
    expect(columnWindow(40, 92, 0, 0, 240, 0)).toEqual({ from: 0, to: 0, padLeft: 0, padRight: 40 * 92 });
  });
});
