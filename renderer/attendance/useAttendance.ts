// A meeting's attendance as the screens use it: loaded once, replaced by what each change returns.
import { useCallback, useEffect, useState } from 'react';
import type { AttendanceDetail } from '../../shared/attendance';
import { api } from '../api/client';
import { useAppStore } from '../state/store';

export function useAttendance(meetingId: string | undefined) {
  const [detail, setDetail] = useState<AttendanceDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const perform = useAppStore((state) => state.perform);

  useEffect(() => {
    if (!meetingId) return;
    let current = true;
    api.call('attendance.get', { meetingId }).then(
      (loaded) => current && setDetail(loaded),
      (failure: unknown) => current && setError(failure instanceof Error ? failure.message : String(failure)),
    );
    return () => {
      current = false;
    };
  }, [meetingId]);

  /** Runs a change that answers with the register, says what happened, and shows the new register. */
  const change = useCallback(
    async (run: () => Promise<AttendanceDetail>, done: string): Promise<boolean> => {
      const updated = await perform(run, done);
      if (updated) setDetail(updated);
      return updated !== undefined;
    },
    [perform],
  );
  return { detail, error, change };
}
