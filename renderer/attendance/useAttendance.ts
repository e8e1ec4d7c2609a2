// A meeting's attendance as the screens use it: loaded once, replaced by what each change returns.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttendanceDetail } from '../../shared/attendance';
import { api } from '../api/client';
import { useAppStore } from '../state/store';

/** Runs a change that answers with the register, saying what happened (see useAttendance). */
export type Change = (run: () => Promise<AttendanceDetail>, done: string) => Promise<boolean>;

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

  // Changes run one after another, in the order the officer made them: keys pressed quickly down
  // the register (P, P, A…) are written in that order, and the register shown is always the answer
  // to the latest one. Run side by side, an older answer could arrive last and show a member as
  // "not yet recorded" who was just marked, and two changes to one member could land out of order.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  /** Runs a change that answers with the register, says what happened, and shows the new register. */
  const change = useCallback(
    (run: () => Promise<AttendanceDetail>, done: string): Promise<boolean> => {
      const next = queue.current.then(async () => {
        const updated = await perform(run, done);
        if (updated) setDetail(updated);
        return updated !== undefined;
      });
      queue.current = next.catch(() => undefined);
      return next;
    },
    [perform],
  );
  /** Shows a register answered by a save made elsewhere (the wording, saved as it is typed). */
  const replace = useCallback((updated: AttendanceDetail) => setDetail(updated), []);
  return { detail, error, change, replace };
}
