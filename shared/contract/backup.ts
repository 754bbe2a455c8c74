import { z } from 'zod';
import { method } from './define';
import { text } from './fields';

export const backupKinds = ['daily', 'manual', 'exit', 'before-migration', 'before-restore'] as const;
export type BackupKind = (typeof backupKinds)[number];

export const backupConfig = z.object({
  /** Absolute path of the folder the copies go to (a USB drive, for example). */
  folder: text('Thư mục sao lưu', 1000),
  keepDaily: z
    .number({ error: 'Số bản hằng ngày: bắt buộc' })
    .int('Số bản hằng ngày: số nguyên')
    .min(1, 'Số bản hằng ngày: ít nhất 1')
    .max(365, 'Số bản hằng ngày: tối đa 365'),
  keepMonthly: z
    .number({ error: 'Số bản hằng tháng: bắt buộc' })
    .int('Số bản hằng tháng: số nguyên')
    .min(0, 'Số bản hằng tháng: không âm')
    .max(240, 'Số bản hằng tháng: tối đa 240'),
});
export type BackupConfig = z.infer<typeof backupConfig>;

export const backupFile = z.object({
  /** Full path, as `backup.inspect` and `backup.restore` take it. */
  file: z.string(),
  name: z.string(),
  kind: z.enum(backupKinds),
  /** When the copy was taken (ISO-8601 UTC). */
  takenAt: z.string(),
  bytes: z.number(),
});
export type BackupFileView = z.infer<typeof backupFile>;

const backupPath = text('Tệp sao lưu', 2000);

export const backupPreview = z.object({
  file: z.string(),
  name: z.string(),
  bytes: z.number(),
  /** From the file name when it is one of ours, else the file's modification time. */
  takenAt: z.string(),
  /** `PRAGMA integrity_check` answered ok (a damaged file is refused before a preview). */
  integrity: z.literal('ok'),
  facilityName: z.string().nullable(),
  counts: z.object({ residents: z.number(), stays: z.number(), present: z.number(), users: z.number() }),
  lastAuditAt: z.string().nullable(),
  /** Migrations applied in the copy vs the app's; older copies are upgraded on restore, newer ones refused. */
  schema: z.object({ backup: z.number(), app: z.number(), status: z.enum(['same', 'older', 'newer']) }),
});
export type BackupPreview = z.infer<typeof backupPreview>;

export const backupMethods = {
  'backup.status': method({
    summary:
      'Backup settings (folder, copies kept), whether the folder is usable, the running backup with its percent ' +
      'and the last result, and the copies in the folder, newest first.',
    access: 'backup.run',
    kind: 'query',
    input: z.object({}),
    output: z.object({
      config: backupConfig,
      defaultFolder: z.string(),
      /** Why the folder cannot take a copy now (missing, not writable), in Vietnamese; null when it can. */
      folderProblem: z.string().nullable(),
      job: z.object({ kind: z.enum(backupKinds), startedAt: z.string(), percent: z.number() }).nullable(),
      lastJob: z
        .object({ kind: z.enum(backupKinds), finishedAt: z.string(), ok: z.boolean(), name: z.string().nullable(), message: z.string().nullable() })
        .nullable(),
      backups: z.array(backupFile),
    }),
  }),
  'backup.setConfig': method({
    summary:
      'Sets the backup folder and how many daily and monthly copies rotation keeps. The folder must exist and be ' +
      'writable (checked by writing and removing a probe file).',
    access: 'backup.manage',
    kind: 'command',
    input: backupConfig,
    output: backupConfig,
  }),
  'backup.run': method({
    summary:
      'Starts a full copy of the register into the backup folder and returns at once; follow it with ' +
      '`backup.status`. Refused with `conflict` while another backup or a restore runs.',
    access: 'backup.run',
    kind: 'command',
    input: z.object({}),
    output: z.object({ started: z.literal(true) }),
  }),
  'backup.inspect': method({
    summary:
      'Opens a backup read-only (with the register\'s key), runs an integrity check and previews what it holds: ' +
      'facility, date, counts, schema version. A damaged or foreign file is refused.',
    access: 'backup.manage',
    kind: 'query',
    input: z.object({ file: backupPath }),
    output: backupPreview,
  }),
  'backup.restore': method({
    summary:
      'Replaces the register with a backup: integrity check, a `before-restore` copy of the current file, the ' +
      'current file kept aside, the backup put in place and reopened (migrations run). Every session ends; all ' +
      'users sign in again. On any failure the original register is put back.',
    access: 'backup.manage',
    kind: 'command',
    input: z.object({
      file: backupPath,
      confirm: z.literal(true, { error: 'Cần xác nhận khôi phục: toàn bộ dữ liệu hiện tại sẽ được thay bằng bản sao lưu' }),
    }),
    output: z.object({ restoredFrom: z.string(), keptAside: z.string(), beforeRestore: z.string() }),
  }),
  'backup.key': method({
    summary:
      'The key the register and its backups are encrypted with (64 hex digits), or null when the register is not ' +
      'encrypted: to write down and keep apart, since a lost key makes the register and every backup unreadable. ' +
      'A command, so every time it is shown is in the audit log.',
    access: 'backup.manage',
    kind: 'command',
    input: z.object({}),
    output: z.object({ key: z.string().nullable() }),
  }),
};
