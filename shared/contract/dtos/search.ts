// Prospect search (Ctrl+K): one found person, as the signed-in employee may see them.
import type { WalkoutStatus } from '../../domain/vocab';
import type { ProspectDto } from './counter';

export interface ProspectHitDto {
  /** In full for a lead's own prospect and for managers; another rep's, for staff, as the returning-prospect card. */
  prospect: ProspectDto;
  /** Staff see another rep's prospect as the card only: who, when, whose; never how to reach them. */
  card: boolean;
  /** What the query matched best: the whole phone or e-mail, a name, part of a phone or e-mail. */
  matchedOn: 'exact' | 'name' | 'contact';
  walkoutCount: number;
  lastVisitAt: number;
  /** The rep whose lead the latest visit is, and that visit's status. */
  employeeName: string;
  status: WalkoutStatus;
  /** The visit whose story Enter opens (the latest the employee may read); null on a card. */
  walkoutId: number | null;
}
