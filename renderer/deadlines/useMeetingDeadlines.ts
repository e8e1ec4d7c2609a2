// A meeting's deadlines and late items, loaded for the meeting page and kept fresh after each change.
import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../shared/api';
import { api } from '../api/client';

export type MeetingPublication = MethodOutput<'publication.get'>;

export function useMeetingDeadlines(meetingId: string | undefined, refreshKey: unknown) {
  const [deadlines, setDeadlines] = useState<MeetingPublication | null>(null);
  useEffect(() => {
    if (!meetingId) return;
    let current = true;
    void api.call('publication.get', { meetingId }).then(
      (loaded) => current && setDeadlines(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [meetingId, refreshKey]);
  return deadlines;
}
