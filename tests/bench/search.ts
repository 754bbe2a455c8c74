import type Database from 'better-sqlite3';
import type { Backend } from '../../electron/backend';
import type { MethodOutput } from '../../shared/contract';
import type { ResidentsListInput } from '../../shared/contract/residents';
import { birthRangeOf } from '../../shared/domain/age-groups';
import { vnDate } from '../../shared/domain/dates';
import { count, medianOf, ms } from './measure';

/**
 * The resident list over all 30.000 stays and narrowed by each filter, through the router (session, zod, count,
 * query, output check) against the same rows from a query a developer would write by hand, added to the table
 * rows of `npm run bench`. Returns whether every case gave the same stays in the same order.
 */
const columns = `s.id AS stayId, p.full_name AS fullName, s.file_number AS fileNumber, s.kind, s.state,
  CASE WHEN b.id IS NULL THEN NULL ELSE a.code || '-' || r.code || '-' || b.code END AS bedLabel`;
const from = `FROM stays s JOIN persons p ON p.id = s.person_id LEFT JOIN beds b ON b.id = s.current_bed_id
  LEFT JOIN rooms r ON r.id = b.room_id LEFT JOIN areas a ON a.id = r.area_id`;
const order = 'ORDER BY p.name_sort_key, s.admitted_on DESC, s.id';
const page = 'LIMIT 200 OFFSET ?';
const birth = "coalesce(p.birth_date, printf('%04d-12-31', p.birth_year))";

interface Case {
  label: string;
  input: ResidentsListInput;
  sql: string;
  params: unknown[];
}

function cases(raw: Database.Database): Case[] {
  const today = vnDate(new Date());
  const minors = birthRangeOf('under18', today);
  const middle = birthRangeOf('31to45', today);
  const busiest = raw
    .prepare(
      `SELECT r.area_id AS id, count(*) AS n FROM stays s JOIN beds b ON b.id = s.current_bed_id JOIN rooms r ON r.id = b.room_id
       WHERE s.state <> 'discharged' GROUP BY r.area_id ORDER BY n DESC LIMIT 1`,
    )
    .get() as { id: number };
  return [
    { label: 'Tất cả lượt, trang đầu / all stays, first page', input: { scope: 'all', limit: 200 }, sql: `SELECT ${columns} ${from} ${order} ${page}`, params: [0] },
    {
      label: 'Tất cả lượt, trang 150 / all stays, page 150',
      input: { scope: 'all', limit: 200, offset: 29_800 },
      sql: `SELECT ${columns} ${from} ${order} ${page}`,
      params: [29_800],
    },
    {
      label: 'Tìm số hồ sơ "2019/" / file numbers of 2019',
      input: { scope: 'all', query: '2019/', limit: 200 },
      sql: `SELECT ${columns} ${from} WHERE s.file_number LIKE '2019/%' ${order} ${page}`,
      params: [0],
    },
    {
      label: 'Lọc khu đông nhất / busiest area',
      input: { scope: 'present', areaId: busiest.id, limit: 200 },
      sql: `SELECT ${columns} ${from} WHERE r.area_id = ? AND s.state <> 'discharged' ${order} ${page}`,
      params: [busiest.id, 0],
    },
    {
      label: 'Lọc tự nguyện, đang ở / voluntary, present',
      input: { scope: 'present', kind: 'voluntary', limit: 200 },
      sql: `SELECT ${columns} ${from} WHERE s.kind = 'voluntary' AND s.state <> 'discharged' ${order} ${page}`,
      params: [0],
    },
    {
      label: 'Lọc nữ, mọi lượt / women, all stays',
      input: { scope: 'all', sex: 'female', limit: 200 },
      sql: `SELECT ${columns} ${from} WHERE p.sex = 'female' ${order} ${page}`,
      params: [0],
    },
    {
      label: 'Lọc dưới 18 tuổi, mọi lượt / under 18, all stays',
      input: { scope: 'all', ageGroup: 'under18', limit: 200 },
      sql: `SELECT ${columns} ${from} WHERE ${birth} > ? ${order} ${page}`,
      params: [minors.bornAfter, 0],
    },
    {
      label: 'Lọc bỏ trốn / escaped',
      input: { scope: 'present', state: 'escaped', limit: 200 },
      sql: `SELECT ${columns} ${from} WHERE s.state = 'escaped' ${order} ${page}`,
      params: [0],
    },
    {
      label: 'Tìm "nguyen" + nam 31–45 tuổi, mọi lượt / search + men 31–45',
      input: { scope: 'all', query: 'nguyen', sex: 'male', ageGroup: '31to45', limit: 200 },
      sql: `SELECT ${columns} ${from} WHERE p.id IN (SELECT rowid FROM persons_fts WHERE persons_fts MATCH '"nguyen"*')
            AND p.sex = 'male' AND ${birth} > ? AND ${birth} <= ? ${order} ${page}`,
      params: [middle.bornAfter, middle.bornOnOrBefore, 0],
    },
  ];
}

export function benchSearch(backend: Backend, raw: Database.Database, token: string, runs: number, rows: string[][]): boolean {
  let same = true;
  for (const c of cases(raw)) {
    const statement = raw.prepare(c.sql);
    const direct = () => statement.all(...c.params) as { stayId: number }[];
    const call = () => {
      const r = backend.router.call('residents.list', c.input, token);
      if (!r.ok) throw new Error(`${c.label}: ${r.error.message}`);
      return r.data as MethodOutput<'residents.list'>;
    };
    const routed = call().rows.map((x) => x.stayId);
    const rawIds = direct().map((x) => x.stayId);
    const match = routed.length === rawIds.length && routed.every((id, i) => id === rawIds[i]);
    same &&= match;
    const tRouter = medianOf(call, runs);
    const tRaw = medianOf(direct, runs);
    rows.push([c.label, ms(tRouter), ms(tRaw), `×${ms(tRouter / tRaw)}`, `${count(routed.length)} ${match ? '=' : '≠'} ${count(rawIds.length)}`]);
  }
  return same;
}
