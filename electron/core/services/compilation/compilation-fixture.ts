// Test fixture: a real project with two answers (a kommun and a region) coded with different stances.
import { ensureCoder } from '../../db/tables/coders';
import {
  documentOf,
  KALMAR_LINES,
  sharingProject,
  tag,
  type SharingProject,
} from '../sharing/sharing-fixtures';

export const BLEKINGE_LINES = [
  'Remissvar från Region Blekinge',
  'Region Blekinge ställer sig tveksam till förslaget om läkarmedverkan då ansvarsfördelningen blir otydlig.',
  'Regionen tillstyrker förslaget om en nationell samordnare för riktvärdet.',
];

/** Kalmar: supports 4.1.1, opposes 5.4, no position on 7.1.1; Blekinge: sceptical on 5.4, supports 7.1.1. */
export async function compilationProject(dir: string): Promise<SharingProject> {
  const project = await sharingProject(dir, 'Sammanställning', [
    documentOf(KALMAR_LINES, 'kalmar.pdf', 'Kalmar kommun'),
    { ...documentOf(BLEKINGE_LINES, 'blekinge.pdf', 'Region Blekinge'), respondentType: 'region' },
  ]);
  tag(project, 'Anna', 'tillstyrker förslaget om ett lagkrav', 'p411', 'supports');
  tag(project, 'Anna', 'avstyrker förslaget att kommuner', 'p54', 'opposes');
  tag(project, 'Bo', 'inga synpunkter på förslaget om en nationell samordnare', 'p711', 'no_position');
  tag(project, 'Anna', 'ställer sig tveksam till förslaget om läkarmedverkan', 'p54', 'sceptical', 1);
  tag(project, 'Bo', 'tillstyrker förslaget om en nationell samordnare', 'p711', 'supports', 1);
  ensureCoder(project.session.db, 'Anna');
  return project;
}
