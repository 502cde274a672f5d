// The backend's state: data folder, settings, the open project and the current coder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../shared/api/api-error';
import type { Coder } from '../../shared/domain/types';
import { SettingsStore } from './app-settings';
import { ensureCoder } from './db/tables/coders';
import { createProject, PROJECT_EXTENSION, type CreateProjectOptions } from './project/create-project';
import { ProjectSession } from './project/project-session';

export type AppMode = 'electron' | 'browser';

export const DEFAULT_PROJECT_NAME = 'Demoprojekt SOU 2024-72';

export interface AppContextOptions {
  dataDir: string;
  mode: AppMode;
  version: string;
}

export class AppContext {
  readonly dataDir: string;
  readonly mode: AppMode;
  readonly version: string;
  readonly settings: SettingsStore;
  private session: ProjectSession | null = null;

  constructor(options: AppContextOptions) {
    this.dataDir = path.resolve(options.dataDir);
    this.mode = options.mode;
    this.version = options.version;
    fs.mkdirSync(this.dataDir, { recursive: true });
    this.settings = new SettingsStore(this.dataDir);
  }

  get defaultProjectPath(): string {
    return path.join(this.dataDir, DEFAULT_PROJECT_NAME + PROJECT_EXTENSION);
  }

  /** Opens the last project, or the embedded demo project on first start. */
  async start(projectPath?: string): Promise<ProjectSession> {
    if (projectPath) return this.openProject(projectPath);
    const last = this.settings.get().lastProject;
    if (last && fs.existsSync(last)) {
      try {
        return this.openProject(last);
      } catch {
        // fall through to the demo project; the user can reopen the other one
      }
    }
    if (fs.existsSync(this.defaultProjectPath)) return this.openProject(this.defaultProjectPath);
    return this.createProject(this.defaultProjectPath, {
      name: 'Demoprojekt: SOU 2024:72',
      withDemo: true,
    });
  }

  project(): ProjectSession {
    if (!this.session) throw new ApiError('no_project', 'No project is open.');
    return this.session;
  }

  openProject(projectPath: string): ProjectSession {
    const next = ProjectSession.open(projectPath);
    this.replaceSession(next);
    return next;
  }

  async createProject(projectPath: string, options: CreateProjectOptions): Promise<ProjectSession> {
    const next = await createProject(projectPath, options);
    this.replaceSession(next);
    return next;
  }

  private replaceSession(next: ProjectSession): void {
    this.session?.close();
    this.session = next;
    this.settings.rememberProject(next.path);
  }

  coderName(): string {
    return this.settings.get().coderName ?? (os.userInfo().username || 'kodare');
  }

  /** The current coder in the open project (created on first use). */
  currentCoder(): Coder {
    return ensureCoder(this.project().db, this.coderName());
  }

  setCoderName(name: string): Coder {
    this.settings.update({ coderName: name });
    return this.currentCoder();
  }

  close(): void {
    this.session?.close();
    this.session = null;
  }
}
