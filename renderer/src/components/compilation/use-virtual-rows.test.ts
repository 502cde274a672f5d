import { describe, expect, it } from 'vitest';
import { virtualWindow } from './use-virtual-rows';

describe('virtual rows', () => {
  it('renders only the rows around the viewport and pads the rest', () => {
    const w = virtualWindow(300, 40, 4000, 800, 5);
    expect(w).toEqual({ from: 95, to: 125, padTop: 3800, padBottom: 7000 });
  });
  it('renders everything for a short table', () => {
    expect(virtualWindow(5, 40, 0, 800)).toEqual({ from: 0, to: 5, padTop: 0, padBottom: 0 });
  });
  it('renders nothing and pads nothing negative when scrolled past a table that shrank (a filter)', () => {
    expect(virtualWindow(5, 40, 4000, 800)).toEqual({ from: 5, to: 5, padTop: 200, padBottom: 0 });
  });
});
