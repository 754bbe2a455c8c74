import type { AdmitInput } from '../../../shared/contract/admissions';
import { formatDateVN } from '../../../shared/domain/dates';
import { stayKindNames } from '../../../shared/domain/placement-messages';
import { AppError } from '../../../shared/errors';
import type { Ctx } from '../../router/types';
import { findReturning, personStays, type StayRow } from './returning';

/**
 * Who the admission is for, decided before anything is written: a new person, or the returning one the officer
 * confirmed (`personId`). A citizen ID already held by someone else is never given to a second person, people
 * of the same name and birth are not duplicated without the officer saying they are someone else, and a
 * person still in the facility is not admitted twice, except that the court decision turns a stay held while
 * the file was prepared into the compulsory stay (NĐ 116/2021 Điều 44 k3).
 */
export interface Identity {
  /** The returning person's id; null for a new person. */
  personId: number | null;
  /** The pending-decision stay this compulsory admission closes. */
  preceding: StayRow | null;
}

interface PersonBrief {
  id: number;
  fullName: string;
  birthDate: string | null;
  birthYear: number;
}

function describe(sqlite: Ctx['sqlite'], p: PersonBrief): string {
  const files = personStays(sqlite, p.id).map((s) => s.fileNumber);
  const born = p.birthDate ? formatDateVN(p.birthDate) : String(p.birthYear);
  return `${p.fullName} (sinh ${born}${files.length > 0 ? `, hồ sơ ${files.join(', ')}` : ''})`;
}

function personById(ctx: Ctx, id: number): PersonBrief | undefined {
  return ctx.sqlite
    .prepare('SELECT id, full_name AS fullName, birth_date AS birthDate, birth_year AS birthYear FROM persons WHERE id = ?')
    .get(id) as PersonBrief | undefined;
}

function citizenIdHolder(ctx: Ctx, citizenId: string | undefined): PersonBrief | undefined {
  if (!citizenId) return undefined;
  return ctx.sqlite
    .prepare('SELECT id, full_name AS fullName, birth_date AS birthDate, birth_year AS birthYear FROM persons WHERE citizen_id = ? LIMIT 1')
    .get(citizenId) as PersonBrief | undefined;
}

/** The open stay of a returning person, refused unless this admission is the court decision that ends it. */
function precedingStay(ctx: Ctx, person: PersonBrief, kind: AdmitInput['kind']): StayRow | null {
  const open = personStays(ctx.sqlite, person.id).find((s) => s.state !== 'discharged');
  if (!open) return null;
  const compulsory = kind === 'compulsory_adult' || kind === 'compulsory_minor';
  if (open.kind === 'pending_decision' && compulsory) return open;
  throw new AppError(
    'conflict',
    `${person.fullName} đang ở cơ sở theo hồ sơ ${open.fileNumber} (${stayKindNames[open.kind]}); không thể tiếp nhận thêm một lượt khi lượt đó chưa kết thúc.`,
    { field: 'personId' },
  );
}

export function resolveIdentity(ctx: Ctx, input: AdmitInput): Identity {
  const holder = citizenIdHolder(ctx, input.person.citizenId);
  if (input.personId !== undefined) {
    const person = personById(ctx, input.personId);
    if (!person) throw new AppError('not_found', 'Không tìm thấy người đã chọn trong sổ.', { field: 'personId' });
    if (holder && holder.id !== person.id) {
      throw new AppError(
        'conflict',
        `Số CCCD ${input.person.citizenId} đã thuộc về người khác trong sổ: ${describe(ctx.sqlite, holder)}. Kiểm tra lại số CCCD.`,
        { field: 'person.citizenId' },
      );
    }
    return { personId: person.id, preceding: precedingStay(ctx, person, input.kind) };
  }
  if (holder) {
    throw new AppError(
      'conflict',
      `Số CCCD ${input.person.citizenId} đã có trong sổ: ${describe(ctx.sqlite, holder)}. Nếu là cùng một người, chọn người đó ở mục "Người đã có trong sổ" để tiếp nhận lại; nếu không, kiểm tra lại số CCCD.`,
      { field: 'person.citizenId' },
    );
  }
  if (!input.confirmNewPerson) {
    const { fullName, birthDate, birthYear } = input.person;
    const same = findReturning(ctx.sqlite, { fullName, birthDate, birthYear });
    if (same.length > 0) {
      const who = same.map((c) => describe(ctx.sqlite, { id: c.personId, ...c })).join('; ');
      throw new AppError(
        'conflict',
        `Sổ đã có người cùng họ tên và ngày/năm sinh: ${who}. Nếu là cùng một người, chọn người đó để tiếp nhận lại; nếu là người khác, xác nhận tạo người mới.`,
        { field: 'personId' },
      );
    }
  }
  return { personId: null, preceding: null };
}
