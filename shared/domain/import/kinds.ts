import { effectiveBirthDate } from '../admission-rules';
import { ageOn } from '../dates';
import type { DischargeReason, StayKind } from '../vocabulary';
import { cellText, foldText, type Read } from './text';
import type { Cell } from './types';

/** The register's words for the kind of stay, the sex and the reason a stay ended, read into the app's codes. */

const has = (folded: string, ...phrases: string[]) => phrases.some((p) => ` ${folded} `.includes(` ${p} `));

export interface KindFacts {
  birth: { date: string | null; year: number } | null;
  admittedOn: string | null;
  /** The adult age in force on the admission date (setting 'age.adult'): a minor's compulsory treatment is its own kind. */
  adultAge: number;
}

/**
 * "bắt buộc" is split by age on the admission date, whatever the register says, since the law sets the term by age;
 * with only the birth year known the person is taken as born on 31/12 (never older than they may be).
 */
export function readKind(cell: Cell, label: string, facts: KindFacts): Read<StayKind> {
  const f = foldText(cellText(cell));
  let kind: StayKind | 'compulsory' | null = null;
  if (has(f, 'cho quyet dinh', 'quan ly tam thoi', 'lap ho so', 'tam thoi')) kind = 'pending_decision';
  else if (has(f, 'xac dinh tinh trang nghien', 'xac dinh')) kind = 'assessment';
  else if (has(f, 'tu nguyen', 'tn', 'cntn')) kind = 'voluntary';
  else if (has(f, 'bat buoc', 'bb', 'cnbb')) kind = 'compulsory';
  if (kind === null) return { ok: false, code: 'unknown_kind', message: `${label} "${cellText(cell)}" không rõ` };
  return { ok: true, value: kind === 'compulsory' ? compulsoryKind(facts) : kind };
}

export function compulsoryKind(facts: KindFacts): 'compulsory_adult' | 'compulsory_minor' {
  if (!facts.birth || !facts.admittedOn) return 'compulsory_adult';
  return ageOn(effectiveBirthDate(facts.birth), facts.admittedOn) < facts.adultAge ? 'compulsory_minor' : 'compulsory_adult';
}

export function readSex(cell: Cell, label: string): Read<'male' | 'female'> {
  const f = foldText(cellText(cell));
  if (['nam', 'm', 'male', 'trai'].includes(f)) return { ok: true, value: 'male' };
  if (['nu', 'f', 'female', 'gai'].includes(f)) return { ok: true, value: 'female' };
  return { ok: false, code: 'unknown_sex', message: `${label} "${cellText(cell)}" không rõ` };
}

/** Reason phrases, the more specific first ("chuyển sang bắt buộc" before "chuyển cơ sở"). */
const reasonPhrases: [DischargeReason, string[]][] = [
  ['died', ['chet', 'tu vong', 'qua doi']],
  ['exempted', ['mien', 'mien chap hanh']],
  ['reduced', ['giam', 'giam thoi han']],
  ['no_decision', ['khong co quyet dinh', 'khong ra quyet dinh', 'khong chap nhan']],
  ['to_compulsory', ['chuyen sang bat buoc', 'chuyen sang cai nghien bat buoc', 'chuyen bat buoc', 'co quyet dinh bat buoc']],
  ['to_education', ['giao duong', 'co so giao duc', 'giao duc bat buoc']],
  ['criminal_proceedings', ['truy cuu', 'khoi to', 'tam giam', 'hinh su']],
  ['transferred', ['chuyen co so', 'chuyen', 'chuyen den']],
  ['suspended', ['dinh chi', 'tam dinh chi']],
  ['self_terminated', ['tu y', 'cham dut', 'tu bo']],
  ['not_addicted', ['khong nghien']],
  ['community_rehab', ['cong dong']],
  ['completed', ['chap hanh xong', 'het han', 'het thoi han', 'hoan thanh', 'xong']],
];

/**
 * An unknown reason is left empty with a warning rather than taken for "completed": recording a completion the
 * register does not state would count in the reports as a term served in full. An escape is not a way out of the
 * register (the stay stays open until the return), so "trốn" is an unknown reason too.
 */
export function readDischargeReason(cell: Cell, label: string, kind: StayKind | null): Read<DischargeReason | null> {
  const text = cellText(cell);
  const f = foldText(text);
  const left = { code: 'unknown_discharge_reason' as const, action: 'Để trống lý do ra' };
  if (has(f, 'tron', 'bo tron')) {
    return { ok: true, value: null, warning: { ...left, message: `${label} "${text}": bỏ trốn không phải là ra khỏi cơ sở` } };
  }
  const found = reasonPhrases.find(([, phrases]) => has(f, ...phrases))?.[0];
  if (!found) return { ok: true, value: null, warning: { ...left, message: `${label} "${text}" không rõ` } };
  return { ok: true, value: found === 'completed' && kind === 'voluntary' ? 'voluntary_completed' : found };
}
