import { formatDateVN } from '../../../shared/domain/dates';
import { formatMonthVN, gradeLabel, type RatingGrade } from '../../../shared/domain/ratings';
import type { Eligibility } from '../../../shared/domain/reduction-eligibility';
import type { ExemptionGround } from '../../../shared/domain/vocabulary';
import type { GroundRow } from '../ratings/grounds';

/** What a proposal rests on, in the words printed on the proposal (Mẫu 43) and the list (Mẫu 44). */

const groundLabels: Record<ExemptionGround, string> = {
  serious_illness: 'Bệnh nặng phải điều trị từ 6 tháng trở lên',
  pregnancy: 'Có thai',
  prison_sentence: 'Phải chấp hành án phạt tù',
};

export function exemptionText(grounds: readonly GroundRow[]): string {
  return grounds
    .map((g) => `${groundLabels[g.ground]} (văn bản số ${g.documentNumber ?? '—'}, ghi nhận ngày ${formatDateVN(g.recordedOn)})`)
    .join('; ');
}

export function reductionText(
  e: Eligibility,
  scale: readonly RatingGrade[],
  merits: readonly { actOn: string; description: string; documentNumber: string | null }[],
): string {
  // The lowest good grade names the threshold: "khá trở lên" with the default scale.
  const threshold = scale.filter((g) => g.good).at(-1)?.label.toLocaleLowerCase('vi') ?? '';
  const months = e.months.map((m) => `${formatMonthVN(m.month)}: ${gradeLabel(scale, m.grade ?? '')}`).join(', ');
  const parts = [`Đã chấp hành một nửa thời hạn từ ${formatDateVN(e.halfTermDate)}`, `${e.months.length} tháng liền ${threshold} trở lên (${months})`];
  for (const m of merits) {
    parts.push(`lập công ngày ${formatDateVN(m.actOn)}: ${m.description}${m.documentNumber ? ` (văn bản số ${m.documentNumber})` : ''}`);
  }
  return parts.join('; ');
}
