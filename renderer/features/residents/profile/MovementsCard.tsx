import type { ResidentProfile } from '../../../../shared/contract/residents';
import { MovementsPanel } from '../../movements/MovementsPanel';

/** Everything that happened to the stay, as recorded, with recording a movement and cancelling the latest. */
export function MovementsCard({ p }: { p: ResidentProfile }) {
  return <MovementsPanel stayId={p.stay.id} name={p.person.fullName} />;
}
