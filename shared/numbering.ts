// Minute numbers: each committee writes them its own way, and they run through a municipal year
// (May to April), restarting at the annual meeting.

/** The year a municipal year starts in: 2026-04-30 is in 2025/26, 2026-05-01 in 2026/27. */
export function municipalYearStart(isoDate: string): number {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return month >= 5 ? year : year - 1;
}

/** The first and last dates of the municipal year a date falls in. */
export function municipalYearBounds(isoDate: string): { first: string; last: string } {
  const start = municipalYearStart(isoDate);
  return { first: `${start}-05-01`, last: `${start + 1}-04-30` };
}

/**
 * Writes minute number `n` in a committee's scheme: `{n}` the number, `{yy}` and `{yyyy}` the
 * year the municipal year starts in. `{n}/{yy}` → "77/21"; `CAB{n}` → "CAB77"; `PLA{n}/{yy}` → "PLA77/21".
 */
export function formatMinuteNumber(scheme: string, n: number, isoDate: string): string {
  const start = municipalYearStart(isoDate);
  return scheme
    .replaceAll('{n}', String(n))
    .replaceAll('{yyyy}', String(start))
    .replaceAll('{yy}', String(start % 100).padStart(2, '0'));
}
