import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../../shared/contract';
import { effectiveBirthDate } from '../../../shared/domain/admission-rules';
import { ageOn } from '../../../shared/domain/dates';
import { needsSchooling } from '../../../shared/domain/schooling';
import { stayStates, type StayKind, type StayState } from '../../../shared/domain/vocabulary';
import { legal } from '../settings/legal';
import { ftsMatch } from '../residents/queries';
import { loadClass } from './class-rows';
import { fundingFlags } from './funding';

interface ResidentRow {
  stayId: number;
  fullName: string;
  fileNumber: string;
  kind: StayKind;
  state: StayState;
  admittedOn: string;
  birthDate: string | null;
  birthYear: number;
  education: string | null;
}

// "In the facility" as an IN list over the state index; `<> 'discharged'` would scan every stay of ten years.
const inFacility = stayStates
  .filter((s) => s !== 'discharged')
  .map((s) => `'${s}'`)
  .join(', ');

const residentSelect = `
  SELECT s.id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, s.kind, s.state, s.admitted_on AS admittedOn,
         p.birth_date AS birthDate, p.birth_year AS birthYear, p.education
  FROM stays s JOIN persons p ON p.id = s.person_id
  WHERE s.state IN (${inFacility})`;

/** needsSchooling of each resident, with today's adult age and primary grade from settings. */
function schoolingCheck(sqlite: Database.Database, today: string) {
  const adult = legal(sqlite, 'age.adult', today).value.years;
  const grade = legal(sqlite, 'schooling.primary_grade', today).value.grade;
  return (r: ResidentRow) => needsSchooling(ageOn(effectiveBirthDate({ date: r.birthDate, year: r.birthYear }), today), adult, r.education, grade);
}

/** The name (folded-name index, each word a prefix) or file-number filter of a search, or null when nothing can match. */
function searchFilter(query: string, params: Record<string, unknown>): string | null {
  const match = ftsMatch(query);
  const branches: string[] = [];
  if (match) {
    params.match = match;
    branches.push('s.person_id IN (SELECT rowid FROM persons_fts WHERE persons_fts MATCH @match)');
  }
  if (/\d/.test(query)) {
    params.file = `${query.replace(/[*?[\]]/g, (c) => `[${c}]`)}*`;
    branches.push('s.file_number GLOB @file');
  }
  return branches.length > 0 ? `AND (${branches.join(' OR ')})` : null;
}

/** A search list, not the register: the officer narrows it by typing. */
const CANDIDATE_LIMIT = 100;

/** Residents in the facility not on the class (one who left it may come back), in name order, with both flags. */
export function classCandidates(sqlite: Database.Database, classId: number, query: string | undefined, today: string): MethodOutput<'classes.candidates'> {
  loadClass(sqlite, classId);
  const params: Record<string, unknown> = { classId };
  const filter = query ? searchFilter(query, params) : '';
  if (filter === null) return { truncated: false, candidates: [] };
  const rows = sqlite
    .prepare(
      `${residentSelect} ${filter}
         AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.class_id = @classId AND e.stay_id = s.id AND e.status <> 'withdrawn')
       ORDER BY p.name_sort_key, s.id LIMIT ${CANDIDATE_LIMIT + 1}`,
    )
    .all(params) as ResidentRow[];
  const truncated = rows.length > CANDIDATE_LIMIT;
  rows.splice(CANDIDATE_LIMIT);
  const { flags } = fundingFlags(sqlite, rows.map((r) => ({ id: r.stayId, kind: r.kind, admittedOn: r.admittedOn })), today);
  const schooling = schoolingCheck(sqlite, today);
  return {
    truncated,
    candidates: rows.map((r) => {
      const flag = flags.get(r.stayId);
      return {
        stayId: r.stayId,
        fullName: r.fullName,
        fileNumber: r.fileNumber,
        kind: r.kind,
        state: r.state,
        alreadyTrained: flag?.result ? { trade: flag.trade, className: flag.className, fileNumber: flag.fileNumber, result: flag.result } : null,
        needsSchooling: schooling(r),
      };
    }),
  };
}

/** Minors in the facility without primary education, in name order (an unreadable education is listed, to be checked). */
export function schoolList(sqlite: Database.Database, today: string): MethodOutput<'training.schoolList'> {
  const schooling = schoolingCheck(sqlite, today);
  const rows = sqlite.prepare(`${residentSelect} ORDER BY p.name_sort_key, s.id`).all() as ResidentRow[];
  return {
    residents: rows.filter(schooling).map((r) => ({ stayId: r.stayId, fullName: r.fullName, fileNumber: r.fileNumber, birthDate: r.birthDate, education: r.education })),
  };
}
