import { localToday } from '../../shared/meetingDates';
import { formatMinuteNumber } from '../../shared/numbering';

/** "1/26, 2/26, 3/26…": a numbering scheme as this municipal year's minutes read, not its template. */
export const numberedLike = (scheme: string, today = localToday()): string =>
  `${[1, 2, 3].map((n) => formatMinuteNumber(scheme, n, today)).join(', ')}…`;
