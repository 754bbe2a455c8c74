import { SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentProfile } from '../../../shared/contract/residents';
import { QueryStatus } from '../../components/QueryStatus';
import { Link } from '../../router/Link';
import { useResident } from './hooks';
import { CorrectionsCard } from './profile/CorrectionsCard';
import { CorrectPersonModal } from './profile/CorrectPersonModal';
import { CorrectStayModal } from './profile/CorrectStayModal';
import { DepositCard } from './profile/DepositCard';
import { DischargeCard } from './profile/DischargeCard';
import { DueDatesCard } from './profile/DueDatesCard';
import { HandoverCard } from './profile/HandoverCard';
import { HealthCard } from './profile/HealthCard';
import { MovementsCard } from './profile/MovementsCard';
import { PersonCard } from './profile/PersonCard';
import { ProfileHeader } from './profile/ProfileHeader';
import { ReleasePlanningCard } from './profile/ReleasePlanningCard';
import { StayCard } from './profile/StayCard';
import { StaysHistoryCard } from './profile/StaysHistoryCard';
import { TermClockCard } from './TermClockCard';
import { WorkExemptionsCard } from './profile/WorkExemptionsCard';
import { VisitsCard } from '../visits/VisitsCard';

export function ProfileScreen({ stayId }: { stayId: number }) {
  const { t } = useTranslation();
  const profile = useResident(stayId);

  return (
    <Stack gap="md">
      <Link to="/hoc-vien" size="sm">
        ← {t('profile.back')}
      </Link>
      {profile.data ? (
        <Profile p={profile.data} />
      ) : (
        <QueryStatus error={profile.error} onRetry={() => void profile.refetch()} />
      )}
    </Stack>
  );
}

/** The file of one stay: what the officer asks most first (term, stay, person), then papers, health and history. */
function Profile({ p }: { p: ResidentProfile }) {
  const [correcting, setCorrecting] = useState<'person' | 'stay' | null>(null);
  return (
    <>
      <ProfileHeader p={p} onCorrectPerson={() => setCorrecting('person')} onCorrectStay={() => setCorrecting('stay')} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <TermClockCard clock={p.clock} />
        <StayCard p={p} />
        <PersonCard person={p.person} />
        <Stack gap="md">
          <DueDatesCard p={p} />
          <HealthCard health={p.health} />
        </Stack>
      </SimpleGrid>
      <DischargeCard p={p} />
      <StaysHistoryCard p={p} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <HandoverCard p={p} />
        <CorrectionsCard stayId={p.stay.id} />
      </SimpleGrid>
      <ReleasePlanningCard p={p} />
      <MovementsCard p={p} />
      <VisitsCard stayId={p.stay.id} />
      <WorkExemptionsCard stayId={p.stay.id} />
      <DepositCard p={p} />
      <CorrectPersonModal person={p.person} opened={correcting === 'person'} onClose={() => setCorrecting(null)} />
      <CorrectStayModal stay={p.stay} opened={correcting === 'stay'} onClose={() => setCorrecting(null)} />
    </>
  );
}
