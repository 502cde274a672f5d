// The backend's state: data folder, settings, the open project and the current coder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiError } from '../../shared/api/api-error';
import type { Coder } from '../../shared/domain/types';
import { SettingsStore } from './app-settings';
import { BackupScheduler, backupPolicyFromEnv, type BackupPolicy } from './backup/backup-scheduler';
import { ensureCoder } from './db/tables/coders';
import { getMeta, setMeta } from './db/tables/meta';
import { createProject, PROJECT_EXTENSION, type CreateProjectOptions } from './project/create-project';
import { ProjectSession } from './project/project-session';
import { createImportPools, type ParallelImporter } from './services/import-pools';

export type AppMode = 'electron' | 'browser';

export const DEFAULT_PROJECT_NAME = 'Demoprojekt SOU 2024-72';

export interface AppContextOptions {
  dataDir: string;
  mode: AppMode;
  version: string;
  /** Automatic backups; default from REMISSKOD_BACKUP_MINUTES / REMISSKOD_BACKUP_KEEP, else every 10 min, keep 10. */
  backup?: BackupPolicy;
}

export class AppContext {
  readonly dataDir: string;
  readonly mode: AppMode;
  readonly version: string;
  readonly settings: SettingsStore;
  readonly backups: BackupScheduler;
  private session: ProjectSession | null = null;
  private importPools: ParallelImporter | null = null;

  constructor(options: AppContextOptions) {
    this.dataDir = path.resolve(options.dataDir);
    this.mode = options.mode;
    this.version = options.version;
    fs.mkdirSync(this.dataDir, { recursive: true });
    this.settings = new SettingsStore(this.dataDir);
    const presetCoder = process.env.REMISSKOD_CODER_NAME?.trim();
    if (presetCoder && this.settings.get().coderName === null)
      this.settings.update({ coderName: presetCoder });
    this.backups = new BackupScheduler(options.backup ?? backupPolicyFromEnv(), (m) => console.error(m));
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
    this.backups.watch(next);
  }

  coderName(): string {
    return this.settings.get().coderName ?? (os.userInfo().username || 'kodare');
  }

  /** The current coder in the open project (created on first use). */
  currentCoder(): Coder {
    const db = this.project().db;
    const coder = ensureCoder(db, this.coderName());
    if (getMeta(db, 'currentCoderId') !== coder.id) setMeta(db, 'currentCoderId', coder.id);
    return coder;
  }

  setCoderName(name: string): Coder {
    this.settings.update({ coderName: name });
    return this.currentCoder();
  }

  /** The import worker pools (two, one per core), started on first use and stopped by close(). */
  importer(): ParallelImporter {
    return (this.importPools ??= createImportPools());
  }

  close(): void {
    this.backups.stop();
    void this.importPools?.close();
    this.importPools = null;
    this.session?.close();
    this.session = null;
  }
}
