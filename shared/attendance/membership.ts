// Who was a member of a committee on a meeting's date.
import type { Membership } from '../domain';

/** The membership on a date: joined on or before it, and not yet left (left_on is the first day gone). */
export function membersOn<M extends Pick<Membership, 'joinedOn' | 'leftOn'>>(
  memberships: M[],
  date: string,
): M[] {
  return memberships.filter(
    (membership) =>
      (membership.joinedOn === null || membership.joinedOn <= date) &&
      (membership.leftOn === null || membership.leftOn > date),
  );
}
