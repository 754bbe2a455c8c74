import type Database from 'better-sqlite3';
import { fundingFlag, type FundingStay, type PastTraining } from '../../../shared/domain/training-funding';
import { legal } from '../settings/legal';

/** Every course taken on any stay of the persons behind these stays, per stay asked about. */
function trainingsOfPersons(sqlite: Database.Database, stayIds: readonly number[]): Map<number, PastTraining[]> {
  const found = new Map<number, PastTraining[]>();
  if (stayIds.length === 0) return found;
  const rows = sqlite
    .prepare(
      `SELECT s.id AS askedId, o.id AS stayId, o.kind AS stayKind, o.admitted_on AS admittedOn, o.file_number AS fileNumber,
              t.name AS trade, c.name AS className, e.result
       FROM stays s
       JOIN stays o ON o.person_id = s.person_id AND o.id <> s.id
       JOIN enrolments e ON e.stay_id = o.id
       JOIN training_classes c ON c.id = e.class_id
       JOIN trades t ON t.id = c.trade_id
       WHERE s.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(stayIds)) as (PastTraining & { askedId: number })[];
  for (const { askedId, ...t } of rows) found.set(askedId, [...(found.get(askedId) ?? []), t]);
  return found;
}

/** The funding flag of each stay (the earlier course that used the funding), and the rule's citation for messages. */
export function fundingFlags(sqlite: Database.Database, stays: readonly FundingStay[], today: string) {
  const rule = legal(sqlite, 'training.funded_times', today);
  const trainings = trainingsOfPersons(sqlite, stays.map((s) => s.id));
  const flags = new Map(stays.map((s) => [s.id, fundingFlag(s, trainings.get(s.id) ?? [], rule.value.times)]));
  return { flags, citation: rule.citation };
}
