import type { RowContext } from '../../../shared/domain/import/types';
import type { StayKind } from '../../../shared/domain/vocabulary';

const ranges: Partial<Record<StayKind, { min: number; max: number }>> = {
  compulsory_adult: { min: 12, max: 24 },
  compulsory_minor: { min: 6, max: 12 },
  voluntary: { min: 6, max: 12 },
};

/** The settings a row is read against, as the back end gives them (the ages may be changed for a test). */
export function rowContext(today: string, ages: { adult?: number; minimum?: number } = {}): RowContext {
  return {
    today,
    termRange: (kind) => ranges[kind] ?? null,
    ages: () => ({
      adult: { value: ages.adult ?? 18, citation: 'Luật 73/2021 Điều 33' },
      minimum: { value: ages.minimum ?? 12, citation: 'Luật 73/2021 Điều 3' },
    }),
  };
}
