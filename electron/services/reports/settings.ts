import type Database from 'better-sqlite3';
import type { ReportSettings } from '../../../shared/contract/reports';
import type { Ctx } from '../../router/types';
import { settingValue } from '../settings/legal';

const KEY = 'report.header';

/** The header as shown and printed: empty unit names fall back to the facility's governing unit and name. */
export function reportSettingsView(sqlite: Database.Database): ReportSettings {
  const stored = settingValue<ReportSettings>(sqlite, KEY);
  const facility = sqlite.prepare('SELECT name, governing_unit AS governingUnit FROM facility WHERE id = 1').get() as
    | { name: string; governingUnit: string }
    | undefined;
  return {
    ...stored,
    governingUnit: stored.governingUnit.trim() || facility?.governingUnit || '',
    issuingUnit: stored.issuingUnit.trim() || facility?.name || '',
  };
}

export function setReportSettings(ctx: Ctx, input: ReportSettings): ReportSettings {
  const before = settingValue<ReportSettings>(ctx.sqlite, KEY);
  ctx.sqlite
    .prepare('UPDATE settings SET value_json = ?, updated_at = ?, updated_by = ? WHERE key = ?')
    .run(JSON.stringify(input), ctx.now().toISOString(), ctx.user?.id ?? null, KEY);
  ctx.audit({ entity: 'setting', entityId: KEY, before, after: input });
  return input;
}
