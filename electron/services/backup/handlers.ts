import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { requireUser, type HandlerMap } from '../../router/types';
import { defaultFolder, folderProblem, saveConfig } from './config';
import { configOf, copySync, percentOf, readyFolder, refuseIfBusy, startBackup, stateOf } from './jobs';
import { inspectBackup } from './inspect';
import { listBackups } from './names';
import { asidePath, performRestore } from './restore';

type BackupMethods = 'backup.status' | 'backup.setConfig' | 'backup.run' | 'backup.inspect' | 'backup.restore' | 'backup.key';

export const backupHandlers: HandlerMap<BackupMethods> = {
  'backup.status': (_input, ctx) => {
    const config = configOf(ctx.register);
    const fallback = defaultFolder(ctx.register.current.file);
    const { job, lastJob } = stateOf(ctx.register);
    return {
      config,
      defaultFolder: fallback,
      // The default folder is created with the first copy, so its absence is no problem.
      folderProblem: config.folder === fallback ? null : folderProblem(config.folder),
      job: job ? { kind: job.kind, startedAt: job.startedAt.toISOString(), percent: percentOf(job) } : null,
      lastJob,
      backups: listBackups(config.folder),
    };
  },

  'backup.setConfig': (input, ctx) => {
    const folder = path.resolve(input.folder);
    const problem = folder === defaultFolder(ctx.register.current.file) ? null : folderProblem(input.folder);
    if (problem) throw new AppError('invalid_input', problem, { field: 'folder' });
    const before = configOf(ctx.register);
    const after = { ...input, folder };
    saveConfig(ctx.sqlite, after, ctx.now().toISOString(), ctx.user?.id ?? null);
    ctx.audit({ entity: 'setting', entityId: 'backup.config', before, after });
    return after;
  },

  'backup.run': (_input, ctx) => {
    const user = requireUser(ctx);
    const actor = { userId: user.id, username: user.username };
    refuseIfBusy(ctx.register);
    const folder = readyFolder(ctx.register);
    ctx.audit({ entity: 'backup', after: { kind: 'manual', folder, started: true } });
    // Started once this row is committed, so the copy always holds it: what a copy contains does not hang on timing.
    ctx.afterCommit(() => startBackup(ctx.register, 'manual', actor, ctx.now));
    return { started: true };
  },

  'backup.inspect': (input, ctx) => inspectBackup(ctx.register, input.file),

  'backup.restore': (input, ctx) => {
    const user = requireUser(ctx);
    refuseIfBusy(ctx.register);
    const preview = inspectBackup(ctx.register, input.file);
    if (preview.schema.status === 'newer') {
      throw new AppError('rule_violation', 'Bản sao lưu được tạo bởi phiên bản RehabDesk mới hơn; hãy cập nhật ứng dụng trước khi khôi phục.', { field: 'file' });
    }
    const backupDir = readyFolder(ctx.register);
    const at = ctx.now();
    // Taken inside this command, from a connection of its own: if it cannot be written, nothing is restored.
    const beforeRestore = copySync(ctx.register, 'before-restore', (entry) => ctx.audit(entry), at);
    const asideFile = asidePath(ctx.register.current.file, at);
    ctx.audit({ entity: 'backup', entityId: preview.name, after: { restoreFrom: preview.file, keptAside: asideFile, beforeRestore } });
    const plan = { backupFile: preview.file, asideFile, beforeRestore, backupDir };
    ctx.afterCommit(() => performRestore(ctx.register, plan, { userId: user.id, username: user.username }, at));
    return { restoredFrom: preview.file, keptAside: asideFile, beforeRestore };
  },

  'backup.key': (_input, ctx) => {
    const key = ctx.register.current.key;
    // The key itself never goes into the log, only that it was shown and to whom.
    ctx.audit({ entity: 'backup', entityId: 'key', after: { keyShown: key !== null } });
    return { key };
  },
};
