import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../../shared/domain/dates';
import { computeTermClock } from '../../../shared/domain/term-clock';
import { openReleaseWorld, type ReleaseWorld } from './release-fixture';
import { count } from './test-backend';

/**
 * One facility on 23/11/2026, reviewed that day (counted months 08–10/2026):
 * Hùng past half-term with three confirmed good months; Nam with only two; An before half-term; Bình with an
 * exemption ground; Cường like Hùng with a merit act. The tests run in order, as the review goes.
 */
let w: ReleaseWorld;
const s = {} as Record<'hung' | 'nam' | 'an' | 'binh' | 'cuong', number>;
let reviewId: number;

beforeAll(() => {
  w = openReleaseWorld();
  const team = w.team('Tổ 1');
  s.hung = w.admit('Nguyễn Văn Hùng', '2026-02-01');
  s.nam = w.admit('Trần Văn Nam', '2026-02-01');
  s.an = w.admit('Lê Văn An', '2026-08-01');
  s.binh = w.admit('Phạm Văn Bình', '2026-03-01');
  s.cuong = w.admit('Đỗ Văn Cường', '2026-02-01');
  w.t.ok('teams.addMembers', { teamId: team, stayIds: [s.hung, s.nam, s.binh, s.cuong], on: '2026-03-01' }, w.tokens.officer);
  w.t.ok('teams.addMembers', { teamId: team, stayIds: [s.an], on: '2026-08-01' }, w.tokens.officer);
  const grades: Record<string, string> = { '2026-08': 'tot', '2026-09': 'kha', '2026-10': 'kha' };
  for (const [month, grade] of Object.entries(grades)) {
    const entries = [s.hung, s.an, s.binh, s.cuong, ...(month === '2026-08' ? [] : [s.nam])].map((stayId) => ({ stayId, grade }));
    w.t.ok('ratings.save', { teamId: team, month, entries }, w.tokens.officer);
    w.t.ok('ratings.confirmMonth', { month }, w.tokens.head);
  }
  w.t.ok('release.recordMerit', { stayId: s.cuong, actOn: '2026-09-10', description: 'Dập lửa cứu xưởng may', documentNumber: '7/QĐ-KT' }, w.tokens.officer);
  w.t.ok('release.recordGround', { stayId: s.binh, ground: 'prison_sentence', recordedOn: '2026-11-20', documentNumber: '88/2026/HS-ST' }, w.tokens.officer);
});
afterAll(() => w.t.close());

const proposals = () => w.t.ok('reductions.get', { reviewId }, w.tokens.officer).proposals;
const proposalOf = (stayId: number) => proposals().find((p) => p.stayId === stayId)!;
const release = (stayId: number) => w.sql<{ r: string }>('SELECT expected_release AS r FROM stays WHERE id = ?', stayId)[0]!.r;

describe('a reduction review', () => {
  it('refuses a review day in the future', () => {
    expect(w.t.call('reductions.draft', { reviewOn: '2026-11-24' }, w.tokens.officer)).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'reviewOn' } });
  });

  it('drafts exactly the eligible stays and the exemption', () => {
    const r = w.t.ok('reductions.draft', { reviewOn: '2026-11-23' }, w.tokens.officer);
    reviewId = r.reviewId;
    expect(r.proposed).toBe(3);
    const got = w.t.ok('reductions.get', { reviewId }, w.tokens.officer);
    expect(got.review).toMatchObject({ title: 'Đợt xét giảm, miễn ngày 23/11/2026', status: 'draft', draftedBy: 'Cán bộ officer', included: 3, decided: 0 });
    // Vietnamese order: Bình, Cường, Hùng.
    expect(got.proposals.map((p) => [p.fullName, p.kind, p.monthsProposed, p.merit, p.monthsMin, p.monthsMax])).toEqual([
      ['Phạm Văn Bình', 'exemption', 0, false, 0, 0],
      ['Đỗ Văn Cường', 'reduction', 3, true, 3, 6],
      ['Nguyễn Văn Hùng', 'reduction', 1, false, 1, 3],
    ]);
    const hung = proposalOf(s.hung);
    expect(hung.grounds).toBe('Đã chấp hành một nửa thời hạn từ 03/08/2026; 3 tháng liền khá trở lên (08/2026: Tốt, 09/2026: Khá, 10/2026: Khá)');
    expect(hung.eligibility).toMatchObject({ asOf: '2026-11-23', eligible: true });
    expect(proposalOf(s.cuong).grounds).toContain('lập công ngày 10/09/2026: Dập lửa cứu xưởng may (văn bản số 7/QĐ-KT)');
    expect(proposalOf(s.binh).grounds).toBe('Phải chấp hành án phạt tù (văn bản số 88/2026/HS-ST, ghi nhận ngày 20/11/2026)');
    expect(hung).toMatchObject({ releaseDate: '2027-02-01', termMonths: 12, birthYear: 1990, decision: null });
  });

  it('says why the others are not proposed', () => {
    const nam = w.t.ok('release.planning', { stayId: s.nam }, w.tokens.officer).eligibility;
    expect(nam).toMatchObject({ eligible: false, goodMonths: 2, reasons: ['Tháng 08/2026 chưa được xếp loại hoặc chưa xác nhận.'] });
    const an = w.t.ok('release.planning', { stayId: s.an }, w.tokens.officer).eligibility;
    expect(an?.reasons[0]).toMatch(/^Chưa chấp hành đủ một nửa thời hạn \(đến \d\d\/\d\d\/2027\)\.$/);
  });

  it('lists the review and when the next is due; a second draft skips stays already proposed', () => {
    const again = w.t.ok('reductions.draft', { reviewOn: '2026-11-23', title: 'Đợt bổ sung' }, w.tokens.officer);
    expect(again.proposed).toBe(0);
    const list = w.t.ok('reductions.list', {}, w.tokens.officer);
    expect(list.reviews.map((r) => [r.title, r.included])).toEqual([['Đợt bổ sung', 0], ['Đợt xét giảm, miễn ngày 23/11/2026', 3]]);
    expect(list.nextReviewDue).toBe('2027-02-23');
    expect(w.t.call('reductions.approve', { reviewId: again.reviewId }, w.tokens.head)).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
  });

  it('keeps the months proposed within the legal range', () => {
    const hung = proposalOf(s.hung);
    const r = w.t.call('reductions.updateProposal', { proposalId: hung.id, included: true, monthsProposed: 4 }, w.tokens.head);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', field: 'monthsProposed', message: 'Số tháng đề nghị giảm phải từ 1 đến 3 tháng (Nghị định 116/2021/NĐ-CP, Điều 58 khoản 1).' },
    });
    const cuong = proposalOf(s.cuong);
    expect(w.t.call('reductions.updateProposal', { proposalId: cuong.id, included: true, monthsProposed: 2 }, w.tokens.head)).toMatchObject({ ok: false });
    w.t.ok('reductions.updateProposal', { proposalId: hung.id, included: true, monthsProposed: 2, note: 'Tiến bộ rõ' }, w.tokens.head);
    expect(proposalOf(s.hung)).toMatchObject({ monthsProposed: 2, note: 'Tiến bộ rõ' });
    const audit = w.sql<{ before: string; after: string }>("SELECT before_json AS before, after_json AS after FROM audit_log WHERE entity = 'reduction_proposal' ORDER BY id");
    expect(JSON.parse(audit.at(-1)!.before)).toEqual({ included: true, monthsProposed: 1, note: null, merit: false });
  });

  it('is approved by the head only, posted for 5 working days, then frozen', () => {
    expect(w.t.call('reductions.approve', { reviewId }, w.tokens.officer)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const hung = proposalOf(s.hung);
    expect(w.t.call('reductions.recordDecision', { proposalId: hung.id, outcome: 'granted', decisionNumber: '1/QĐ-TA', decidedOn: '2026-11-23', monthsGranted: 2 }, w.tokens.officer)).toMatchObject({
      ok: false,
      error: { code: 'rule_violation' },
    });
    expect(w.t.ok('reductions.approve', { reviewId }, w.tokens.head)).toEqual({ postingFrom: '2026-11-23', postingTo: '2026-11-27' });
    expect(w.t.call('reductions.approve', { reviewId }, w.tokens.head)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(w.t.call('reductions.updateProposal', { proposalId: hung.id, included: false }, w.tokens.head)).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', message: 'Danh sách đã được duyệt: không sửa được.' },
    });
    expect(w.t.ok('reductions.get', { reviewId }, w.tokens.officer).review).toMatchObject({ status: 'approved', approvedBy: 'Cán bộ head' });
  });

  it("records the court's reduction: the release date moves exactly N months earlier, audited", () => {
    const hung = proposalOf(s.hung);
    const decide = (input: Record<string, unknown>) => w.t.call('reductions.recordDecision', { proposalId: hung.id, outcome: 'granted', decisionNumber: '45/2026/QĐ-TA', decidedOn: '2026-11-23', ...input }, w.tokens.officer);
    expect(decide({})).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'monthsGranted' } });
    // 3 months would end the term on 01/11/2026, before the decision: that is a discharge, not a reduction.
    expect(decide({ monthsGranted: 3 })).toMatchObject({ ok: false, error: { code: 'rule_violation', field: 'monthsGranted' } });
    expect(count(w.t, 'term_adjustments')).toBe(0);

    const before = release(s.hung);
    const clock = computeTermClock({ admittedOn: '2026-02-01', termMonths: 12, heldDaysDeducted: 0, escapes: [], reductions: [], asOf: '2026-11-23', noticeDays: 15 });
    expect(before).toBe(clock.releaseDate);
    expect(decide({ monthsGranted: 2 })).toEqual({ ok: true, data: { releaseDate: addMonths(before, -2) } });
    expect(release(s.hung)).toBe('2026-12-01');
    expect(proposalOf(s.hung).decision).toEqual({ outcome: 'granted', decisionNumber: '45/2026/QĐ-TA', decidedOn: '2026-11-23', monthsGranted: 2 });
    expect(w.sql('SELECT kind, months, cause FROM term_adjustments WHERE stay_id = ?', s.hung)).toEqual([
      { kind: 'reduction', months: 2, cause: 'Quyết định số 45/2026/QĐ-TA của Tòa án, theo đề nghị của đợt xét giảm, miễn ngày 23/11/2026' },
    ]);
    const entities = w.sql<{ entity: string }>("SELECT entity FROM audit_log WHERE method = 'reductions.recordDecision' ORDER BY id").map((a) => a.entity);
    expect(entities).toEqual(['term_adjustment', 'stay', 'reduction_proposal']);
    expect(decide({ monthsGranted: 2 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(w.t.ok('release.planning', { stayId: s.hung }, w.tokens.officer).adjustments).toMatchObject([{ kind: 'reduction', months: 2 }]);
  });

  it('records an exemption with 0 months and a refusal without touching the term', () => {
    const binh = proposalOf(s.binh);
    const releaseBefore = release(s.binh);
    w.t.ok('reductions.recordDecision', { proposalId: binh.id, outcome: 'granted', decisionNumber: '46/2026/QĐ-TA', decidedOn: '2026-11-23' }, w.tokens.officer);
    expect(w.sql('SELECT kind, months FROM term_adjustments WHERE stay_id = ?', s.binh)).toEqual([{ kind: 'exemption', months: 0 }]);
    expect(release(s.binh)).toBe(releaseBefore);
    const cuong = proposalOf(s.cuong);
    w.t.ok('reductions.recordDecision', { proposalId: cuong.id, outcome: 'refused', decisionNumber: '47/2026/QĐ-TA', decidedOn: '2026-11-23' }, w.tokens.officer);
    expect(count(w.t, 'term_adjustments')).toBe(2);
    expect(w.t.ok('reductions.list', {}, w.tokens.officer).reviews[1]).toMatchObject({ decided: 3 });
  });
});

describe('an exemption on health grounds', () => {
  it('is named only to roles that read health data', () => {
    const world = openReleaseWorld();
    try {
      const lan = world.admit('Nguyễn Thị Lan', '2026-06-01');
      world.t.ok('release.recordGround', { stayId: lan, ground: 'pregnancy', recordedOn: '2026-11-02', documentNumber: '31/KL-BV' }, world.tokens.medical);
      const { reviewId: id } = world.t.ok('reductions.draft', { reviewOn: '2026-11-23' }, world.tokens.officer);
      const grounds = (token: string) => world.t.ok('reductions.get', { reviewId: id }, token).proposals[0]?.grounds;
      expect(grounds(world.tokens.head)).toBe('Có thai (văn bản số 31/KL-BV, ghi nhận ngày 02/11/2026)');
      expect(grounds(world.tokens.officer)).toBe('Căn cứ miễn chấp hành là thông tin y tế: chỉ Tổ Y tế và Trưởng Cơ sở xem được.');
    } finally {
      world.t.close();
    }
  });
});

describe('a merit act recorded after the draft', () => {
  it('widens the proposal to the merit range at once, without redrafting', () => {
    const v = openReleaseWorld();
    const team = v.team('Tổ 2');
    const stayId = v.admit('Võ Văn Tài', '2026-02-01');
    v.t.ok('teams.addMembers', { teamId: team, stayIds: [stayId], on: '2026-03-01' }, v.tokens.officer);
    for (const month of ['2026-08', '2026-09', '2026-10']) {
      v.t.ok('ratings.save', { teamId: team, month, entries: [{ stayId, grade: 'kha' }] }, v.tokens.officer);
      v.t.ok('ratings.confirmMonth', { month }, v.tokens.head);
    }
    const { reviewId: id } = v.t.ok('reductions.draft', { reviewOn: '2026-11-23' }, v.tokens.officer);
    const before = v.t.ok('reductions.get', { reviewId: id }, v.tokens.officer).proposals[0]!;
    expect([before.merit, before.monthsMin, before.monthsMax]).toEqual([false, 1, 3]);
    expect(v.t.call('reductions.updateProposal', { proposalId: before.id, included: true, monthsProposed: 4 }, v.tokens.head)).toMatchObject({ ok: false });

    v.t.ok('release.recordMerit', { stayId, actOn: '2026-11-20', description: 'Cứu người bị đuối nước' }, v.tokens.officer);
    const after = v.t.ok('reductions.get', { reviewId: id }, v.tokens.officer).proposals[0]!;
    expect([after.merit, after.monthsMin, after.monthsMax]).toEqual([true, 3, 6]);
    v.t.ok('reductions.updateProposal', { proposalId: before.id, included: true, monthsProposed: 4 }, v.tokens.head);
    expect(v.t.ok('reductions.get', { reviewId: id }, v.tokens.officer).proposals[0]).toMatchObject({ monthsProposed: 4, merit: true });
    v.t.close();
  });
});
