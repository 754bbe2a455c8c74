import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../../shared/contract';
import { day, demoBackend, readSheet } from './exports-reader';

/**
 * The duty, deposit, release, work and training lists exported to Excel, each read back with exceljs and compared
 * with what its list method returns for the same input, on the demo register plus what the tests record on it.
 */
const NOW = new Date('2026-03-05T03:00:00.000Z');
const TODAY = '2026-03-05';
let d: ReturnType<typeof demoBackend>;
beforeAll(() => {
  d = demoBackend(NOW, 'exports-records');
});
afterAll(() => d.close());

const presentStays = () => d.sql<{ id: number }>("SELECT id FROM stays WHERE state = 'present' ORDER BY id").map((s) => s.id);

describe('Excel export of the duty lists', () => {
  it('exports a stay’s movements, a cancelled one followed by its reversal', async () => {
    const [stay] = d.sql<{ stay_id: number }>("SELECT stay_id FROM movements WHERE type = 'escaped' ORDER BY stay_id LIMIT 1");
    const stayId = stay!.stay_id;
    // A hospital transfer recorded by mistake and cancelled: the file shows both, the reversal right after it.
    const mistaken = d.call('movements.record', { stayId: presentStays()[0], type: 'to_hospital', occurredAt: '2026-03-05T01:00:00.000Z', destination: 'Bệnh viện tỉnh' });
    d.call('movements.reverse', { movementId: mistaken.movementId, reason: 'Ghi nhầm học viên' });

    const list = d.call('movements.list', { stayId });
    const file = d.call('exports.movements', { stayId });
    expect(file.fileName).toMatch(new RegExp(`^dien-bien-.+-${TODAY}\\.xlsx$`));
    const sheet = await readSheet(file);
    expect(sheet.rows).toHaveLength(list.movements.length);
    expect(sheet.col('Loại diễn biến')).toContain('Bỏ trốn');
    expect(sheet.col('Ngày xảy ra')).toEqual(list.movements.map((m) => day(m.occurredOn)));
    expect(sheet.ws.getCell(sheet.headerAt + 1, 2).numFmt).toBe('dd/mm/yyyy');

    const cancelled = await readSheet(d.call('exports.movements', { stayId: presentStays()[0] }));
    const types = cancelled.col('Loại diễn biến');
    const at = types.indexOf('Chuyển viện');
    expect(types[at + 1]).toBe('Hủy ghi nhận sai');
    expect(cancelled.col('Hủy bỏ')[at]).toBe('Đã hủy (ghi nhận sai)');
    expect(cancelled.col('Lý do')[at + 1]).toBe('Ghi nhầm học viên');
  });

  it('exports a stay’s visits newest first, with the money handed in', async () => {
    const stayId = presentStays()[1]!;
    d.call('visits.record', {
      stayId,
      visitOn: '2026-02-20',
      durationMinutes: 45,
      visitors: [{ name: 'Trần Thị Hoa', relation: 'Mẹ', idNumber: '001190012345' }],
      handedIn: [
        { kind: 'money', description: 'Tiền gửi', amountDong: 300000 },
        { kind: 'item', description: 'Quần áo', quantity: 2 },
      ],
      overrideReason: 'Gia đình ở xa',
    });
    d.call('visits.record', { stayId, visitOn: TODAY, durationMinutes: 30, visitors: [{ name: 'Lê Văn Nam', relation: 'Anh' }], overrideReason: 'Gia đình ở xa' });
    const list = d.call('visits.list', { stayId });
    const sheet = await readSheet(d.call('exports.visits', { stayId }));
    expect(sheet.col('Ngày thăm')).toEqual(list.map((v) => day(v.visitOn)));
    expect(sheet.col('Ngày thăm')[0]).toEqual(day(TODAY));
    const money = d.sql<{ total: number }>(
      "SELECT sum(h.amount_dong) AS total FROM handed_in_items h JOIN visits v ON v.id = h.visit_id WHERE v.stay_id = ? AND h.kind = 'money'",
      stayId,
    )[0]!.total;
    expect(sheet.col('Tiền gửi (đồng)').reduce((s: number, v) => s + ((v as number | null) ?? 0), 0)).toBe(money);
    expect(sheet.col('Người thăm (quan hệ, số CCCD)')[1]).toBe('Trần Thị Hoa (Mẹ, 001190012345)');
    expect(sheet.col('Đồ vật gửi')[1]).toBe('Quần áo (2)');
  });

  it('exports a deposit statement whose lines run from the opening to the closing balance', async () => {
    const stayId = presentStays()[2]!;
    d.call('deposit.record', { stayId, kind: 'handed_in', amountDong: 500000, lineOn: '2026-01-10', description: 'Gia đình gửi' });
    d.call('deposit.record', { stayId, kind: 'purchase', amountDong: 120000, lineOn: '2026-02-03', description: 'Mua đồ dùng' });
    d.call('deposit.record', { stayId, kind: 'withdrawal', amountDong: 80000, lineOn: '2026-03-01', description: 'Rút tiền' });
    const input = { stayId, from: '2026-02-01', to: TODAY };
    const statement = d.call('deposit.statement', input);
    const sheet = await readSheet(d.call('exports.depositStatement', input));
    const balances = sheet.col('Số dư sau (đồng)');
    // Opening row, the period's lines, the totals row.
    expect(sheet.rows).toHaveLength(statement.lines.length + 2);
    expect(balances[0]).toBe(500000);
    expect(balances.slice(1, -1)).toEqual(statement.lines.map((l) => l.balanceDong));
    expect(balances.at(-1)).toBe(500000 - 120000 - 80000);
    expect(sheet.col('Chi (đồng)').at(-1)).toBe(200000);
    expect(() => d.call('exports.depositStatement', { stayId, from: TODAY, to: '2026-01-01' })).toThrow(/invalid_input/);
  });

  it('exports the census and the headcount per area as the roll screen shows them', async () => {
    const input = { date: '2026-03-01', time: '12:00' };
    const census = d.call('census.asOf', input);
    const sheet = await readSheet(d.call('exports.census', input));
    expect(sheet.col('Họ và tên')).toEqual(census.rows.map((r) => r.fullName));
    expect(sheet.col('Giường')).toEqual(census.rows.map((r) => r.bedLabel));
    const counts = await readSheet(d.call('exports.census', input), 'Sĩ số', 'Phạm vi');
    expect(counts.col('Quản lý')).toEqual([census.rows.length]);

    const areaId = census.rows.find((r) => r.areaId !== null)!.areaId!;
    const one = await readSheet(d.call('exports.census', { ...input, areaId }));
    expect(one.rows).toHaveLength(census.rows.filter((r) => r.areaId === areaId).length);

    const headcount = d.call('roll.headcount', { date: TODAY });
    const file = d.call('exports.headcount', { date: TODAY });
    expect(file.fileName).toBe(`si-so-theo-khu-${TODAY}.xlsx`);
    const byArea = await readSheet(file, undefined, 'Mã khu');
    expect(byArea.col('Mã khu').slice(0, -1)).toEqual(headcount.areas.map((a) => a.code));
    expect(byArea.col('Có mặt')).toEqual([...headcount.areas.map((a) => a.counts.present), headcount.facility.present]);
    expect(byArea.col('Quản lý').at(-1)).toBe(d.sql("SELECT id FROM stays WHERE state <> 'discharged'").length);
  });
});

describe('Excel export of the release lists', () => {
  it('exports the upcoming releases for the same days, with each notice', async () => {
    const list = d.call('releases.upcoming', { days: 60 });
    expect(list.rows.length).toBeGreaterThan(0);
    const sheet = await readSheet(d.call('exports.releases', { days: 60 }));
    expect(sheet.col('Họ và tên')).toEqual(list.rows.map((r) => r.fullName));
    expect(sheet.col('Ngày ra cơ sở')).toEqual(list.rows.map((r) => day(r.releaseDate)));
    expect(sheet.col('Hạn gửi thông báo')).toEqual(list.rows.map((r) => day(r.noticeDueOn)));
    expect((await readSheet(d.call('exports.releases', { days: 30 }))).rows).toHaveLength(d.call('releases.upcoming', { days: 30 }).rows.length);
  });

  it('exports the notices owed and the certificate register of a year', async () => {
    const notices = d.call('notices.pending', {}).notices;
    expect(notices.length).toBeGreaterThan(0);
    const sheet = await readSheet(d.call('exports.notices', {}));
    expect(sheet.col('Số hồ sơ')).toEqual(notices.map((n) => n.fileNumber));
    expect(sheet.col('Hạn gửi')).toEqual(notices.map((n) => day(n.dueOn)));
    expect(sheet.col('Tình trạng').filter((s) => s === 'Quá hạn')).toHaveLength(notices.filter((n) => n.late).length);

    const issued = d.sql<{ number: string }>("SELECT number FROM certificates WHERE substr(issued_on, 1, 4) = '2024' ORDER BY issued_on, id");
    expect(issued.length).toBeGreaterThan(0);
    const register = await readSheet(d.call('exports.certificates', { year: 2024 }));
    expect(new Set(register.col('Số giấy chứng nhận'))).toEqual(new Set(issued.map((c) => c.number)));
    expect(register.col('Số giấy chứng nhận')).toEqual(d.call('certificates.list', { year: 2024 }).certificates.map((c) => c.number));
  });

  it('exports a reduction review, an exemption’s health ground hidden from the officer as on the page', async () => {
    const stayId = presentStays()[3]!;
    d.call('release.recordGround', { stayId, ground: 'serious_illness', recordedOn: '2026-03-01', documentNumber: 'KL-12/2026', note: 'Suy thận mạn' }, d.tokens.medical);
    const { reviewId } = d.call('reductions.draft', { reviewOn: TODAY, title: 'Đợt xét quý I/2026' });
    const asOfficer = d.call('reductions.get', { reviewId });
    const asMedical = d.call('reductions.get', { reviewId }, d.tokens.medical);
    const proposal = (r: typeof asOfficer) => r.proposals.find((p) => p.stayId === stayId)!;
    expect(proposal(asOfficer).grounds).not.toBe(proposal(asMedical).grounds);
    const file = d.call('exports.reductionReview', { reviewId });
    expect(file.fileName).toBe(`xet-giam-${reviewId}-${TODAY}.xlsx`);
    const officer = await readSheet(file);
    expect(officer.col('Họ và tên')).toEqual(asOfficer.proposals.map((p) => p.fullName));
    expect(officer.col('Căn cứ')).toEqual(asOfficer.proposals.map((p) => p.grounds));
    const medical = await readSheet(d.call('exports.reductionReview', { reviewId }, d.tokens.medical));
    expect(medical.col('Căn cứ')).toEqual(asMedical.proposals.map((p) => p.grounds));
    expect(officer.rows.some((r) => r.some((c) => typeof c === 'string' && c.includes(proposal(asMedical).grounds)))).toBe(false);
  });
});

describe('Excel export of the team, work and training lists', () => {
  it('exports a team’s members and its rating sheet of a month', async () => {
    const team = d.call('teams.list', {}).teams.find((t) => t.memberCount > 0)!;
    const members = d.call('teams.members', { teamId: team.id }).members;
    const sheet = await readSheet(d.call('exports.teamMembers', { teamId: team.id }));
    expect(sheet.rows).toHaveLength(team.memberCount);
    expect(sheet.col('Họ và tên')).toEqual(members.map((m) => m.fullName));
    expect(sheet.col('Ngày vào tổ')).toEqual(members.map((m) => day(m.joinedOn)));

    const ratingSheet = d.call('ratings.sheet', { teamId: team.id, month: '2026-02' });
    const [first] = ratingSheet.rows;
    const grade = ratingSheet.scale[1]!;
    d.call('ratings.save', { teamId: team.id, month: '2026-02', entries: [{ stayId: first!.stayId, grade: grade.code, note: 'Chấp hành tốt nội quy' }] });
    const ratings = await readSheet(d.call('exports.ratings', { teamId: team.id, month: '2026-02' }));
    expect(ratings.col('Họ và tên')).toEqual(ratingSheet.rows.map((r) => r.fullName));
    expect(ratings.col('Xếp loại tháng 02/2026')[0]).toBe(grade.label);
    expect(ratings.col('Ghi chú')[0]).toBe('Chấp hành tốt nội quy');
  });

  it('exports a month’s pay run by resident and by team, and refuses a month without one', async () => {
    const team = d.call('teams.list', {}).teams.find((t) => t.memberCount > 1)!;
    const working = d.call('work.sheet', { teamId: team.id, date: '2026-02-10' }).rows.filter((r) => r.blocked === null);
    expect(working.length).toBeGreaterThan(1);
    const product = d.call('products.create', { name: 'Đan lát mây tre', unit: 'piece', rateDong: 4000, validFrom: '2026-01-01' }, d.tokens.head).id;
    d.call('work.record', {
      teamId: team.id,
      date: '2026-02-10',
      entries: [
        { stayId: working[0]!.stayId, productId: product, quantity: 10, hours: 4 },
        { stayId: working[1]!.stayId, productId: product, quantity: 5, hours: 2.5 },
      ],
    });
    d.call('pay.draft', { month: '2026-02' });
    const run = d.call('pay.get', { month: '2026-02' });
    const file = d.call('exports.payRun', { month: '2026-02' });
    expect(file.fileName).toBe(`tien-cong-2026-02-${TODAY}.xlsx`);
    const byResident = await readSheet(file);
    expect(byResident.col('Họ và tên').slice(0, -1)).toEqual(run.lines.map((l) => l.fullName));
    expect(byResident.col('Tiền công (đồng)').at(-1)).toBe(10 * 4000 + 5 * 4000);
    const byTeam = await readSheet(file, 'Theo tổ đội');
    expect(byTeam.col('Tổ/đội')).toEqual([team.name]);
    expect(byTeam.col('Số giờ')).toEqual([6.5]);
    expect(() => d.call('exports.payRun', { month: '2025-01' })).toThrow(/not_found/);
  });

  it('exports the school-class list of minors without primary education', async () => {
    // Two present residents made minors without primary education, in the register itself.
    const [a, b] = presentStays().slice(4, 6);
    d.backend.database.sqlite
      .prepare("UPDATE persons SET birth_date = '2011-06-01', birth_year = 2011, education = 'Lớp 3' WHERE id IN (SELECT person_id FROM stays WHERE id IN (?, ?))")
      .run(a, b);
    const list = d.call('training.schoolList', {}).residents;
    expect(list.map((r) => r.stayId).sort()).toEqual([a, b].sort());
    const sheet = await readSheet(d.call('exports.schoolList', {}));
    expect(sheet.col('Họ và tên')).toEqual(list.map((r) => r.fullName));
    expect(sheet.col('Ngày sinh')).toEqual([day('2011-06-01'), day('2011-06-01')]);
    expect(sheet.col('Trình độ học vấn')).toEqual(['Lớp 3', 'Lớp 3']);
  });

  it('gives each list export the access of its list', () => {
    const listOf: Record<string, MethodName> = {
      'exports.movements': 'movements.list',
      'exports.visits': 'visits.list',
      'exports.depositStatement': 'deposit.statement',
      'exports.payRun': 'pay.get',
      'exports.releases': 'releases.upcoming',
      'exports.notices': 'notices.pending',
      'exports.certificates': 'certificates.list',
      'exports.teamMembers': 'teams.members',
      'exports.ratings': 'ratings.sheet',
      'exports.reductionReview': 'reductions.get',
      'exports.schoolList': 'training.schoolList',
      'exports.census': 'census.asOf',
      'exports.headcount': 'roll.headcount',
    };
    for (const [exp, list] of Object.entries(listOf)) {
      expect(contract[exp as MethodName].access).toBe(contract[list].access);
      expect(contract[exp as MethodName].input).toBe(contract[list].input);
    }
  });
});

describe('Excel export of the audit log', () => {
  it('holds every row the viewer’s filter matches, not one page, with before and after as written', async () => {
    const stayId = presentStays()[1]!;
    d.call('movements.record', { stayId, type: 'to_hospital', occurredAt: '2026-03-05T01:30:00.000Z', destination: 'Bệnh viện huyện' });
    const list = d.call('audit.list', { method: 'movements.record', limit: 1000 }, d.tokens.head);
    expect(list.total).toBeGreaterThan(1);
    const file = d.call('exports.audit', { method: 'movements.record', limit: 1 }, d.tokens.head);
    expect(file.fileName).toBe(`nhat-ky-thao-tac-${TODAY}.xlsx`);
    const sheet = await readSheet(file, undefined, 'Số');
    expect(sheet.col('Số')).toEqual(list.rows.map((r) => r.id));
    expect(new Set(sheet.col('Thao tác (mã)'))).toEqual(new Set(['movements.record']));
    expect(sheet.col('Ngày')[0]).toEqual(day(TODAY));
    expect(JSON.parse(String(sheet.col('Sau')[0]))).toEqual(list.rows[0]!.after);
    expect(sheet.ws.getCell(3, 1).value).toBe('Thao tác: movements.record');
  });
});

describe('Excel export of the administration lists', () => {
  it('exports the accounts, trades, products and holidays as their lists hold them', async () => {
    const admin = d.tokens.admin;
    const users = d.call('users.list', {}, admin);
    const accounts = await readSheet(d.call('exports.users', {}, admin));
    expect(accounts.col('Tên đăng nhập')).toEqual(users.map((u) => u.username));
    expect(accounts.col('Vai trò')).toContain('Trưởng cơ sở');

    const trades = d.call('trades.list', {});
    const tradeSheet = await readSheet(d.call('exports.trades', {}));
    expect(tradeSheet.col('Tên nghề')).toEqual(trades.trades.map((t) => t.name));
    expect(tradeSheet.col('Thời lượng (giờ)')).toEqual(trades.trades.map((t) => t.durationHours));

    d.call('products.create', { name: 'Đan giỏ mây', unit: 'piece', rateDong: 1_500, validFrom: '2026-01-01' }, d.tokens.head);
    const products = d.call('products.list', {});
    const productSheet = await readSheet(d.call('exports.products', {}));
    expect(productSheet.col('Sản phẩm')).toEqual(products.products.map((p) => p.name));
    expect(productSheet.col('Đơn giá (đồng)')).toEqual(products.products.map((p) => p.rateDong));
    expect(productSheet.col('Đơn vị')).toContain('Chiếc');

    d.call('settings.setHolidays', { holidays: ['2026-09-02', '2026-04-30', '2026-05-01'] }, admin);
    const holidaySheet = await readSheet(d.call('exports.holidays', {}));
    expect(holidaySheet.col('Ngày')).toEqual(['2026-04-30', '2026-05-01', '2026-09-02'].map(day));
    expect(holidaySheet.col('Thứ')).toEqual(['Thứ năm', 'Thứ sáu', 'Thứ tư']);
    // The officer may read the lists he works with, not the accounts.
    expect(() => d.call('exports.users', {})).toThrow(/forbidden/);
  });
});
