import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { ReviewsTab } from '../reductions/ReviewsTab';
import { MonthlyRatingsTab } from './MonthlyRatingsTab';
import { TeamsTab } from './TeamsTab';

export type RatingsTab = 'monthly' | 'teams' | 'reductions';

/** Xếp loại, giảm hạn: the monthly ratings of each team, the teams themselves, and the reviews for reductions. */
export function RatingsScreen({ initialTab = 'monthly', reviewId }: { initialTab?: RatingsTab; reviewId?: number }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<RatingsTab>(reviewId ? 'reductions' : initialTab);
  return (
    <>
      <PageTitle>{t('ratings.title')}</PageTitle>
      <Tabs value={tab} onChange={(v) => setTab((v as RatingsTab | null) ?? 'monthly')} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="monthly">{t('ratings.tabMonthly')}</Tabs.Tab>
          <Tabs.Tab value="teams">{t('ratings.tabTeams')}</Tabs.Tab>
          <Tabs.Tab value="reductions">{t('ratings.tabReductions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="monthly">
          <MonthlyRatingsTab />
        </Tabs.Panel>
        <Tabs.Panel value="teams">
          <TeamsTab />
        </Tabs.Panel>
        <Tabs.Panel value="reductions">
          <ReviewsTab reviewId={reviewId ?? null} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
