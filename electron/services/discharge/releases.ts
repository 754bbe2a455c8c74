import type { MethodOutput } from '../../../shared/contract';
import { addDays, daysBetween } from '../../../shared/domain/dates';
import { legalInForce } from '../../../shared/domain/legal';
import type { Ctx } from '../../router/types';
import { legalRows } from '../settings/legal';
import { noticeView } from './notices';
import { releaseNoticeDueOn, releaseNoticeRows, releaseNotices } from './release-notices';
import { isMinorOn, staySelect, staySummary, type StayRow } from './stay';

/** Stays still open with a term whose release date falls between today and today + days, soonest first. */
export function upcomingReleases(ctx: Ctx, days: number): MethodOutput<'releases.upcoming'> {
  const today = ctx.today();
  const stays = ctx.sqlite
    .prepare(
      `${staySelect}
       WHERE s.state <> 'discharged' AND s.term_months IS NOT NULL AND s.expected_release BETWEEN ? AND ?
       ORDER BY s.expected_release, s.id`,
    )
    .all(today, addDays(today, days)) as (StayRow & { expectedRelease: string })[];
  const rules = legalRows(ctx.sqlite);
  const adultYears = legalInForce(rules, 'age.adult', today).value.years;
  const recorded = releaseNoticeRows(
    ctx.sqlite,
    stays.map((s) => s.id),
  );
  return {
    rows: stays.map((s) => {
      const noticeDueOn = releaseNoticeDueOn(rules, s, s.expectedRelease);
      return {
        ...staySummary(s, isMinorOn(s, today, adultYears)),
        releaseDate: s.expectedRelease,
        noticeDueOn,
        daysLeft: daysBetween(today, s.expectedRelease),
        notices: releaseNotices(s.kind, noticeDueOn, recorded.get(s.id) ?? []).map((n) => noticeView(n, today)),
      };
    }),
  };
}
