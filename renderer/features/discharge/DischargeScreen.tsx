import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { navigate } from '../../router/history';
import { CertificatesTab } from './CertificatesTab';
import { DischargeTab } from './DischargeTab';
import { dischargeFormPath, dischargePath } from './paths';
import { PendingNoticesTab } from './PendingNoticesTab';
import { UpcomingReleasesTab } from './UpcomingReleasesTab';

type Tab = 'upcoming' | 'notices' | 'form' | 'certificates';

/** Ra cơ sở: upcoming releases and their notices, every notice owed, the discharge itself, the certificate register. */
export function DischargeScreen({ stayId = null }: { stayId?: number | null }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>(stayId === null ? 'upcoming' : 'form');
  const openForm = (id: number) => {
    navigate(dischargeFormPath(id));
    setTab('form');
  };
  return (
    <>
      <PageTitle>{t('discharge.title')}</PageTitle>
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="upcoming">{t('discharge.tabUpcoming')}</Tabs.Tab>
          <Tabs.Tab value="notices">{t('discharge.tabNotices')}</Tabs.Tab>
          <Tabs.Tab value="form">{t('discharge.tabForm')}</Tabs.Tab>
          <Tabs.Tab value="certificates">{t('discharge.tabCertificates')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="upcoming">
          <UpcomingReleasesTab onDischarge={openForm} />
        </Tabs.Panel>
        <Tabs.Panel value="notices">
          <PendingNoticesTab />
        </Tabs.Panel>
        <Tabs.Panel value="form">
          <DischargeTab stayId={stayId} onChoose={openForm} onAnother={() => navigate(dischargePath)} />
        </Tabs.Panel>
        <Tabs.Panel value="certificates">
          <CertificatesTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
