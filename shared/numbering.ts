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

/**
 * The `n` of a minute number written in `scheme` for the municipal year `isoDate` falls in, or null
 * if it is not written so (another scheme, another year, or text): "77/21" in `{n}/{yy}` in 2021/22
 * is 77.
 */
export function parseMinuteNumber(scheme: string, text: string, isoDate: string): number | null {
  const start = municipalYearStart(isoDate);
  const parts = scheme.split(/(\{n\}|\{yyyy\}|\{yy\})/);
  const pattern = parts
    .map((part) => {
      if (part === '{n}') return '(\\d{1,9})';
      if (part === '{yyyy}') return String(start);
      if (part === '{yy}') return String(start % 100).padStart(2, '0');
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  const match = new RegExp(`^${pattern}$`).exec(text);
  if (!match) return null;
  // A scheme may give the number more than once ("{n}-{n}"): each must be the same.
  const values = new Set(match.slice(1).map(Number));
  return values.size === 1 ? [...values][0]! : null;
}

/** One meeting of a committee's municipal year, as its minute numbers are worked out from. */
export interface NumberingMeeting {
  id: string;
  /** The items in agenda order: the number each was published with (imported), if any. */
  items: { id: string; published: string | null }[];
  /** The items a numbered minute excluding the public comes before. */
  exclusionsBefore: ReadonlySet<string>;
  /** The numbers its minutes were approved with, while they stay approved. */
  approved: { minuteNumbers: Record<string, string>; exclusionMinutes: Record<string, string> | null } | null;
}

export interface MinuteNumbering {
  minuteNumbers: Record<string, string>;
  exclusionMinutes: Record<string, string>;
}

/**
 * The minute numbers of one meeting, from its committee's meetings of the municipal year in date
 * order (the meeting among them). The rule:
 *
 * - A number once fixed is never given to another minute of the year: approved minutes keep the
 *   numbers they were approved with, and an imported item the number it was published with.
 * - Minutes not yet approved run on, one unbroken run for each meeting, from the meeting before in
 *   date order: from the highest number an approved meeting holds (not from how many items it has,
 *   which may have changed since), otherwise from the last number counted.
 * - A meeting whose run would give a number already fixed (a meeting entered late, dated before
 *   approved minutes) takes the numbers after the highest fixed in the year instead, as a minute
 *   written late takes the next number free; the draft meetings after it run on from it.
 */
export function numberMeetingInYear(
  scheme: string,
  isoDate: string,
  year: readonly NumberingMeeting[],
  meetingId: string,
): MinuteNumbering {
  const fixed = new Set<string>();
  for (const meeting of year) {
    for (const item of meeting.items) if (item.published !== null) fixed.add(item.published);
    if (meeting.approved) {
      for (const text of Object.values(meeting.approved.minuteNumbers)) fixed.add(text);
      for (const text of Object.values(meeting.approved.exclusionMinutes ?? {})) fixed.add(text);
    }
  }
  const highest = (texts: Iterable<string>): number | null => {
    let high: number | null = null;
    for (const text of texts) {
      const n = parseMinuteNumber(scheme, text, isoDate);
      if (n !== null && (high === null || n > high)) high = n;
    }
    return high;
  };
  const highestFixed = highest(fixed) ?? 0;
  const runFrom = (meeting: NumberingMeeting, start: number) => {
    let n = start;
    const numbering: MinuteNumbering = { minuteNumbers: {}, exclusionMinutes: {} };
    const given: string[] = [];
    for (const item of meeting.items) {
      if (meeting.exclusionsBefore.has(item.id)) {
        n += 1;
        numbering.exclusionMinutes[item.id] = formatMinuteNumber(scheme, n, isoDate);
        given.push(numbering.exclusionMinutes[item.id]!);
      }
      n += 1;
      if (item.published !== null) numbering.minuteNumbers[item.id] = item.published;
      else {
        numbering.minuteNumbers[item.id] = formatMinuteNumber(scheme, n, isoDate);
        given.push(numbering.minuteNumbers[item.id]!);
      }
    }
    return { numbering, end: n, clashes: given.some((text) => fixed.has(text)) };
  };

  let last = 0;
  for (const meeting of year) {
    let run = runFrom(meeting, last);
    let numbering: MinuteNumbering;
    if (meeting.approved) {
      numbering = {
        minuteNumbers: { ...run.numbering.minuteNumbers, ...meeting.approved.minuteNumbers },
        exclusionMinutes: meeting.approved.exclusionMinutes ?? run.numbering.exclusionMinutes,
      };
      const high = highest([
        ...Object.values(numbering.minuteNumbers),
        ...Object.values(numbering.exclusionMinutes),
      ]);
      last = high === null ? run.end : Math.max(last, high);
    } else {
      if (run.clashes) run = runFrom(meeting, Math.max(last, highestFixed));
      numbering = run.numbering;
      const published = meeting.items.flatMap((item) => (item.published === null ? [] : [item.published]));
      last = Math.max(run.end, highest(published) ?? 0);
    }
    if (meeting.id === meetingId) return numbering;
  }
  return { minuteNumbers: {}, exclusionMinutes: {} };
}
