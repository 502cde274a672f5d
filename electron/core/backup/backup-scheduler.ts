// Backs up the open project when it is opened and then every N minutes in which something was changed.
import type { ProjectSession } from '../project/project-session';
import { DEFAULT_KEEP, makeBackup } from './make-backup';

export interface BackupPolicy {
  /** Minutes between automatic backups while work goes on (default 10; 0 turns the timer off). */
  intervalMinutes: number;
  /** Automatic backups kept per project (default 10). */
  keep: number;
  /** Back up when a project is opened (default true). */
  onOpen: boolean;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = {
  intervalMinutes: 10,
  keep: DEFAULT_KEEP,
  onOpen: true,
};

/** Reads REMISSKOD_BACKUP_MINUTES and REMISSKOD_BACKUP_KEEP over the defaults. */
export function backupPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): BackupPolicy {
  const number = (value: string | undefined, fallback: number): number => {
    const parsed = Number(value);
    return value !== undefined && value !== '' && Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
  };
  return {
    intervalMinutes: number(env.REMISSKOD_BACKUP_MINUTES, DEFAULT_BACKUP_POLICY.intervalMinutes),
    keep: Math.max(1, Math.floor(number(env.REMISSKOD_BACKUP_KEEP, DEFAULT_BACKUP_POLICY.keep))),
    onOpen: DEFAULT_BACKUP_POLICY.onOpen,
  };
}

function totalChanges(session: ProjectSession): number {
  return (session.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

export class BackupScheduler {
  private session: ProjectSession | null = null;
  private timer: NodeJS.Timeout | null = null;
  private changesAtLastBackup = -1;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly policy: BackupPolicy,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** Follows a newly opened project: one backup now, then on the timer. */
  watch(session: ProjectSession): void {
    this.stop();
    this.session = session;
    this.changesAtLastBackup = totalChanges(session);
    if (this.policy.onOpen) this.backup('start');
    if (this.policy.intervalMinutes > 0) {
      this.timer = setInterval(() => this.tick(), this.policy.intervalMinutes * 60_000);
      this.timer.unref();
    }
  }

  /** The timer's step: a backup only when something was written since the last one. */
  tick(): Promise<unknown> {
    const session = this.session;
    if (!session || !session.db.open) return Promise.resolve();
    if (totalChanges(session) === this.changesAtLastBackup) return Promise.resolve();
    return this.backup('timer');
  }

  /** Waits for the backup under way, if any (tests, restore). */
  idle(): Promise<unknown> {
    return this.running;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.session = null;
  }

  private backup(reason: 'start' | 'timer'): Promise<unknown> {
    const session = this.session!;
    this.changesAtLastBackup = totalChanges(session);
    this.running = this.running
      .then(() => (session.db.open ? makeBackup(session.path, session.db, reason, this.policy.keep) : null))
      .catch((error: Error) => {
        // Closing the project cuts a running backup short; that is not a failure worth reporting.
        if (session.db.open) this.log(`Backup of ${session.path} failed: ${error.message}`);
      });
    return this.running;
  }
}
