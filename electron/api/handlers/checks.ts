import type { Db } from '../../store/database';
import { getPerson } from '../../store/people';

/** The person named (lead officer, mover, seconder) must be in the directory. */
export function checkPerson(db: Db, personId: string | null | undefined): void {
  if (personId) getPerson(db, personId);
}
