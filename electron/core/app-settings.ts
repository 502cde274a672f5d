// Per-user application settings (recent projects, last project, coder name) in the data folder.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const settingsSchema = z.object({
  recentProjects: z.array(z.string()).default([]),
  lastProject: z.string().nullable().default(null),
  coderName: z.string().nullable().default(null),
});

export type AppSettings = z.infer<typeof settingsSchema>;

const MAX_RECENT = 10;

export class SettingsStore {
  private readonly file: string;
  private value: AppSettings;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'settings.json');
    this.value = SettingsStore.read(this.file);
  }

  private static read(file: string): AppSettings {
    try {
      return settingsSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch {
      return settingsSchema.parse({});
    }
  }

  get(): AppSettings {
    return this.value;
  }

  update(change: Partial<AppSettings>): AppSettings {
    this.value = { ...this.value, ...change };
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.value, null, 2));
    fs.renameSync(tmp, this.file);
    return this.value;
  }

  rememberProject(projectPath: string): void {
    const recent = [projectPath, ...this.value.recentProjects.filter((p) => p !== projectPath)].slice(
      0,
      MAX_RECENT,
    );
    this.update({ recentProjects: recent, lastProject: projectPath });
  }
}
