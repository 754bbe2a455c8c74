import type { Sex } from './layout';
import { vietnameseName } from './names';
import { personDetails, residence, type PersonDetails, type Residence } from './places';
import type { Random } from './random';
import type { StayPlan } from './stays';
import { dayOf } from './days';

/**
 * Who each stay belongs to. Stays are grouped into episodes (a pending-decision stay and the compulsory stay
 * that follows it are one episode) and walked in date order; an adult episode is often a relapse of someone
 * released earlier (a re-admission), never before they were out for a while, with at most three stays.
 */
export interface PersonPlan {
  id: number;
  fullName: string;
  sex: Sex;
  birth: number;
  citizenId: string;
  citizenIdKind: 'cccd' | 'cmnd';
  residence: Residence;
  details: PersonDetails;
  yearsOfUse: number;
  stays: number;
}

const READMISSION = 0.22;
const MAX_STAYS = 3;
const MAX_READMISSION_AGE = 62;
const DAYS_PER_YEAR = 365.25;
/** CCCD chip cards replaced the 9-digit CMND from 2021; older records still carry the old number. */
const CCCD_FROM = dayOf('2021-07-01');

function adultAge(rng: Random): number {
  const r = rng.next();
  if (r < 0.2) return rng.int(18, 24);
  if (r < 0.6) return rng.int(25, 34);
  if (r < 0.88) return rng.int(35, 44);
  if (r < 0.98) return rng.int(45, 55);
  return rng.int(56, 60);
}

function minorAge(rng: Random): number {
  const r = rng.next();
  if (r < 0.02) return 12;
  if (r < 0.07) return 13;
  if (r < 0.17) return 14;
  if (r < 0.37) return 15;
  if (r < 0.67) return 16;
  return 17;
}

function digits(rng: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

class PersonFactory {
  private readonly ids = new Set<string>();
  private count = 0;

  constructor(private readonly rng: Random) {}

  create(sex: Sex, minor: boolean, firstDay: number): PersonPlan {
    const { rng } = this;
    const age = minor ? minorAge(rng) : adultAge(rng);
    // Born at least a month before the birthday that gives this age on admission, so the court's decision
    // (made days before admission) already finds the person of that age.
    const birth = firstDay - Math.floor(age * DAYS_PER_YEAR) - rng.int(30, 330);
    const home = residence(rng);
    const birthYear = new Date(birth * 86_400_000).getUTCFullYear();
    const oldCard = firstDay < CCCD_FROM && rng.chance(0.3);
    let citizenId: string;
    do {
      if (oldCard) citizenId = home.cmndPrefix + digits(rng, 7);
      else {
        const century = (birthYear >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0);
        citizenId = home.cccdCode + String(century) + String(birthYear % 100).padStart(2, '0') + digits(rng, 6);
      }
    } while (this.ids.has(citizenId));
    this.ids.add(citizenId);
    return {
      id: ++this.count,
      fullName: vietnameseName(rng, sex),
      sex,
      birth,
      citizenId,
      citizenIdKind: oldCard ? 'cmnd' : 'cccd',
      residence: home,
      details: personDetails(rng, minor),
      yearsOfUse: minor ? rng.int(1, 3) : rng.int(1, Math.min(20, age - 14)),
      stays: 0,
    };
  }
}

function episodesOf(stays: StayPlan[]): StayPlan[][] {
  const followers = new Set(stays.flatMap((s) => (s.leadsTo ? [s.leadsTo] : [])));
  return stays
    .filter((s) => !followers.has(s))
    .map((s) => (s.leadsTo ? [s, s.leadsTo] : [s]))
    .sort((a, b) => (a[0]?.admitted ?? 0) - (b[0]?.admitted ?? 0) || (a[0]?.seq ?? 0) - (b[0]?.seq ?? 0));
}

/** Gives every stay its person; returns the persons in order of first appearance. */
export function assignPersons(rng: Random, stays: StayPlan[]): PersonPlan[] {
  const factory = new PersonFactory(rng);
  const persons: PersonPlan[] = [];
  const pool: Record<Sex, PersonPlan[]> = { male: [], female: [] };
  const returning = new Map<number, PersonPlan[]>();
  let releasedUpTo: number | null = null;

  for (const episode of episodesOf(stays)) {
    const first = episode[0];
    const last = episode[episode.length - 1];
    if (!first || !last) continue;
    // People released long enough ago become candidates for a relapse from their day on.
    if (releasedUpTo === null) releasedUpTo = first.admitted - 1;
    for (; releasedUpTo < first.admitted; releasedUpTo++) {
      for (const p of returning.get(releasedUpTo + 1) ?? []) pool[p.sex].push(p);
      returning.delete(releasedUpTo + 1);
    }

    const minor = first.kind === 'compulsory_minor';
    let person: PersonPlan | null = null;
    const candidates = pool[first.sex];
    if (!minor && candidates.length > 0 && rng.chance(READMISSION)) {
      const i = rng.int(0, candidates.length - 1);
      const chosen = candidates[i];
      candidates[i] = candidates[candidates.length - 1] as PersonPlan;
      candidates.pop();
      const fits = chosen && chosen.stays + episode.length <= MAX_STAYS;
      if (fits && (first.admitted - chosen.birth) / DAYS_PER_YEAR <= MAX_READMISSION_AGE) person = chosen;
    }
    const readmission = person !== null;
    if (!person) {
      person = factory.create(first.sex, minor, first.admitted);
      persons.push(person);
    }
    person.stays += episode.length;
    for (const s of episode) {
      s.person = person;
      s.readmission = readmission;
    }
    if (!minor && last.end !== null && last.reason !== 'died' && person.stays < MAX_STAYS) {
      const back = last.end + rng.int(60, 900);
      const list = returning.get(back) ?? [];
      list.push(person);
      returning.set(back, list);
    }
  }
  return persons;
}
