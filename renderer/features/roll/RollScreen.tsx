import { Group, Select, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vnDate } from '../../../shared/domain/dates';
import { DateField } from '../../components/DateField';
import { PageTitle } from '../../components/PageTitle';
import { CensusPanel } from './CensusPanel';
import { HeadcountPanel } from './HeadcountPanel';
import { useHeadcount, useRollTimes } from './hooks';
import { RollTab } from './RollTab';

const ALL = 'all';

/** Điểm danh: take or read a roll per area, the headcount, and the census as of any date. */
export function RollScreen() {
  const { t } = useTranslation();
  const today = vnDate(new Date());
  const [date, setDate] = useState<string | null>(today);
  const [areaId, setAreaId] = useState<string | null>(null);
  const [slot, setSlot] = useState<string | null>(null);
  const times = useRollTimes();
  const headcount = useHeadcount(today);
  const areas = (headcount.data?.areas ?? []).map((a) => ({ value: String(a.areaId), label: `${a.code} · ${a.name}` }));
  const slots = (times.data ?? []).map((s) => ({ value: s.slot, label: t('roll.slotAt', { slot: t(`roll.slots.${s.slot}`, { defaultValue: s.slot }), time: s.time }) }));
  const areaOptions = [...areas, { value: ALL, label: t('roll.allAreas') }];
  const area = areaId ?? areas[0]?.value ?? null;
  const chosenSlot = slot ?? slots[0]?.value ?? null;
  return (
    <>
      <PageTitle>{t('roll.title')}</PageTitle>
      <Tabs defaultValue="roll" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="roll">{t('roll.tabRoll')}</Tabs.Tab>
          <Tabs.Tab value="headcount">{t('roll.tabHeadcount')}</Tabs.Tab>
          <Tabs.Tab value="census">{t('roll.tabCensus')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="roll">
          <Group align="flex-end" mb="sm">
            <Select label={t('roll.area')} data={areaOptions} value={area} onChange={setAreaId} allowDeselect={false} w={240} searchable />
            <DateField label={t('roll.date')} value={date} onChange={setDate} maxDate={today} w={160} />
            <Select label={t('roll.slot')} data={slots} value={chosenSlot} onChange={setSlot} allowDeselect={false} w={160} />
          </Group>
          {area && chosenSlot && date && <RollTab areaId={area === ALL ? null : Number(area)} date={date} slot={chosenSlot} />}
        </Tabs.Panel>
        <Tabs.Panel value="headcount">
          <HeadcountPanel date={date ?? today} />
        </Tabs.Panel>
        <Tabs.Panel value="census">
          <CensusPanel today={today} areas={areas} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
