// The default stance scale of a new project (domain.md), editable per project.
import type { Stance } from './types';

export const DEFAULT_STANCES: readonly Stance[] = [
  { id: 'supports', labelSv: 'Tillstyrker', labelEn: 'Supports', colour: '#2e7d32', sortOrder: 1 },
  {
    id: 'conditional',
    labelSv: 'Tillstyrker delvis / med förbehåll',
    labelEn: 'Supports in part / with reservations',
    colour: '#9e9d24',
    sortOrder: 2,
  },
  { id: 'sceptical', labelSv: 'Tveksam', labelEn: 'Sceptical', colour: '#ef6c00', sortOrder: 3 },
  { id: 'opposes', labelSv: 'Avstyrker', labelEn: 'Opposes', colour: '#c62828', sortOrder: 4 },
  {
    id: 'no_position',
    labelSv: 'Avstår / inga synpunkter',
    labelEn: 'No position / no comments',
    colour: '#757575',
    sortOrder: 5,
  },
  {
    id: 'other',
    labelSv: 'Övrigt / beskrivande',
    labelEn: 'Other / descriptive',
    colour: '#1565c0',
    sortOrder: 6,
  },
];
