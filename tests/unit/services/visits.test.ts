import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { admission, count, openTestBackend, setupFacility, type TestBackend } from './test-backend';

// Today is 23/11/2026 (test-backend FIXED_NOW).
let t: TestBackend;
let token: string;
let bedIds: number[];

beforeEach(() => {
  t = openTestBackend();
  ({ token, bedIds } = setupFacility(t));
});
afterEach(() => t.close());

const admit = (broughtInOn: string, bed = 0) =>
  t.ok('admissions.admit', admission({ broughtInOn, bedId: bedIds[bed] ?? 0, citizenId: `07909000123${bed}`, fullName: ['Nguyễn Văn Hùng', 'Trần Văn Nam'][bed] }), token).stayId;

const visit = (stayId: number, extra: Record<string, unknown> = {}) => ({
  stayId,
  visitOn: '2026-11-23',
  startTime: '08:30',
  durationMinutes: 90,
  visitors: [{ name: 'Nguyễn Thị Lan', relation: 'Mẹ', idNumber: '079065004321' }],
  handedIn: [
    { kind: 'money', description: 'Tiền mặt gửi lưu ký', amountDong: 1872000 },
    { kind: 'item', description: 'Quần áo', quantity: 3 },
  ],
  ...extra,
});

const sqlite = () => t.backend.database.sqlite;
const written = () => ['visits', 'visitors', 'handed_in_items', 'audit_log'].map((table) => count(t, table));

describe('visits.record', () => {
  it('refuses a visit in the first 15 days with the rule and its citation, and writes nothing', () => {
    const stayId = admit('2026-11-10'); // 23/11 is day 14
    const before = written();
    const r = t.call('visits.record', visit(stayId), token);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('rule_violation');
    expect(r.error.issues).toEqual([
      {
        field: 'visitOn',
        message: expect.stringMatching(/^Không thăm gặp trong 15 ngày đầu .* ngày thứ 14, được thăm từ ngày 25\/11\/2026\. Căn cứ: Nghị định 116\/2021\/NĐ-CP/),
      },
    ]);
    expect(written()).toEqual(before);
  });

  it('records a refused visit as an exception only with a reason, and audits it as one', () => {
    const stayId = admit('2026-11-10');
    const out = t.ok('visits.record', visit(stayId, { overrideReason: 'Mẹ ốm nặng, Trưởng Cơ sở đồng ý' }), token);
    expect(out.exception).toBe(true);
    expect(out.rulesBroken).toHaveLength(1);
    const [listed] = t.ok('visits.list', { stayId }, token);
    expect(listed?.overrideReason).toBe('Mẹ ốm nặng, Trưởng Cơ sở đồng ý');
    const audit = sqlite().prepare("SELECT entity, reason, after_json AS after FROM audit_log WHERE method = 'visits.record' AND entity <> 'deposit_line'").all() as {
      entity: string;
      reason: string;
      after: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]?.entity).toBe('visit_exception');
    expect(audit[0]?.reason).toBe('Thăm gặp ngoài quy định: Mẹ ốm nặng, Trưởng Cơ sở đồng ý');
    expect(JSON.parse(audit[0]?.after ?? '{}').rulesBroken[0]).toContain('15 ngày đầu');
  });

  it('stores a valid visit with its visitors and the money and items handed in', () => {
    const stayId = admit('2026-11-02'); // 23/11 is day 22
    const out = t.ok('visits.record', visit(stayId), token);
    expect(out).toEqual({ visitId: expect.any(Number), exception: false, rulesBroken: [] });
    expect(t.ok('visits.list', { stayId }, token)).toEqual([
      expect.objectContaining({
        visitOn: '2026-11-23',
        durationMinutes: 90,
        overrideReason: null,
        recordedBy: 'admin',
        visitors: [{ name: 'Nguyễn Thị Lan', relation: 'Mẹ', idNumber: '079065004321' }],
        handedIn: [
          { kind: 'money', description: 'Tiền mặt gửi lưu ký', quantity: 1, amountDong: 1872000 },
          { kind: 'item', description: 'Quần áo', quantity: 3, amountDong: null },
        ],
      }),
    ]);
    const items = sqlite().prepare('SELECT stay_id AS stayId, received_on AS receivedOn FROM handed_in_items').all();
    expect(items).toEqual([
      { stayId, receivedOn: '2026-11-23' },
      { stayId, receivedOn: '2026-11-23' },
    ]);
    // The money also went onto the deposit account, in the same transaction (deposit.test.ts covers the account).
    expect(sqlite().prepare("SELECT entity FROM audit_log WHERE method = 'visits.record' ORDER BY id").pluck().all()).toEqual(['deposit_line', 'visit']);
    expect(sqlite().prepare('SELECT kind, amount_dong AS amountDong FROM deposit_lines WHERE stay_id = ?').all(stayId)).toEqual([{ kind: 'handed_in', amountDong: 1872000 }]);
  });

  it('refuses a second visit in the same week, and four relatives without approval', () => {
    const stayId = admit('2026-11-02');
    t.ok('visits.record', visit(stayId, { visitOn: '2026-11-18' }), token); // Wednesday of the week before
    t.ok('visits.record', visit(stayId, { visitOn: '2026-11-23' }), token); // Monday
    const again = t.call('visits.record', visit(stayId, { visitOn: '2026-11-23', startTime: '15:00' }), token);
    expect(again.ok ? [] : again.error.issues?.map((i) => i.message)).toEqual([expect.stringContaining('tối đa 1 lần mỗi tuần')]);
    const four = Array.from({ length: 4 }, (_, i) => ({ name: `Người thăm ${i + 1}`, relation: 'Anh' }));
    const other = admit('2026-11-02', 1);
    const crowd = t.call('visits.record', visit(other, { visitors: four }), token);
    expect(crowd.ok ? [] : crowd.error.issues).toEqual([{ field: 'visitors', message: expect.stringContaining('4 người thăm vượt quá 3 thân nhân') }]);
    const approved = t.ok('visits.record', visit(other, { visitors: four, approvedExtension: true, durationMinutes: 240 }), token);
    expect(approved.exception).toBe(false);
  });

  it('refuses a visit during a discipline measure', () => {
    const stayId = admit('2026-11-02');
    sqlite()
      .prepare("INSERT INTO discipline_records (stay_id, measure, from_on, to_on, reason) VALUES (?, 'Cách ly tại khu kỷ luật', '2026-11-20', NULL, 'Đánh nhau')")
      .run(stayId);
    const r = t.call('visits.record', visit(stayId), token);
    expect(r.ok ? '' : r.error.message).toContain('biện pháp kỷ luật "Cách ly tại khu kỷ luật" từ 20/11/2026');
  });

  it('refuses a visit date not yet come, or before admission, on the date field', () => {
    const stayId = admit('2026-11-02');
    for (const visitOn of ['2026-11-24', '2026-11-01']) {
      const r = t.call('visits.record', visit(stayId, { visitOn }), token);
      expect(r.ok ? null : r.error).toMatchObject({ code: 'invalid_input', field: 'visitOn' });
    }
    expect(count(t, 'visits')).toBe(0);
  });

  it('asks for the amount of money handed in', () => {
    const stayId = admit('2026-11-02');
    const r = t.call('visits.record', visit(stayId, { handedIn: [{ kind: 'money', description: 'Tiền mặt' }] }), token);
    expect(r.ok ? null : r.error.issues).toEqual([{ field: 'handedIn.0.amountDong', message: 'Số tiền: bắt buộc khi gửi tiền' }]);
  });
});
