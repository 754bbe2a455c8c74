import { legalParameterShapes } from '../../../shared/domain/legal';
import { legalDateIssue } from '../../../shared/domain/legal-edit';
import { AppError } from '../../../shared/errors';
import type { Ctx, HandlerMap } from '../../router/types';
import { legalRows, legalRowViews, settingValue } from './legal';

type SettingsMethods = 'settings.legal' | 'settings.setLegal' | 'settings.holidays' | 'settings.setHolidays';

const HOLIDAYS = 'calendar.holidays';

/** The public holidays of the settings, as the list shows them. */
export const listHolidays = (sqlite: Ctx['sqlite']): string[] => settingValue<string[]>(sqlite, HOLIDAYS);

export const settingsHandlers: HandlerMap<SettingsMethods> = {
  'settings.legal': (_input, ctx) => legalRowViews(ctx.sqlite, ctx.today()),

  'settings.setLegal': (input, ctx) => {
    const rows = legalRows(ctx.sqlite);
    const dateIssue = legalDateIssue(rows, input.key, input.effectiveFrom, ctx.today());
    if (dateIssue) throw new AppError('rule_violation', dateIssue.message, { field: dateIssue.field });
    // The value this one takes over from on its date, for the audit row.
    const replaced = rows
      .filter((r) => r.key === input.key && r.effectiveFrom < input.effectiveFrom)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
      .at(-1);
    // Stored as the shape parsed it, so stray fields a client sent are not kept.
    const value = legalParameterShapes[input.key].parse(input.value);
    const { id } = ctx.sqlite
      .prepare(
        `INSERT INTO legal_parameters (key, value_json, citation, effective_from, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(input.key, JSON.stringify(value), input.citation, input.effectiveFrom, ctx.user?.id ?? null, ctx.now().toISOString()) as { id: number };
    ctx.audit({
      entity: 'legal_parameter',
      entityId: id,
      before: replaced ?? null,
      after: { key: input.key, value, citation: input.citation, effectiveFrom: input.effectiveFrom },
    });
    const view = legalRowViews(ctx.sqlite, ctx.today()).find((r) => r.id === id);
    if (!view) throw new Error('legal parameter just written is missing');
    return view;
  },

  'settings.holidays': (_input, ctx) => listHolidays(ctx.sqlite),

  'settings.setHolidays': (input, ctx) => {
    const before = settingValue<string[]>(ctx.sqlite, HOLIDAYS);
    const after = [...new Set(input.holidays)].sort();
    ctx.sqlite
      .prepare('UPDATE settings SET value_json = ?, updated_at = ?, updated_by = ? WHERE key = ?')
      .run(JSON.stringify(after), ctx.now().toISOString(), ctx.user?.id ?? null, HOLIDAYS);
    ctx.audit({ entity: 'setting', entityId: HOLIDAYS, before, after });
    return after;
  },
};
