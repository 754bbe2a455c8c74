import { Card, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-user';
import { ProposalRow } from './ProposalRow';
import type { ReviewDetail } from './proposal-model';

/** The proposals of a review: editable while it is a draft, then each waiting for the court's decision. */
export function ProposalsTable({ detail }: { detail: ReviewDetail }) {
  const { t } = useTranslation();
  const canManage = useCan('reductions.manage');
  const editable = canManage && detail.review.status === 'draft';
  const p = 'reductions.proposal';
  if (detail.proposals.length === 0) {
    return (
      <Card>
        <Text size="sm" c="dimmed">
          {t('reductions.noProposals')}
        </Text>
      </Card>
    );
  }
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped withTableBorder verticalSpacing={6} data-testid="proposals">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`${p}.included`)}</Table.Th>
            <Table.Th>{t(`${p}.name`)}</Table.Th>
            <Table.Th>{t(`${p}.kind`)}</Table.Th>
            <Table.Th>{t(`${p}.months`)}</Table.Th>
            <Table.Th>{t(`${p}.grounds`)}</Table.Th>
            <Table.Th>{t(`${p}.eligibility`)}</Table.Th>
            <Table.Th>{t(`${p}.note`)}</Table.Th>
            <Table.Th>{t(`${p}.release`)}</Table.Th>
            {detail.review.status === 'approved' && <Table.Th>{t(`${p}.decision`)}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {detail.proposals.map((proposal) => (
            <ProposalRow key={proposal.id} review={detail.review} scale={detail.scale} p={proposal} editable={editable} canDecide={canManage} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
