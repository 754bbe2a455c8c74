import { Alert, Card, Checkbox, Select, Stack, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { legalInForce, type LegalRow } from '../../../shared/domain/legal';
import type { ResidentForPlacement } from '../../../shared/domain/placement';
import { useCan } from '../../app/current-user';
import { Link } from '../../router/Link';
import { useBedBoard } from '../beds/hooks';
import { freeBedOptions } from './bed-options';
import type { AdmissionForm } from './form';
import { useLegalRows } from './hooks';

/** What the placement rules need to know of the person, once the form says it. */
function residentOf(form: AdmissionForm): ResidentForPlacement | null {
  const v = form.values;
  const p = v.person;
  const birthYear = p.birthUnknown ? (typeof p.birthYear === 'number' ? p.birthYear : null) : p.birthDate ? Number(p.birthDate.slice(0, 4)) : null;
  if (!v.kind || !p.sex || birthYear === null) return null;
  return {
    sex: p.sex,
    kind: v.kind,
    birthDate: p.birthUnknown ? null : p.birthDate,
    birthYear,
    infectiousGroupAB: v.health.infectiousGroupAB,
    physicalSexDiffers: p.physicalSexDiffers,
  };
}

/** Free beds that fit the person, grouped by area and room; the head may place against the rules with a reason. */
export function BedSection({ form }: { form: AdmissionForm }) {
  const { t } = useTranslation();
  const board = useBedBoard();
  const legalRows = useLegalRows();
  const canOverride = useCan('placement.override');
  const resident = residentOf(form);
  const on = form.values.broughtInOn;
  const adultAge = legalRows.data && on ? legalInForce(legalRows.data as LegalRow[], 'age.adult', on).value.years : null;
  const groups = board.data && resident && on && adultAge !== null ? freeBedOptions(board.data, resident, { on, adultAge }, form.values.override) : [];
  const noBedsAtAll = board.data !== undefined && board.data.every((a) => a.counts.beds === 0);

  return (
    <Card>
      <Title order={4} mb="sm">
        {t('admission.placement')}
      </Title>
      {noBedsAtAll ? (
        <Alert color="yellow">
          {t('admission.noBeds')} <Link to="/giuong">{t('nav.beds')}</Link>
        </Alert>
      ) : (
        <Stack gap="sm">
          {resident && board.data && adultAge !== null && groups.length === 0 && (
            <Alert color="yellow">
              {t('admission.noFreeBeds')} <Link to="/giuong">{t('nav.beds')}</Link>
            </Alert>
          )}
          <Select<number>
            label={t('admission.bed')}
            withAsterisk
            maw={420}
            searchable
            disabled={!resident}
            placeholder={resident ? t('admission.bedPlaceholder') : t('admission.bedChooseFirst')}
            data={groups}
            {...form.getInputProps('bedId')}
          />
          {canOverride && (
            <Checkbox
              label={t('admission.override')}
              description={t('admission.overrideHint')}
              checked={form.values.override}
              onChange={(e) => {
                form.setFieldValue('override', e.currentTarget.checked);
                form.setFieldValue('bedId', null);
              }}
            />
          )}
          {form.values.override && (
            <Textarea label={t('admission.overrideReason')} withAsterisk autosize minRows={2} maw={640} {...form.getInputProps('overrideReason')} />
          )}
        </Stack>
      )}
    </Card>
  );
}
