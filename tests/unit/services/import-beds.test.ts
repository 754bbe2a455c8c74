import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName, MethodOutput } from '../../../shared/contract';
import type { BuiltFile } from './import-workbooks';
import { openTestBackend, setupFacility, type TestBackend } from './test-backend';

/** Present residents of an imported register go to the rooms it names, by the same rules as a bed move. */
let t: TestBackend;
let token: string;
beforeEach(() => {
  t = openTestBackend();
  ({ token } = setupFacility(t)); // Khu A: male, compulsory, Phòng 1 (P01) with 10 beds
  const women = t.ok('beds.createArea', { code: 'N', name: 'Khu nữ', purpose: 'compulsory', sex: 'female' }, token).id;
  t.ok('beds.createRoom', { areaId: women, code: 'P01', name: 'Phòng 1', designCapacity: 2, workingCapacity: 2, bedCount: 2 }, token);
});
afterEach(() => t.close());

const header = 'STT;Họ và tên;Năm sinh;Giới tính;Ngày vào;Hình thức;Thời hạn (tháng);Ngày ra;Lý do ra;Khu;Phòng';
const rows = [
  '1;LÊ VĂN AN;1990;Nam;01/06/2026;Bắt buộc;18;;;Khu A;Phòng 1',
  '2;TRẦN VĂN BÌNH;1991;Nam;02/06/2026;Bắt buộc;18;;;A;P.01',
  '3;NGUYỄN THỊ CÚC;1992;Nữ;03/06/2026;Bắt buộc;18;;;Khu nữ;Phòng 1',
  '4;PHẠM VĂN DŨNG;1993;Nam;04/06/2026;Bắt buộc;18;;;Khu A;Phòng 9',
  '5;HOÀNG THỊ EM;1994;Nữ;05/06/2026;Bắt buộc;18;;;Khu A;Phòng 1',
  '6;VÕ VĂN GIANG;1985;Nam;01/01/2024;Bắt buộc;12;01/01/2025;Chấp hành xong;Khu A;Phòng 1',
  '7;ĐỖ VĂN HẢI;1988;Nam;06/06/2026;Bắt buộc;18;;;;1',
];
const file = (lines: string[]): BuiltFile => ({ fileName: 'so-giuong.csv', contentBase64: Buffer.from([header, ...lines].join('\r\n')).toString('base64') });

async function okAsync<M extends MethodName>(method: M, input: unknown): Promise<MethodOutput<M>> {
  const r = await t.backend.router.callAsync(method, input, token);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.data as MethodOutput<M>;
}
async function choose(lines: string[]) {
  const opened = await okAsync('import.open', file(lines));
  const sheet = opened.sheets[0]!.name;
  const analysed = t.ok('import.analyse', { uploadId: opened.uploadId, sheet }, token);
  return { uploadId: opened.uploadId, sheet, dataStart: analysed.dataStart, mapping: analysed.mapping };
}
const occupants = () =>
  t.ok('beds.board', {}, token).flatMap((a) => a.rooms.flatMap((r) => r.beds.filter((b) => b.occupant).map((b) => `${a.code}-${r.code}-${b.code} ${b.occupant!.fullName}`)));
const one = (q: string, ...p: unknown[]) => t.backend.database.sqlite.prepare(q).pluck().get(...p) as number;

describe('importing the rooms a register names', () => {
  it('places each present resident in a free bed of the named room, and says why where it cannot', async () => {
    const choice = await choose(rows);
    const preview = t.ok('import.preview', { ...choice, limit: 50 }, token);
    const byRow = Object.fromEntries(preview.rows.map((r) => [r.rowNumber, r]));
    expect([2, 3, 4].map((n) => byRow[n]!.bed)).toEqual(['A-P01-G01', 'A-P01-G02', 'N-P01-G01']);
    const bedProblem = (n: number) => byRow[n]!.problems.filter((p) => p.code === 'bed_not_assigned').map((p) => p.message);
    expect(bedProblem(5)).toEqual(['Sổ ghi Khu A, Phòng 9: không có phòng "Phòng 9" trên sơ đồ giường']);
    expect(bedProblem(6)[0]).toMatch(/^Sổ ghi Khu A, Phòng 1: không xếp được vào Phòng 1: .*nữ/);
    // A past stay keeps no bed and needs none; a room number found in two areas is not guessed.
    expect(byRow[7]!.bed).toBeNull();
    expect(bedProblem(7)).toEqual([]);
    expect(bedProblem(8)).toEqual(['Sổ ghi phòng 1: "1" khớp nhiều phòng (Phòng 1, Phòng 1)']);
    expect(preview.rows.every((r) => r.status !== 'error')).toBe(true);

    const run = await okAsync('import.run', { ...choice, mode: 'all_or_nothing' });
    expect(run).toMatchObject({ stays: 7, bedsAssigned: 3 });
    expect(occupants()).toEqual(['A-P01-G01 Lê Văn An', 'A-P01-G02 Trần Văn Bình', 'N-P01-G01 Nguyễn Thị Cúc']);
    // Recorded as a bed move, with the register's words, so the bed's history says where it came from.
    const bedId = one("SELECT s.current_bed_id FROM stays s JOIN persons p ON p.id = s.person_id WHERE p.full_name = 'Trần Văn Bình'");
    const history = t.ok('beds.history', { bedId }, token);
    expect(history.timeline.map((e) => [e.startType, e.reason])).toEqual([['bed_move', 'Xếp giường khi nhập sổ từ Excel (sổ ghi khu A, P.01)']]);
    const unplaced = t.ok('beds.candidates', {}, token).map((c) => c.fullName);
    expect(unplaced).toEqual(expect.arrayContaining(['Phạm Văn Dũng', 'Hoàng Thị Em', 'Đỗ Văn Hải']));
  });

  it('gives a bed to one row only, and undoes the placements with the import until a bed is changed afterwards', async () => {
    const full = Array.from({ length: 12 }, (_, i) => `${i + 1};NGÔ VĂN SỐ ${i + 1};1990;Nam;01/06/2026;Bắt buộc;18;;;Khu A;Phòng 1`);
    const choice = await choose(full);
    const preview = t.ok('import.preview', { ...choice, limit: 50 }, token);
    expect(preview.rows.filter((r) => r.bed).length).toBe(10);
    expect(preview.rows.flatMap((r) => r.problems.map((p) => p.message))).toEqual([
      'Sổ ghi Khu A, Phòng 1: Phòng 1 không còn giường trống',
      'Sổ ghi Khu A, Phòng 1: Phòng 1 không còn giường trống',
    ]);
    const first = await okAsync('import.run', { ...choice, mode: 'valid_only' });
    expect(first.bedsAssigned).toBe(10);
    expect(t.ok('import.undo', { batchId: first.batchId, reason: 'Thử' }, token)).toEqual({ stays: 12, persons: 12 });
    expect(occupants()).toEqual([]);

    const again = await okAsync('import.run', { ...(await choose(full)), mode: 'valid_only' });
    // Someone gets a bed since: a room is added and a resident left without a bed is placed in it.
    const areaId = one("SELECT id FROM areas WHERE code = 'A'");
    const [toBedId] = t.ok('beds.createRoom', { areaId, code: 'P02', name: 'Phòng 2', designCapacity: 2, workingCapacity: 2, bedCount: 2 }, token).bedIds;
    const stayId = one('SELECT id FROM stays WHERE import_batch_id = ? AND current_bed_id IS NULL LIMIT 1', again.batchId);
    t.ok('beds.move', { stayId, toBedId, reason: 'Xếp giường' }, token);
    expect(t.call('import.undo', { batchId: again.batchId, reason: 'Thử' }, token)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('chuyển giường') },
    });
  });
});
