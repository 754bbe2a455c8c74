import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { ClassDetail } from './ClassDetail';
import { ClassList } from './ClassList';
import { TrainerHome } from './home/TrainerHome';
import { SchoolList } from './school/SchoolList';

export type TrainingTab = 'today' | 'classes' | 'school';

/** Dạy nghề: the trainer's day, the vocational classes (or one of them), and the minors who must attend school classes. */
export function TrainingScreen({ initialTab = 'today', classId = null }: { initialTab?: TrainingTab; classId?: number | null }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<TrainingTab>(classId === null ? initialTab : 'classes');
  return (
    <>
      <PageTitle>{t('training.title')}</PageTitle>
      <Tabs value={tab} onChange={(v) => v && setTab(v as TrainingTab)} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="today">{t('training.tabToday')}</Tabs.Tab>
          <Tabs.Tab value="classes">{t('training.tabClasses')}</Tabs.Tab>
          <Tabs.Tab value="school">{t('training.tabSchool')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="today">
          <TrainerHome />
        </Tabs.Panel>
        <Tabs.Panel value="classes">{classId === null ? <ClassList /> : <ClassDetail classId={classId} />}</Tabs.Panel>
        <Tabs.Panel value="school">
          <SchoolList />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
