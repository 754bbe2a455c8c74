import { z } from 'zod';
import type { LegalKey } from '../domain/legal';
import { legalKeys, legalValueIssues } from '../domain/legal-edit';
import { method } from './define';
import { isoDate, text } from './fields';

export const legalKey = z.enum(legalKeys, { error: 'Tham số pháp lý không có trong danh mục' });

/** Superseded: a later value is in force today; in force: the one that applies today; scheduled: from a later date. */
export const legalStatus = z.enum(['superseded', 'in_force', 'scheduled']);

export const legalRowView = z.object({
  id: z.number(),
  key: z.string(),
  value: z.unknown(),
  citation: z.string(),
  effectiveFrom: z.string(),
  status: legalStatus,
  /** Who added the value; null for the defaults shipped with the app. */
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type LegalRowView = z.infer<typeof legalRowView>;

export const setLegalInput = z
  .object({
    key: legalKey,
    value: z.unknown(),
    citation: text('Căn cứ pháp lý', 300),
    effectiveFrom: isoDate('Ngày hiệu lực'),
  })
  .superRefine(
    (input, ctx) => {
      // The value's shape depends on the key, so it is checked here with the figure's own Vietnamese labels.
      for (const issue of legalValueIssues(input.key, input.value)) {
        ctx.addIssue({ code: 'custom', path: ['value', ...issue.field.split('.').filter(Boolean)], message: issue.message });
      }
    },
    // Checked even when the citation or the date is wrong too, so the form shows every mistake at once.
    { when: (payload) => legalKeys.includes((payload.value as { key?: unknown } | undefined)?.key as LegalKey) },
  );

const holiday = isoDate('Ngày nghỉ lễ');

export const settingsMethods = {
  'settings.legal': method({
    summary:
      'Every legal figure with its citation and the date it takes effect, history included; `status` says which ' +
      'value applies today and which are scheduled.',
    access: 'settings.read',
    kind: 'query',
    input: z.object({}),
    output: z.array(legalRowView),
  }),
  'settings.setLegal': method({
    summary:
      'Adds a value of a legal figure with its citation, taking effect on a date (today, a later date, or a past ' +
      'date after the value in force today). Earlier values stay, so each stay is judged by the rule of its time. ' +
      '`value` has the shape of its key, as `settings.legal` returns it: `{ minMonths, maxMonths }` for terms, ' +
      '`{ days }` for deadlines, `{ years }` for ages, `{ adult: { day, week }, … }` for hour caps.',
    access: 'settings.manage',
    kind: 'command',
    input: setLegalInput,
    output: legalRowView,
  }),
  'settings.holidays': method({
    summary: 'Public holidays (YYYY-MM-DD) skipped when counting working days for notices.',
    access: 'settings.read',
    kind: 'query',
    input: z.object({}),
    output: z.array(z.string()),
  }),
  'settings.setHolidays': method({
    summary: 'Replaces the list of public holidays; audited with the list before and after.',
    access: 'settings.manage',
    kind: 'command',
    input: z.object({ holidays: z.array(holiday).max(400, 'Danh sách ngày nghỉ lễ: tối đa 400 ngày') }),
    output: z.array(z.string()),
  }),
};
