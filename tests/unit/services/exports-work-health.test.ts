import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoBackend, readSheet } from './exports-reader';

/** A medical exemption's reason names an illness: work.sheet and its export give it only to roles with health.read. */
const NOW = new Date('2026-03-05T03:00:00.000Z');
const TODAY = '2026-03-05';
let d: ReturnType<typeof demoBackend>;
beforeAll(() => {
  d = demoBackend(NOW, 'exports-work-health');
});
afterAll(() => d.close());

it('leaves the exemption’s reason out of the officer’s work sheet and gives it to the medical team and the head', async () => {
  const [team] = d.call('teams.list', {}).teams;
  const input = { teamId: team!.id, date: TODAY };
  const member = d.call('work.sheet', input).rows.find((r) => r.blocked === null)!;
  const reason = 'Lao phổi, đang điều trị';
  d.call('work.exempt', { stayId: member.stayId, fromOn: TODAY, toOn: '2026-03-20', reason }, d.tokens.medical);
  const exemptionOf = (token: string) => d.call('work.sheet', input, token).rows.find((r) => r.stayId === member.stayId)!.exemption;

  for (const role of ['officer', 'trainer', 'admin'] as const) {
    expect(exemptionOf(d.tokens[role])).toEqual({ fromOn: TODAY, toOn: '2026-03-20', reason: null });
    // Nowhere in the answer, not only not in that field.
    expect(JSON.stringify(d.backend.router.call('work.sheet', input, d.tokens[role]))).not.toContain(reason);
  }
  expect(exemptionOf(d.tokens.medical)?.reason).toBe(reason);
  expect(exemptionOf(d.tokens.head)?.reason).toBe(reason);

  const noteOf = async (token: string) => {
    const sheet = await readSheet(d.call('exports.work', input, token));
    return sheet.col('Ghi chú')[sheet.col('Họ và tên').indexOf(member.fullName)];
  };
  expect(await noteOf(d.tokens.officer)).toBe('Miễn lao động từ 05/03/2026 đến 20/03/2026');
  expect(await noteOf(d.tokens.medical)).toBe(`Miễn lao động từ 05/03/2026 đến 20/03/2026: ${reason}`);
});
