// Opens the project a CLI command names, with a clear message when it cannot.
import { ApiError } from '../../shared/api/api-error';
import { ProjectSession } from '../core/project/project-session';
import { CliError } from './cli-io';

export function openProjectForCli(path: string | undefined): ProjectSession {
  if (!path) throw new CliError('Name the project file, e.g. remisskod list mitt-projekt.remisskod', 2);
  try {
    return ProjectSession.open(path);
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(error.message);
    throw error;
  }
}
