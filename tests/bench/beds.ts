import type Database from 'better-sqlite3';
import type { Backend } from '../../electron/backend';
import type { MethodOutput } from '../../shared/contract';
import { count, medianOf, ms } from './measure';

/**
 * The bed board for the whole facility through the router (session, zod, the board's reads, initials, counts
 * per room and area, output check) against the same data from one hand-written join, added to the table rows
 * of `npm run bench`. Both look up, per occupant, the movement that put them in the bed (the override mark):
 * without an index on movements.override that look-up is most of the time. Returns whether both gave the same
 * beds and occupants in the same order.
 */
const rawBoard = `
  SELECT b.id AS bedId, b.code, b.in_service, b.out_of_service_reason, b.out_of_service_since,
         r.id AS roomId, r.code AS roomCode, r.name AS roomName, r.floor_area_m2, r.design_capacity, r.working_capacity,
         r.separate_room, r.care_24h, a.id AS areaId, a.code AS areaCode, a.name AS areaName, a.purpose, a.sex,
         s.id AS stayId, p.full_name AS fullName, s.state,
         (SELECT m.override FROM movements m
          WHERE m.stay_id = s.id AND m.to_bed_id = b.id AND m.type IN ('admitted', 'bed_move')
          ORDER BY m.occurred_at DESC, m.id DESC LIMIT 1) AS override
  FROM beds b JOIN rooms r ON r.id = b.room_id JOIN areas a ON a.id = r.area_id
  LEFT JOIN stays s ON s.current_bed_id = b.id AND s.state <> 'discharged'
  LEFT JOIN persons p ON p.id = s.person_id
  ORDER BY a.code, r.code, b.code`;

export function benchBedBoard(backend: Backend, raw: Database.Database, token: string, runs: number, rows: string[][]): boolean {
  const statement = raw.prepare(rawBoard);
  const direct = () => statement.all() as { bedId: number; stayId: number | null }[];
  let same = true;
  for (const privacy of [false, true]) {
    const call = () => {
      const r = backend.router.call('beds.board', { privacy }, token);
      if (!r.ok) throw new Error(`beds.board: ${r.error.message}`);
      return r.data as MethodOutput<'beds.board'>;
    };
    const routed = call().flatMap((a) => a.rooms.flatMap((r) => r.beds.map((b) => [b.id, b.occupant?.stayId ?? null] as const)));
    const rawRows = direct();
    const match = routed.length === rawRows.length && routed.every(([id, stay], i) => id === rawRows[i]?.bedId && stay === rawRows[i]?.stayId);
    same &&= match;
    const tRouter = medianOf(call, runs);
    const tRaw = medianOf(direct, runs);
    const label = privacy ? 'Sơ đồ giường, chữ viết tắt / bed board, initials' : 'Sơ đồ giường / bed board';
    rows.push([label, ms(tRouter), ms(tRaw), `×${ms(tRouter / tRaw)}`, `${count(routed.length)} ${match ? '=' : '≠'} ${count(rawRows.length)}`]);
  }
  return same;
}
