import type { TFunction } from 'i18next';
import { memo } from 'react';
import type { BedView, RoomView } from '../../../shared/contract/beds';
import { formatDateVN } from '../../format/format';
import classes from './BedBoard.module.css';
import { bedStatus } from './board-model';

interface Props {
  bed: BedView;
  room: Pick<RoomView, 'overCapacity'>;
  compact: boolean;
  onOpen: (bedId: number) => void;
  /** Passed down rather than one i18n subscription per cell: 1.500 cells re-render faster. */
  t: TFunction;
}

/** One bed: its code, who is in it (name or initials), and marks for an override or a resident away. */
export const BedCell = memo(function BedCell({ bed, room, compact, onOpen, t }: Props) {
  const status = bedStatus(bed, room);
  const o = bed.occupant;
  const name = o ? (compact ? o.initials : (o.fullName ?? o.initials)) : bed.inService ? t('beds.free') : t('beds.outOfService');
  const title = [
    o
      ? t('beds.occupiedBy', { bed: bed.code, name: o.fullName ?? o.initials })
      : bed.inService
        ? t('beds.freeBed', { bed: bed.code })
        : t('beds.outBed', { bed: bed.code, reason: `${bed.outOfServiceReason ?? ''}, ${formatDateVN(bed.outOfServiceSince)}` }),
    o?.override ? t('beds.overrideTitle', { reason: o.overrideReason ?? '' }) : null,
    o && o.state !== 'present' ? t('beds.awayTitle', { state: t(`stayState.${o.state}`) }) : null,
    status === 'over' ? t('beds.overCapacityTitle') : null,
  ]
    .filter(Boolean)
    .join(' — ');
  const away = o !== null && o.state !== 'present';
  return (
    <button
      type="button"
      className={`${classes.cell} ${classes[status]} ${away ? classes.away : ''} ${o?.override ? classes.overridden : ''}`}
      title={title}
      aria-label={title}
      data-testid={`bed-${bed.id}`}
      data-status={status}
      data-override={o?.override ?? false}
      onClick={() => onOpen(bed.id)}
    >
      <span className={classes.code}>{bed.code}</span>
      <span className={classes.name}>{name}</span>
      {o?.override ? (
        <span className={`${classes.mark} ${classes.override}`} aria-hidden>
          ⚑
        </span>
      ) : away ? (
        <span className={classes.mark} aria-hidden>
          ○
        </span>
      ) : null}
    </button>
  );
});
