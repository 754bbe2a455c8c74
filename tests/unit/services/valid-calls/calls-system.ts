import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openReader, vacuumInto } from '../../../../electron/services/backup/copy';
import { stateOf } from '../../../../electron/services/backup/jobs';
import type { MethodName, MethodOutput, Role } from '../../../../shared/contract';
import { csvUtf8Bom, messyRegister, type BuiltFile } from '../import-workbooks';
import type { Catalogue } from './catalogue';
import { demoPassword, demoUsername, type World } from './world';

/** A staff account of the administrator's making, for the calls that reset, lock or deactivate an account. */
function throwawayUser(w: World, username: string, role: Role = 'officer') {
  return w.ok('admin', 'users.create', { username, fullName: 'Đặng Văn Tạm', role, password: 'tam-thoi-2026-mk' });
}

async function okAsync<M extends MethodName>(w: World, method: M, input: unknown): Promise<MethodOutput<M>> {
  const r = await w.callAsync(method, input, w.tokens.admin);
  if (!r.ok) throw new Error(`preparing ${method} as admin failed: ${JSON.stringify(r.error)}`);
  return r.data as MethodOutput<M>;
}

/** A workbook opened in the wizard and its first sheet analysed: what preview and run take, as the wizard sends it. */
async function openedSheet(w: World, file: BuiltFile) {
  const opened = await okAsync(w, 'import.open', file);
  const sheet = opened.sheets[0]!.name;
  const analysed = w.ok('admin', 'import.analyse', { uploadId: opened.uploadId, sheet });
  return { uploadId: opened.uploadId, sheet, dataStart: analysed.dataStart, mapping: analysed.mapping };
}

/** Waits for the running backup (if any) to be finished, renamed and audited. */
async function backupDone(w: World): Promise<void> {
  await stateOf(w.backend.register).job?.done;
}

let copies = 0;
/** A full copy of the register as it is now (committed), taken by the backup service's own VACUUM INTO. */
function copyOfRegister(w: World): string {
  const file = path.join(w.dir, `ban-sao-${++copies}.sqlite`);
  const reader = openReader(w.backend.register);
  try {
    vacuumInto(reader, file);
  } finally {
    reader.close();
  }
  return file;
}

export const systemCalls: Catalogue = {
  'system.health': { input: () => ({}) },

  'setup.status': { input: () => ({}) },
  'setup.create': {
    fresh: true,
    input: () => ({
      facility: { name: 'Cơ sở cai nghiện ma túy số 3', governingUnit: 'Công an tỉnh Bình Phước', address: 'Xã Đồng Tâm', designCapacity: 250 },
      admin: { username: 'quantri', fullName: 'Hồ Văn Quang', password: 'quan-tri-2026-mk' },
    }),
  },

  'auth.login': {
    input: (_w, role) => ({ username: demoUsername(role), password: demoPassword(role) }),
    token: () => null,
  },
  'auth.logout': { input: () => ({}), token: (w, role) => w.signIn(role) },
  'auth.me': { input: () => ({}) },
  // Sent from the role's own shared session: a password change ends every other session of the user but the one
  // it is sent from, so a fresh session here would sign the shared one out for every later call.
  'auth.changePassword': { input: (_w, role) => ({ oldPassword: demoPassword(role), newPassword: `${demoPassword(role)}-moi` }) },
  'auth.policy': { input: () => ({}) },
  'auth.setPolicy': { input: () => ({ lockAfterFailures: 3, idleMinutes: 30 }) },

  'users.list': { input: () => ({}) },
  'users.create': { input: () => ({ username: 'nv.hoa', fullName: 'Phạm Thị Hoa', role: 'officer', password: 'hoa-2026-mat-khau' }) },
  'users.resetPassword': { input: (w) => ({ userId: throwawayUser(w, 'tam.datlai').id, password: 'mat-khau-tam-2026' }) },
  'users.unlock': {
    // A wrong password is committed even though the sign-in fails, so this cannot run inside a rolled-back call.
    commits: true,
    input: (w, role) => {
      const user = throwawayUser(w, `tam.khoa.${role}`);
      const { lockAfterFailures } = w.ok('admin', 'auth.policy', {});
      for (let i = 0; i < lockAfterFailures; i++) w.call('auth.login', { username: user.username, password: 'sai-mat-khau' }, null);
      return { userId: user.id };
    },
  },
  'users.setActive': { input: (w) => ({ userId: throwawayUser(w, 'tam.ngung').id, active: false }) },

  'settings.legal': { input: () => ({}) },
  'settings.setLegal': {
    input: () => ({ key: 'visits.no_visit_first_days', value: { days: 15 }, citation: 'Nghị định sửa đổi (giả định)', effectiveFrom: '2027-01-01' }),
  },
  'settings.holidays': { input: () => ({}) },
  'settings.setHolidays': { input: (w) => ({ holidays: [...w.ok('admin', 'settings.holidays', {}), '2027-02-05', '2027-02-08'] }) },

  // Today's rows: the demo register's log holds little more than today's sign-ins.
  'audit.list': { input: (w) => ({ from: w.today, to: w.today, method: 'auth.login', limit: 50 }) },
  'audit.verify': { input: () => ({}) },

  'backup.status': { input: () => ({}) },
  'backup.setConfig': {
    input: (w) => {
      const folder = path.join(w.dir, 'usb', 'sao-luu');
      mkdirSync(folder, { recursive: true });
      return { folder, keepDaily: 7, keepMonthly: 6 };
    },
  },
  'backup.run': {
    // The copy runs in a worker after the call returns; one at a time, so each role's waits for the one before.
    commits: true,
    input: async (w) => {
      await backupDone(w);
      return {};
    },
  },
  'backup.inspect': { input: (w) => ({ file: copyOfRegister(w) }) },
  'backup.restore': {
    // Replaces the register (and ends every session): a copy of the register as it is, after every other call.
    commits: true,
    input: async (w) => {
      await backupDone(w);
      return { file: copyOfRegister(w), confirm: true };
    },
  },
  'backup.key': { input: () => ({}) },

  'import.open': { input: () => messyRegister() },
  'import.analyse': {
    input: async (w) => {
      const { uploadId, sheet } = await openedSheet(w, await messyRegister());
      return { uploadId, sheet };
    },
  },
  'import.preview': { input: async (w) => ({ ...(await openedSheet(w, await messyRegister())), limit: 50 }) },
  'import.run': {
    // An async command holds its own transaction.
    commits: true,
    input: async (w) => ({ ...(await openedSheet(w, await messyRegister())), mode: 'valid_only' }),
  },
  'import.progress': { input: () => ({}) },
  'import.batches': { input: () => ({}) },
  'import.undo': {
    // Its batch comes from an async import, which cannot run inside the rolled-back transaction.
    commits: true,
    input: async (w) => {
      const run = await okAsync(w, 'import.run', { ...(await openedSheet(w, csvUtf8Bom())), mode: 'valid_only' });
      return { batchId: run.batchId, reason: 'Nhập nhầm tệp sổ' };
    },
  },
};
