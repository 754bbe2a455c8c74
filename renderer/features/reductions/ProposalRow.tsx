import { Badge, Button, Checkbox, Modal, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { residentPath } from '../../app/routes';
import { splitApiError } from '../../components/form-errors';
import { formatDateVN } from '../../format/format';
import { Link } from '../../router/Link';
import { gradeLabel, type Scale } from '../ratings/rating-model';
import { DecisionForm } from './DecisionForm';
import { EligibilityText } from './EligibilityText';
import { useUpdateProposal } from './hooks';
import { awaitsDecision, clampMonths, proposalUpdate, type Proposal, type Review } from './proposal-model';

const fields = ['included', 'monthsProposed', 'note'];

interface Props {
  review: Review;
  scale: Scale;
  p: Proposal;
  editable: boolean;
  canDecide: boolean;
}

/**
 * One proposal: while the review is a draft, included or not, the months within the legal range and a note, each
 * saved as soon as it changes (the months and note when the field is left); once approved, the court's decision.
 */
export function ProposalRow({ review, scale, p, editable, canDecide }: Props) {
  const { t } = useTranslation();
  const update = useUpdateProposal();
  const [months, setMonths] = useState<number | string>(p.monthsProposed);
  const [note, setNote] = useState(p.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [deciding, setDeciding] = useState(false);
  const [newRelease, setNewRelease] = useState<{ date: string | null } | null>(null);
  const k = 'reductions.proposal';

  const send = (change: Parameters<typeof proposalUpdate>[1]) => {
    setErrors({});
    update.mutate(proposalUpdate(p, change), {
      onError: (error) => {
        const split = splitApiError(error, fields);
        setErrors({ ...split.fieldErrors, ...(split.general.length > 0 ? { general: split.general.join(' ') } : {}) });
      },
    });
  };
  const commitMonths = () => {
    const n = clampMonths(typeof months === 'number' ? months : Number(months), p.monthsMin, p.monthsMax);
    setMonths(n);
    if (n !== p.monthsProposed) send({ monthsProposed: n });
  };
  const commitNote = () => {
    if (note.trim() !== (p.note ?? '')) send({ note: note.trim() });
  };

  return (
    <Table.Tr data-testid="proposal" opacity={p.included ? 1 : 0.6}>
      <Table.Td>
        <Checkbox
          aria-label={t(`${k}.includedOf`, { name: p.fullName })}
          checked={p.included}
          disabled={!editable || update.isPending}
          onChange={(e) => send({ included: e.currentTarget.checked })}
          error={errors.included}
        />
      </Table.Td>
      <Table.Td>
        <Link to={residentPath(p.stayId)} size="sm" fw={500}>
          {p.fullName}
        </Link>
        <Text size="xs" c="dimmed">
          {p.fileNumber}
          {p.birthYear !== null && ` · ${p.birthYear}`} · {formatDateVN(p.admittedOn)}
          {p.termMonths !== null && ` · ${t('common.months', { count: p.termMonths })}`}
        </Text>
        {errors.general && (
          <Text size="xs" c="red" role="alert">
            {errors.general}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500} c={p.kind === 'exemption' ? 'grape' : 'blue'}>
          {t(`reductions.kind.${p.kind}`)}
        </Text>
        {p.merit && (
          <Badge variant="outline" color="yellow" tt="none">
            {t(`${k}.merit`)}
          </Badge>
        )}
      </Table.Td>
      <Table.Td w={130}>
        {p.kind === 'exemption' ? (
          <Text size="sm">—</Text>
        ) : editable ? (
          <NumberInput
            aria-label={t(`${k}.monthsOf`, { name: p.fullName })}
            value={months}
            onChange={setMonths}
            onBlur={commitMonths}
            onKeyDown={(e) => e.key === 'Enter' && commitMonths()}
            min={p.monthsMin}
            max={p.monthsMax}
            clampBehavior="strict"
            allowDecimal={false}
            description={t(`${k}.monthsRange`, { min: p.monthsMin, max: p.monthsMax })}
            error={errors.monthsProposed}
            size="xs"
          />
        ) : (
          <Text size="sm">{t('common.months', { count: p.monthsProposed })}</Text>
        )}
      </Table.Td>
      <Table.Td maw={220}>
        <Text size="sm">{p.grounds}</Text>
      </Table.Td>
      <Table.Td maw={200}>{p.eligibility ? <EligibilityText e={p.eligibility} gradeLabel={(code) => gradeLabel(scale, code) ?? code} compact /> : <Text size="sm">—</Text>}</Table.Td>
      <Table.Td miw={160}>
        {editable ? (
          <TextInput
            aria-label={t(`${k}.noteOf`, { name: p.fullName })}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            onBlur={commitNote}
            onKeyDown={(e) => e.key === 'Enter' && commitNote()}
            error={errors.note}
            size="xs"
            maxLength={500}
          />
        ) : (
          <Text size="sm">{p.note ?? ''}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" data-testid="proposal-release">
          {formatDateVN(p.releaseDate)}
        </Text>
      </Table.Td>
      {review.status === 'approved' && (
        <Table.Td>
          <Stack gap={4}>
            {p.decision && (
              <>
                <Badge variant="light" tt="none" color={p.decision.outcome === 'granted' ? 'teal' : 'red'}>
                  {t(`reductions.outcome.${p.decision.outcome}`)}
                  {p.decision.monthsGranted !== null && ` · ${t('reductions.grantedMonths', { count: p.decision.monthsGranted })}`}
                </Badge>
                <Text size="xs">{t('reductions.decisionText', { number: p.decision.decisionNumber, date: formatDateVN(p.decision.decidedOn) })}</Text>
              </>
            )}
            {newRelease && (
              <Text size="sm" fw={600} c="teal" data-testid="new-release">
                {newRelease.date ? t('reductions.newRelease', { date: formatDateVN(newRelease.date) }) : t('reductions.noRelease')}
              </Text>
            )}
            {canDecide && awaitsDecision(review, p) && (
              <Button size="compact-sm" variant="light" onClick={() => setDeciding(true)} aria-label={t('reductions.recordDecisionOf', { name: p.fullName })}>
                {t('reductions.recordDecision')}
              </Button>
            )}
          </Stack>
        </Table.Td>
      )}
      <Modal opened={deciding} onClose={() => setDeciding(false)} title={t('reductions.decisionTitle', { name: p.fullName })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {deciding && (
          <DecisionForm
            p={p}
            onDone={(releaseDate) => {
              setNewRelease({ date: releaseDate });
              setDeciding(false);
            }}
          />
        )}
      </Modal>
    </Table.Tr>
  );
}
