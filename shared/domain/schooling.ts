import { foldForSearch } from './names';

/** Primary schooling of minors (DOMAIN.md §7): read the Mẫu 19 education text as the last grade completed. */

// Named levels as officers write them, folded; the grade each completes.
const levels: [RegExp, number][] = [
  [/khong biet chu|mu chu|chua (di )?hoc|khong (di )?hoc/, 0],
  [/dai hoc|cao dang|trung cap|thpt|trung hoc pho thong|cap 3/, 12],
  [/thcs|trung hoc co so|cap 2/, 9],
  [/tieu hoc|cap 1/, 5],
];

/**
 * "9/12", "5", "lớp 4", "Lớp 7/12", "Tiểu học", "Không biết chữ" → the grade completed (0 for none); null when the
 * text is empty or says nothing this can read. The old "x/10" system counts its grades the same way.
 */
export function completedGrade(education: string | null | undefined): number | null {
  const text = foldForSearch(education ?? '');
  if (text === '') return null;
  const slash = /(\d{1,2})\s*\/\s*(10|12)\b/.exec(text);
  if (slash) return Number(slash[1]) <= Number(slash[2]) ? Number(slash[1]) : null;
  const grade = /^(?:lop\s*)?(\d{1,2})$/.exec(text) ?? /\blop\s*(\d{1,2})\b/.exec(text);
  if (grade) return Number(grade[1]) <= 12 ? Number(grade[1]) : null;
  return levels.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/**
 * A minor who has not completed primary school must attend school classes. An unreadable or empty education
 * counts as not completed, so the minor is listed and the officer checks his file rather than missing him.
 */
export function needsSchooling(age: number, adultAge: number, education: string | null | undefined, primaryGrade: number): boolean {
  if (age >= adultAge) return false;
  const grade = completedGrade(education);
  return grade === null || grade < primaryGrade;
}
