import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { OutputTab } from './OutputTab';
import { PayTab } from './PayTab';
import { ProductsTab } from './ProductsTab';

export type WorkTab = 'output' | 'products' | 'pay';

/** Lao động trị liệu: a team's output of a day, the products and their rates, the monthly pay run. */
export function WorkScreen({ initialTab = 'output', month }: { initialTab?: WorkTab; month?: string }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<WorkTab>(initialTab);
  return (
    <>
      <PageTitle>{t('work.title')}</PageTitle>
      <Tabs value={tab} onChange={(v) => setTab((v as WorkTab | null) ?? 'output')} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="output">{t('work.tabOutput')}</Tabs.Tab>
          <Tabs.Tab value="products">{t('work.tabProducts')}</Tabs.Tab>
          <Tabs.Tab value="pay">{t('work.tabPay')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="output">
          <OutputTab />
        </Tabs.Panel>
        <Tabs.Panel value="products">
          <ProductsTab />
        </Tabs.Panel>
        <Tabs.Panel value="pay">
          <PayTab initialMonth={month} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
