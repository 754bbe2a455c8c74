import type Database from 'better-sqlite3';
import { findPlace, type PlaceMatch } from '../../../shared/domain/import/places';
import type { ImportedStay } from '../../../shared/domain/import/types';
import { placementRefusals } from '../../../shared/domain/placement';
import { placementRefusalMessage } from '../../../shared/domain/placement-messages';
import { allBeds, bedLabel } from '../beds/queries';

/** The bed a present resident of the file gets from the area and room the register names, or why none. */
export type BedChoice = { bedId: number; label: string } | { bedId: null; reason: string };

interface Place {
  id: number;
  code: string;
  name: string;
}

const notFound = (what: string, text: string, m: PlaceMatch<Place>) =>
  m.found === null && m.ambiguous.length > 1
    ? `"${text}" khớp nhiều ${what} (${m.ambiguous.map((p) => p.name).join(', ')})`
    : `không có ${what} "${text}" trên sơ đồ giường`;

/**
 * Places the file's present residents in the rooms the register names, in the order asked, each in the first free
 * bed of that room that the separation rules allow (sex, minors, the area's purpose). A bed given to an earlier row is not given again. The rules are those of beds.move, which the import
 * calls to record the placement, so a resident planned a bed here gets it (a health record of a person already in
 * the register may still refuse one there: that resident is then left without a bed).
 */
export function bedPlanner(sqlite: Database.Database, today: string, adultAge: number) {
  const areas = sqlite.prepare('SELECT id, code, name FROM areas ORDER BY code').all() as Place[];
  const rooms = sqlite.prepare('SELECT id, area_id AS areaId, code, name FROM rooms ORDER BY code').all() as (Place & { areaId: number })[];
  const beds = allBeds(sqlite);
  const given = new Set<number>();
  const occupied = (roomId: number) => beds.filter((b) => b.roomId === roomId && (b.occupantStayId !== null || given.has(b.bedId))).length;

  return (stay: ImportedStay): BedChoice | null => {
    if (stay.dischargedOn || (!stay.area && !stay.room)) return null;
    let inArea = rooms;
    if (stay.area) {
      const area = findPlace(stay.area, areas, 'area');
      if (!area.found) return { bedId: null, reason: notFound('khu', stay.area, area) };
      inArea = rooms.filter((r) => r.areaId === area.found.id);
    }
    if (!stay.room) return { bedId: null, reason: 'sổ không ghi phòng' };
    const room = findPlace(stay.room, inArea, 'room');
    if (!room.found) return { bedId: null, reason: notFound('phòng', stay.room, room) };
    const roomId = room.found.id;
    const free = beds.find((b) => b.roomId === roomId && b.inService === 1 && b.occupantStayId === null && !given.has(b.bedId));
    if (!free) return { bedId: null, reason: `${room.found.name} không còn giường trống` };
    const resident = {
      sex: stay.sex,
      kind: stay.kind,
      birthDate: stay.birthDate,
      birthYear: stay.birthYear ?? Number(stay.birthDate?.slice(0, 4)),
      infectiousGroupAB: false,
      physicalSexDiffers: false,
    };
    const bed = { inService: true, occupiedByStayId: null, areaSex: free.areaSex, areaPurpose: free.areaPurpose, separateRoom: free.separateRoom === 1 };
    const refusals = placementRefusals({ ...bed, roomOthers: occupied(roomId) }, resident, { on: today, adultAge });
    if (refusals.length > 0) {
      const facts = { resident, areaPurpose: free.areaPurpose, areaSex: free.areaSex, adultAge };
      return { bedId: null, reason: `không xếp được vào ${room.found.name}: ${refusals.map((r) => placementRefusalMessage(r, facts)).join('; ')}` };
    }
    given.add(free.bedId);
    return { bedId: free.bedId, label: bedLabel(free) };
  };
}
