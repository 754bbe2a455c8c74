import type { Catalogue } from './catalogue';
import type { World } from './world';

/** October 2026: the last month over on 23/11/2026, so it can be finalised. */
const october = { kind: 'month', convention: 'calendar', year: 2026, month: 10 } as const;
const payMonth = '2026-10';
const workDay = '2026-10-15';

const presentStay = (w: World) => w.value("SELECT id FROM stays WHERE state = 'present' ORDER BY id LIMIT 1");
const firstArea = (w: World) => w.value('SELECT id FROM areas ORDER BY id LIMIT 1');
const runningClass = (w: World) => w.value("SELECT id FROM training_classes WHERE status = 'running' ORDER BY id LIMIT 1");
/** A demo team with members today (team_members rows whose member has not left). */
const teamWithMembers = (w: World) =>
  w.value('SELECT team_id FROM team_members WHERE left_on IS NULL GROUP BY team_id ORDER BY count(*) DESC, team_id LIMIT 1');

/** A pay run of October: a product with its rate, a day's output of two members able to work, then the draft. */
function draftPayRun(w: World): void {
  const teamId = teamWithMembers(w);
  const productId = w.ok('head', 'products.create', { name: 'Đan lát mây tre', unit: 'piece', rateDong: 4000, validFrom: '2026-10-01' }).id;
  const working = w.ok('officer', 'work.sheet', { teamId, date: workDay }).rows.filter((r) => r.blocked === null);
  if (working.length < 2) throw new Error(`team ${teamId} has fewer than two members able to work on ${workDay}`);
  w.ok('officer', 'work.record', {
    teamId,
    date: workDay,
    entries: working.slice(0, 2).map((r) => ({ stayId: r.stayId, productId, quantity: 10, hours: 4 })),
  });
  w.ok('officer', 'pay.draft', { month: payMonth });
}

const yearEnd = {
  'staff.total': 42,
  'staff.female': 11,
  'staff.medical': 5,
  'staff.trainers': 6,
  'funding.stateBudgetDong': 8_500_000_000,
  'funding.voluntaryFeesDong': 320_000_000,
  'funding.workIncomeDong': 150_000_000,
  'funding.otherDong': 0,
  'funding.spentDong': 8_900_000_000,
};

export const reportsCalls: Catalogue = {
  'reports.figures': { input: () => ({ period: october, compare: true }) },
  'reports.drill': { input: () => ({ period: october, key: 'headcount.admitted', dims: {} }) },
  'reports.exportXlsx': { input: () => ({ period: october }) },
  'reports.finalise': {
    input: () => ({ period: october, number: '12', signedOn: '2026-11-02', signerName: 'Đặng Văn Trưởng', signerTitle: 'GIÁM ĐỐC' }),
  },
  'reports.settings': { input: () => ({}) },
  'reports.setSettings': {
    input: () => ({
      governingUnit: 'CÔNG AN TỈNH ĐỒNG NAI',
      issuingUnit: 'CƠ SỞ CAI NGHIỆN MA TÚY SỐ 2',
      numberSymbol: 'BC-CSCN',
      place: 'Đồng Nai',
      signerTitle: 'GIÁM ĐỐC',
      signerName: 'Đặng Văn Trưởng',
      recipients: ['Phòng PC04 (để báo cáo);', 'Lưu: VT.'],
      defaultConvention: 'calendar',
    }),
  },
  'reports.setYearEnd': { input: () => ({ year: 2026, values: yearEnd }) },
  'reports.overview': { input: () => ({}) },

  'exports.residents': { input: () => ({ scope: 'present', kind: 'compulsory_adult' }) },
  'exports.beds': { input: (w) => ({ privacy: false, areaIds: [firstArea(w)] }) },
  'exports.roll': { input: (w) => ({ areaId: firstArea(w), date: w.today, slot: 'morning' }) },
  'exports.classes': { input: () => ({ status: 'running' }) },
  'exports.classRoster': { input: (w) => ({ classId: runningClass(w) }) },
  'exports.work': { input: (w) => ({ teamId: teamWithMembers(w), date: w.today }) },
  'exports.movements': { input: (w) => ({ stayId: presentStay(w) }) },
  'exports.visits': {
    input: (w) => {
      // The demo has no visits: a mother's half-hour visit this morning to a resident admitted long ago.
      const stayId = w.value("SELECT id FROM stays WHERE state = 'present' AND admitted_on < '2026-06-01' ORDER BY id LIMIT 1");
      const visitor = { name: 'Trần Thị Hoa', relation: 'Mẹ', idNumber: '001190012345' };
      w.ok('officer', 'visits.record', { stayId, visitOn: w.today, startTime: '08:30', durationMinutes: 30, visitors: [visitor] });
      return { stayId };
    },
  },
  'exports.depositStatement': { input: (w) => ({ stayId: presentStay(w), from: '2026-01-01', to: w.today }) },
  'exports.payRun': {
    input: (w) => {
      draftPayRun(w);
      return { month: payMonth };
    },
  },
  'exports.releases': { input: () => ({ days: 60 }) },
  'exports.notices': { input: () => ({}) },
  'exports.certificates': { input: () => ({ year: 2026 }) },
  'exports.teamMembers': { input: (w) => ({ teamId: teamWithMembers(w) }) },
  'exports.ratings': { input: (w) => ({ teamId: teamWithMembers(w), month: '2026-10' }) },
  'exports.reductionReview': {
    input: (w) => ({ reviewId: w.ok('officer', 'reductions.draft', { reviewOn: w.today, title: 'Đợt xét quý IV/2026' }).reviewId }),
  },
  'exports.schoolList': { input: () => ({}) },
  'exports.census': { input: (w) => ({ date: w.today, time: '10:00' }) },
  'exports.headcount': { input: (w) => ({ date: w.today, time: '10:00' }) },
  'exports.audit': { input: (w) => ({ from: w.today, to: w.today, method: 'auth.login' }) },
  'exports.users': { input: () => ({}) },
  'exports.trades': { input: () => ({}) },
  'exports.products': { input: (w) => ({ on: w.today }) },
  'exports.holidays': { input: () => ({}) },
};
