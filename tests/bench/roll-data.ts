import type Database from 'better-sqlite3';
import { DEMO_ACCOUNTS } from '../../db/demo/build';
import { writeDemoRolls, type DemoRollsSummary } from '../../db/demo/rolls';

/**
 * The roll part of the bench needs the demo's ten years of saved rolls. A cached demo built without them (or
 * before the roll tables existed) gets them added once, from its own history range, in one transaction.
 */
export function ensureDemoRolls(sqlite: Database.Database): DemoRollsSummary | null {
  const { n } = sqlite.prepare('SELECT count(*) AS n FROM rolls').get() as { n: number };
  if (n > 0) return null;
  const row = sqlite.prepare("SELECT after_json AS after FROM audit_log WHERE method = 'demo.generate' ORDER BY id LIMIT 1").get() as
    | { after: string }
    | undefined;
  const demo = row ? (JSON.parse(row.after) as { asOf?: string; historyFrom?: string }) : {};
  if (!demo.asOf || !demo.historyFrom) throw new Error('the bench database is not a demo build (no demo.generate audit row)');
  const officerId = DEMO_ACCOUNTS.findIndex((a) => a.role === 'officer') + 1;
  console.log('Đang thêm điểm danh 10 năm vào dữ liệu mẫu / adding ten years of rolls to the cached demo…');
  return sqlite.transaction(() => writeDemoRolls(sqlite, { from: demo.historyFrom ?? '', until: demo.asOf ?? '', officerId }))();
}
