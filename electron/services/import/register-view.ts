import type Database from 'better-sqlite3';
import { personKey } from '../../../shared/domain/import/rows';
import type { ImportedStay } from '../../../shared/domain/import/types';

/** A person of the register as the import matches them. */
export interface KnownPerson {
  id: number;
  fullName: string;
  citizenId: string | null;
  /** The register's stays, then those of earlier rows of the file (with their row number). */
  stays: { fileNumber: string; admittedOn: string; dischargedOn: string | null; fromRow?: number }[];
}

/**
 * The register read once for a whole file (30.000 rows): people by the import's person key, and the file numbers
 * taken. The key is the file's own (personKey): citizen id first, else folded name, birth year and sex.
 */
export interface RegisterView {
  byCitizenId: Map<string, KnownPerson>;
  byName: Map<string, KnownPerson[]>;
  fileNumbers: Set<string>;
}

interface PersonRow {
  id: number;
  fullName: string;
  birthDate: string | null;
  birthYear: number;
  sex: 'male' | 'female';
  citizenId: string | null;
}

const asStay = (p: PersonRow, citizenId: string | null) => ({ ...p, citizenId }) as unknown as ImportedStay;

export function readRegister(sqlite: Database.Database): RegisterView {
  const people = sqlite
    .prepare('SELECT id, full_name AS fullName, birth_date AS birthDate, birth_year AS birthYear, sex, citizen_id AS citizenId FROM persons')
    .all() as PersonRow[];
  const byId = new Map<number, KnownPerson>();
  const view: RegisterView = { byCitizenId: new Map(), byName: new Map(), fileNumbers: new Set() };
  for (const p of people) {
    const known: KnownPerson = { id: p.id, fullName: p.fullName, citizenId: p.citizenId, stays: [] };
    byId.set(p.id, known);
    if (p.citizenId) view.byCitizenId.set(p.citizenId, known);
    const key = personKey(asStay(p, null));
    view.byName.set(key, [...(view.byName.get(key) ?? []), known]);
  }
  const stays = sqlite
    .prepare('SELECT person_id AS personId, file_number AS fileNumber, admitted_on AS admittedOn, discharged_on AS dischargedOn FROM stays ORDER BY admitted_on, id')
    .all() as { personId: number; fileNumber: string; admittedOn: string; dischargedOn: string | null }[];
  for (const s of stays) {
    view.fileNumbers.add(s.fileNumber);
    byId.get(s.personId)?.stays.push({ fileNumber: s.fileNumber, admittedOn: s.admittedOn, dischargedOn: s.dischargedOn });
  }
  return view;
}

/**
 * The person of the register a row is: the holder of its citizen id; else someone of the same folded name, birth
 * year and sex whose citizen id is not a different one.
 */
export function matchPerson(view: RegisterView, stay: ImportedStay): KnownPerson | null {
  if (stay.citizenId) {
    const holder = view.byCitizenId.get(stay.citizenId);
    if (holder) return holder;
  }
  const same = view.byName.get(personKey({ ...stay, citizenId: null })) ?? [];
  return same.find((p) => !p.citizenId || !stay.citizenId || p.citizenId === stay.citizenId) ?? null;
}

/** Adds a person the file creates, so later rows of the same person join them (one person, several stays). */
export function addPerson(view: RegisterView, person: KnownPerson, stay: ImportedStay): void {
  if (stay.citizenId) view.byCitizenId.set(stay.citizenId, person);
  const key = personKey({ ...stay, citizenId: null });
  view.byName.set(key, [...(view.byName.get(key) ?? []), person]);
}
