import type { Role } from '../../../../shared/contract';
import type { Catalogue } from './catalogue';
import type { World } from './world';

/** A compulsory resident in the facility today. */
const presentStay = (w: World) => w.value("SELECT id FROM stays WHERE state = 'present' AND kind = 'compulsory_adult' ORDER BY id LIMIT 1");

/** A present compulsory resident with nothing recorded today, so a departure this morning follows his last movement. */
const stayToDischarge = (w: World) =>
  w.value(
    `SELECT s.id FROM stays s WHERE s.state = 'present' AND s.kind = 'compulsory_adult'
       AND NOT EXISTS (SELECT 1 FROM movements m WHERE m.stay_id = s.id AND m.occurred_on >= ?) ORDER BY s.id LIMIT 1`,
    w.today,
  );

/** The team with most residents in it today, and one of them. */
const teamMember = (w: World) =>
  w.row<{ teamId: number; stayId: number }>(
    `SELECT m.team_id AS teamId, m.stay_id AS stayId FROM team_members m JOIN stays s ON s.id = m.stay_id
     WHERE m.left_on IS NULL AND s.discharged_on IS NULL
     ORDER BY (SELECT count(*) FROM team_members o WHERE o.team_id = m.team_id AND o.left_on IS NULL) DESC, m.stay_id LIMIT 1`,
  );

/** The month to rate now: the one after the last month the head confirmed. */
const openMonth = (w: World) => w.value<string>("SELECT strftime('%Y-%m', date(max(month) || '-01', '+1 month')) FROM rating_months");

/** A review as of the first day of that month: its last 3 months are confirmed, so the draft proposes residents. */
const reviewDay = (w: World) => `${openMonth(w)}-01`;

const draftReview = (w: World) => w.ok('head', 'reductions.draft', { reviewOn: reviewDay(w) }).reviewId;

/** A reduction proposal of a review whose resident has the most term left, so a granted month still ends after today. */
const proposalOf = (w: World, reviewId: number) =>
  w.row<{ id: number; months: number }>(
    `SELECT p.id, p.months_proposed AS months FROM reduction_proposals p JOIN stays s ON s.id = p.stay_id
     WHERE p.review_id = ? AND p.kind = 'reduction' ORDER BY s.expected_release DESC, p.id LIMIT 1`,
    reviewId,
  );

/** Each of the month's sheets rated "Khá" (the lowest good grade), as the officers would before the head confirms. */
function rateMonth(w: World, role: Role, month: string): void {
  for (const team of w.ok(role, 'teams.list', {}).teams) {
    const sheet = w.ok(role, 'ratings.sheet', { teamId: team.id, month });
    const grade = sheet.scale.filter((g) => g.good).at(-1)!.code;
    if (sheet.rows.length === 0) continue;
    w.ok(role, 'ratings.save', { teamId: team.id, month, entries: sheet.rows.map((r) => ({ stayId: r.stayId, grade })) });
  }
}

/** A transfer to another facility this morning, every listed item returned. */
function transferInput(w: World, role: Role, stayId: number) {
  const items = w.ok(role, 'discharge.prepare', { stayId }).items.map((i) => ({ source: i.source, itemId: i.itemId, returned: true }));
  return {
    stayId,
    reason: 'transferred',
    occurredAt: `${w.today}T08:00:00+07:00`,
    decisionNumber: '215/QĐ-SLĐTBXH',
    decisionDate: w.today,
    destination: 'Cơ sở cai nghiện ma túy số 2 tỉnh Đồng Nai',
    settlement: { items, roadMealDays: 1, fareDong: 0, clothes: true, certificateHandedOver: false },
  };
}

export const releaseCalls: Catalogue = {
  'teams.list': { input: () => ({}) },
  'teams.create': {
    input: (w) => ({ name: 'Tổ lao động C-01', officerId: w.value("SELECT id FROM users WHERE role = 'officer' AND active = 1 LIMIT 1") }),
  },
  'teams.members': { input: (w) => ({ teamId: teamMember(w).teamId }) },
  'teams.addMembers': {
    // A resident of another team moves into the largest one today.
    input: (w) => {
      const { teamId } = teamMember(w);
      const stayId = w.value(
        `SELECT s.id FROM stays s JOIN team_members m ON m.stay_id = s.id AND m.left_on IS NULL
         WHERE s.discharged_on IS NULL AND m.team_id <> ? ORDER BY s.id LIMIT 1`,
        teamId,
      );
      return { teamId, stayIds: [stayId], on: w.today };
    },
  },
  'teams.removeMember': { input: (w) => ({ ...teamMember(w), on: w.today }) },
  'ratings.sheet': { input: (w) => ({ teamId: teamMember(w).teamId, month: openMonth(w) }) },
  'ratings.save': {
    input: (w, role) => {
      const { teamId } = teamMember(w);
      const month = openMonth(w);
      const { rows, scale } = w.ok(role, 'ratings.sheet', { teamId, month });
      const [best, next] = [scale[0]!.code, scale[1]!.code];
      // The first resident is rated best with a note, the others one grade below.
      const entries = rows.map((r, i) => ({ stayId: r.stayId, grade: i === 0 ? best : next, ...(i === 0 ? { note: 'Chấp hành tốt nội quy' } : {}) }));
      return { teamId, month, entries };
    },
  },
  'ratings.confirmMonth': {
    input: (w) => {
      const month = openMonth(w);
      rateMonth(w, 'officer', month);
      return { month };
    },
  },
  'release.planning': { input: (w) => ({ stayId: presentStay(w) }) },
  'release.recordMerit': {
    input: (w) => ({
      stayId: presentStay(w),
      actOn: w.today,
      description: 'Dũng cảm dập tắt đám cháy tại xưởng lao động',
      documentNumber: '12/BB-CS',
    }),
  },
  'release.recordGround': {
    input: (w) => ({
      stayId: presentStay(w),
      ground: 'prison_sentence',
      recordedOn: w.today,
      documentNumber: 'Bản án số 45/2026/HS-ST',
      note: 'Tòa án nhân dân khu vực 1 tuyên phạt 2 năm tù',
    }),
  },
  'reductions.list': { input: () => ({}) },
  'reductions.draft': { input: (w) => ({ reviewOn: reviewDay(w), title: 'Đợt xét giảm, miễn quý IV/2026' }) },
  'reductions.get': { input: (w) => ({ reviewId: draftReview(w) }) },
  'reductions.updateProposal': {
    input: (w) => {
      const reviewId = draftReview(w);
      const { id } = proposalOf(w, reviewId);
      const proposal = w.ok('head', 'reductions.get', { reviewId }).proposals.find((p) => p.id === id)!;
      return { proposalId: id, included: true, monthsProposed: proposal.monthsMax, note: 'Tiến bộ rõ rệt, đề nghị mức tối đa' };
    },
  },
  'reductions.approve': { input: (w) => ({ reviewId: draftReview(w) }) },
  'reductions.recordDecision': {
    input: (w) => {
      const reviewId = draftReview(w);
      w.ok('head', 'reductions.approve', { reviewId });
      const p = proposalOf(w, reviewId);
      return { proposalId: p.id, outcome: 'granted', decisionNumber: '88/2026/QĐ-TA', decidedOn: w.today, monthsGranted: p.months };
    },
  },
  'discharge.prepare': { input: (w) => ({ stayId: stayToDischarge(w) }) },
  'discharge.record': { input: (w, role) => transferInput(w, role, stayToDischarge(w)) },
  'discharge.get': {
    input: (w) => ({ stayId: w.value('SELECT stay_id FROM discharges WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1') }),
  },
  'discharge.undo': {
    // The transfer recorded by the officer this morning was the wrong resident.
    input: (w) => {
      const stayId = stayToDischarge(w);
      w.ok('officer', 'discharge.record', transferInput(w, 'officer', stayId));
      return { stayId, reason: 'Ghi nhầm học viên: người được chuyển cơ sở là học viên khác' };
    },
  },
  'certificates.list': { input: (w) => ({ year: Number(w.today.slice(0, 4)) }) },
  'releases.upcoming': { input: () => ({ days: 30 }) },
  'notices.pending': { input: () => ({}) },
  'notices.markSent': {
    // The release notice owed soonest, sent to its recipient today.
    input: (w, role) => {
      const n = w.ok(role, 'notices.pending', {}).notices[0]!;
      return { stayId: n.stayId, kind: n.kind, recipient: n.recipient, sentOn: w.today, reference: '321/TB-CSCN' };
    },
  },
};
