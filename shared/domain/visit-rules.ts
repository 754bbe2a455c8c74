import dayjs from 'dayjs';
import { addDays, daysBetween, formatDateVN } from './dates';
import type { LegalInForce } from './legal';
import { stayStateNames } from './placement-messages';
import type { StayState } from './vocabulary';

/**
 * The visit rules (thăm gặp, DOMAIN.md §6): how often, how long, how many relatives, and when no visit is allowed
 * at all. The figures come from the legal parameters in force on the visit date, each with its citation.
 */
export interface VisitLaw {
  rules: LegalInForce<'visits.rules'>;
  noVisitFirstDays: LegalInForce<'visits.no_visit_first_days'>;
}

export interface DisciplinePeriod {
  measure: string;
  fromOn: string;
  /** Null while the measure is still in force. */
  toOn: string | null;
}

export interface VisitFacts {
  visitOn: string;
  admittedOn: string;
  /** The stay's state at the visit (from movements): only a resident who is in the facility can be visited. */
  state: StayState;
  durationMinutes: number;
  visitorCount: number;
  /** The head approved a longer visit and more relatives (special cases). */
  approvedExtension: boolean;
  /** Dates of the stay's other visits already recorded. */
  otherVisitDays: readonly string[];
  discipline: readonly DisciplinePeriod[];
}

export type VisitBreach =
  | { rule: 'first_days'; days: number; dayNumber: number; firstAllowed: string; citation: string }
  | { rule: 'per_week'; perWeek: number; weekStart: string; weekEnd: string; citation: string }
  | { rule: 'duration'; limitHours: number; approved: boolean; minutes: number; citation: string }
  | { rule: 'visitors'; limit: number; approved: boolean; count: number; citation: string }
  | { rule: 'discipline'; measure: string; fromOn: string; toOn: string | null; citation: string }
  | { rule: 'not_present'; state: StayState; citation: string };

/** Monday of the calendar week (Mon–Sun) holding a date. */
export function weekStartOf(date: string): string {
  const weekday = dayjs(date).day(); // 0 = Sunday
  return addDays(date, weekday === 0 ? -6 : 1 - weekday);
}

/** Every rule the visit breaks, in the order an officer checks them; empty when it is allowed. */
export function visitBreaches(v: VisitFacts, law: VisitLaw): VisitBreach[] {
  const breaches: VisitBreach[] = [];
  const rules = law.rules.value;
  const citation = law.rules.citation;
  // The day brought in is day 1, so with 15 no-visit days the 16th day is the first allowed.
  const dayNumber = daysBetween(v.admittedOn, v.visitOn) + 1;
  if (dayNumber <= law.noVisitFirstDays.value.days) {
    breaches.push({
      rule: 'first_days',
      days: law.noVisitFirstDays.value.days,
      dayNumber,
      firstAllowed: addDays(v.admittedOn, law.noVisitFirstDays.value.days),
      citation: law.noVisitFirstDays.citation,
    });
  }
  if (v.state !== 'present') breaches.push({ rule: 'not_present', state: v.state, citation });
  const measure = v.discipline.find((d) => d.fromOn <= v.visitOn && (d.toOn === null || v.visitOn <= d.toOn));
  if (measure) breaches.push({ rule: 'discipline', measure: measure.measure, fromOn: measure.fromOn, toOn: measure.toOn, citation });

  const weekStart = weekStartOf(v.visitOn);
  const weekEnd = addDays(weekStart, 6);
  const sameWeek = v.otherVisitDays.filter((d) => d >= weekStart && d <= weekEnd).length;
  if (sameWeek >= rules.perWeek) breaches.push({ rule: 'per_week', perWeek: rules.perWeek, weekStart, weekEnd, citation });

  const limitHours = v.approvedExtension ? rules.hoursApproved : rules.hours;
  if (v.durationMinutes > limitHours * 60) {
    breaches.push({ rule: 'duration', limitHours, approved: v.approvedExtension, minutes: v.durationMinutes, citation });
  }
  const limit = v.approvedExtension ? rules.visitorsSpecial : rules.visitors;
  if (v.visitorCount > limit) breaches.push({ rule: 'visitors', limit, approved: v.approvedExtension, count: v.visitorCount, citation });
  return breaches;
}

function hoursText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} giờ` : `${h} giờ ${m} phút`;
}

/** The breach as the officer reads it, ending with where the rule comes from. */
export function visitBreachMessage(b: VisitBreach): string {
  const text = (() => {
    switch (b.rule) {
      case 'first_days':
        return `Không thăm gặp trong ${b.days} ngày đầu sau khi vào cơ sở: ngày thăm là ngày thứ ${b.dayNumber}, được thăm từ ngày ${formatDateVN(b.firstAllowed)}`;
      case 'per_week':
        return `Đã có ${b.perWeek} lần thăm gặp trong tuần ${formatDateVN(b.weekStart)}–${formatDateVN(b.weekEnd)}: tối đa ${b.perWeek} lần mỗi tuần`;
      case 'duration':
        return `Thời gian thăm ${hoursText(b.minutes)} vượt quá ${b.limitHours} giờ${b.approved ? ' (mức đã được Trưởng Cơ sở đồng ý)' : ' (được đến mức cao hơn khi Trưởng Cơ sở đồng ý)'}`;
      case 'visitors':
        return `${b.count} người thăm vượt quá ${b.limit} thân nhân${b.approved ? ' (mức trường hợp đặc biệt)' : ' (trường hợp đặc biệt cần Trưởng Cơ sở đồng ý)'}`;
      case 'discipline':
        return `Học viên đang chịu biện pháp kỷ luật "${b.measure}" từ ${formatDateVN(b.fromOn)}${b.toOn ? ` đến ${formatDateVN(b.toOn)}` : ''}: không được thăm gặp`;
      case 'not_present':
        return `Học viên ${stayStateNames[b.state]} vào ngày thăm: chỉ thăm gặp học viên đang có mặt tại cơ sở`;
    }
  })();
  return `${text}. Căn cứ: ${b.citation}.`;
}
