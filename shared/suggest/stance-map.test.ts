// The recognised stance lands on the project's own stance scale, or on none.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCES } from '../domain/default-stances';
import type { Stance } from '../domain/types';
import { stanceIdMap } from './stance-map';

const stance = (id: string, labelSv: string, labelEn = ''): Stance => ({
  id,
  labelSv,
  labelEn,
  colour: '#000000',
  sortOrder: 0,
});

describe('stanceIdMap', () => {
  it('uses the default ids as they are', () => {
    expect(stanceIdMap([...DEFAULT_STANCES])).toEqual({
      supports: 'supports',
      conditional: 'conditional',
      sceptical: 'sceptical',
      opposes: 'opposes',
      no_position: 'no_position',
    });
  });

  it('maps a project with its own ids by their labels', () => {
    const map = stanceIdMap([
      stance('s1', 'Tillstyrker'),
      stance('s2', 'Tillstyrker delvis'),
      stance('s3', 'Avstyrker'),
      stance('s4', 'Avstår'),
    ]);
    expect(map).toEqual({
      supports: 's1',
      conditional: 's2',
      opposes: 's3',
      no_position: 's4',
      sceptical: null,
    });
  });

  it('gives null for every stance when the project has no scale', () => {
    expect(Object.values(stanceIdMap([]))).toEqual([null, null, null, null, null]);
  });
});
