// Arrivals and departures in the order they happened, and whether a person's movements make sense.

import type { Movement, Register } from './types';

/** Movements in the order they happened: by agenda position, then time, then as recorded. */
export function orderedMovements(register: Pick<Register, 'movements' | 'items'>): Movement[] {
  const position = new Map(register.items.map((item) => [item.id, item.number]));
  return register.movements
    .map((movement, index) => ({ movement, index }))
    .sort(
      (a, b) =>
        (position.get(a.movement.itemId) ?? 0) - (position.get(b.movement.itemId) ?? 0) ||
        (a.movement.time ?? '').localeCompare(b.movement.time ?? '') ||
        a.index - b.index,
    )
    .map(({ movement }) => movement);
}

/**
 * A person's movements must alternate (in, out, in…). Someone marked present who first "arrived"
 * came late; someone whose first movement is "left" was there from the start. Returns the problem
 * in words, or null.
 */
export function movementProblem(
  register: Pick<Register, 'movements' | 'items'>,
  personId: string,
  name: string,
  /** The movement just recorded: it may not go before the person's first one (see below). */
  addedId?: string,
): string | null {
  const position = new Map(register.items.map((item) => [item.id, item]));
  const own = orderedMovements(register).filter((movement) => movement.personId === personId);
  const where = (m: Movement) => `during item ${position.get(m.itemId)?.number ?? '?'}`;
  // The first movement says whether they were there at the start. One recorded before it would
  // quietly change that ("arrived during item 3" would become "left during item 2 and came back"),
  // so it is refused: a departure cannot come before the arrival.
  if (addedId && own.length > 1 && own[0]!.id === addedId && own[1]!.kind !== own[0]!.kind) {
    const added = own[0]!;
    const first = own[1]!;
    return added.kind === 'left'
      ? `${name} cannot leave ${where(added)}: they arrived ${where(first)}, and a departure cannot come before the arrival. If they were there from the start, left and came back, remove the arrival and record both in order.`
      : `${name} cannot arrive ${where(added)}: they are recorded as there from the start, leaving ${where(first)}. If they came late, remove that departure and record both in order.`;
  }
  for (let index = 1; index < own.length; index += 1) {
    const before = own[index - 1]!;
    const after = own[index]!;
    if (before.kind === after.kind) {
      return after.kind === 'left'
        ? `${name} cannot leave ${where(after)}: they had already left ${where(before)} and have not arrived since.`
        : `${name} cannot arrive ${where(after)}: they had already arrived ${where(before)} and have not left since.`;
    }
  }
  return null;
}
