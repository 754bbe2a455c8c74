import { Badge, Box, Card, Skeleton, Text } from '@mantine/core';
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import type { ResidentRow } from '../../../shared/contract/residents';
import type { ApiError } from '../../api/client';
import { residentPath } from '../../app/routes';
import { QueryStatus } from '../../components/QueryStatus';
import { formatBirth, formatDateVN } from '../../format/format';
import { navigate } from '../../router/history';
import { Link } from '../../router/Link';
import { PAGE_SIZE, residentsPage, type ListFilters } from './hooks';
import classes from './ResidentTable.module.css';

const ROW_HEIGHT = 40;

/** Grey for a closed stay, red for an escape, orange for anyone outside the facility, teal for present. */
export function stateColor(state: ResidentRow['state']): string {
  if (state === 'discharged') return 'gray';
  if (state === 'escaped') return 'red';
  return state === 'present' ? 'teal' : 'orange';
}

interface Props {
  filters: ListFilters;
  /** Whether any filter besides the search narrows the list, for the message when nothing matches. */
  filtered: boolean;
  first: UseQueryResult<MethodOutput<'residents.list'>, ApiError>;
}

/**
 * The resident list as an ARIA table whose rows are virtualised: only the rows on screen exist in the page, and
 * the pages of 200 they fall in are fetched as they scroll into view, so 1.500 (or 30.000) rows scroll smoothly.
 */
export function ResidentTable({ filters, filtered, first }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = first.data?.total ?? 0;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const pages = [...new Set(items.map((i) => Math.floor(i.index / PAGE_SIZE)))];
  const pageResults = useQueries({ queries: pages.map((p) => residentsPage(filters, p)) });
  const rowsOfPage = new Map(pages.map((p, i) => [p, pageResults[i]?.data?.rows]));
  rowsOfPage.set(0, first.data?.rows);

  if (!first.data) return <QueryStatus error={first.error} onRetry={() => void first.refetch()} />;
  if (total === 0) {
    return (
      <Card>
        <Text>
          {filters.query
            ? t('residents.emptySearch', { query: filters.query })
            : filtered
              ? t('residents.emptyFiltered')
              : t('residents.empty')}
        </Text>
      </Card>
    );
  }

  const headers = [
    t('residents.fileNumber'),
    t('residents.fullName'),
    t('residents.birth'),
    t('residents.sex'),
    t('residents.citizenId'),
    t('residents.kind'),
    t('residents.bed'),
    t('residents.admittedOn'),
    t('residents.expectedRelease'),
    t('residents.state'),
  ];

  return (
    <Box ref={scrollRef} className={classes.scroller} role="table" aria-rowcount={total + 1} aria-label={t('residents.title')}>
      <div role="rowgroup" className={classes.head}>
        <div role="row" aria-rowindex={1} className={classes.row}>
          {headers.map((h) => (
            <div key={h} role="columnheader" className={classes.cell}>
              {h}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rowsOfPage.get(Math.floor(item.index / PAGE_SIZE))?.[item.index % PAGE_SIZE];
          return (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              className={`${classes.row} ${classes.bodyRow}`}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={row ? () => navigate(residentPath(row.stayId)) : undefined}
            >
              {row ? <Cells row={row} /> : <Skeleton height={14} m="sm" className={classes.placeholder} />}
            </div>
          );
        })}
      </div>
    </Box>
  );
}

function Cells({ row }: { row: ResidentRow }) {
  const { t } = useTranslation();
  return (
    <>
      <div role="cell" className={classes.cell}>
        {row.fileNumber}
      </div>
      <div role="cell" className={classes.cell}>
        <Link to={residentPath(row.stayId)} fw={600}>
          {row.fullName}
        </Link>
      </div>
      <div role="cell" className={classes.cell}>
        {formatBirth(row.birthDate, row.birthYear)}
      </div>
      <div role="cell" className={classes.cell}>
        {t(`sex.${row.sex}`)}
      </div>
      <div role="cell" className={classes.cell}>
        {row.citizenId ?? t('common.none')}
      </div>
      <div role="cell" className={classes.cell} title={t(`stayKind.${row.kind}`)}>
        {t(`residents.kindShort.${row.kind}`)}
      </div>
      <div role="cell" className={classes.cell}>
        {row.bedLabel ?? t('common.none')}
      </div>
      <div role="cell" className={classes.cell}>
        {formatDateVN(row.admittedOn)}
      </div>
      <div role="cell" className={classes.cell}>
        {row.expectedRelease ? formatDateVN(row.expectedRelease) : t('common.none')}
      </div>
      <div role="cell" className={classes.cell}>
        <Badge size="sm" variant="light" color={stateColor(row.state)}>
          {t(`stayState.${row.state}`)}
        </Badge>
      </div>
    </>
  );
}
