// The working-day and clear-day calendar (shared/calendar) against worked examples counted by hand:
// each test's name says which days were counted, so a reader can check it on a wall calendar.
// Here: the deadlines report (minutebook deadlines), as printed and as JSON.
import { describe, expect, it } from 'vitest';
import { deadlinesReport, formatDeadlinesReport } from '../../shared/calendar';

describe('the deadlines report (minutebook deadlines)', () => {
  it('England, Thursday 13 April 2023, 5 days of call-in: the lines the command line prints', () => {
    const report = deadlinesReport({ date: '2023-04-13', nation: 'england' });
    expect(report.agenda.publishBy).toBe('2023-04-03');
    expect(report.callIn).toMatchObject({ ends: '2023-04-20', effectiveFrom: '2023-04-21' });
    expect(formatDeadlinesReport(report)).toEqual([
      'Meeting on Thursday 13 April 2023 (England)',
      '  Agenda and reports to be published by: Monday 3 April 2023',
      '    5 clear days, not counting weekends, bank holidays or closure days; Local Government Act 1972 s100B(3), five clear days since the Local Government (Access to Information) (Variation) Order 2002',
      '    Not counted: Friday 7 April 2023 (Good Friday), Monday 10 April 2023 (Easter Monday)',
      '  Notice of a key decision to be taken that day published by: Wednesday 15 March 2023',
      '    28 clear days, counting every calendar day; Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012, reg 9',
      'Decision published on Thursday 13 April 2023',
      '  Call-in ends: 5.00 pm on Thursday 20 April 2023',
      '    5 working days after the day of publication',
      '  Effective from: Friday 21 April 2023, unless called in',
    ]);
  });

  it('Scotland, Thursday 28 December 2023, 8 days of call-in: agenda by Wed 20 December (Wed 27, Fri 22, Thu 21); call-in Fri 29, Wed 3 … Fri 5, Mon 8 … Thu 11 January (8; not Mon 1 or Tue 2), effective Fri 12', () => {
    const report = deadlinesReport({ date: '2023-12-28', nation: 'scotland', callInDays: 8 });
    expect(report.agenda.publishBy).toBe('2023-12-20');
    expect(report.callIn).toMatchObject({ callInDays: 8, ends: '2024-01-11', effectiveFrom: '2024-01-12' });
    expect(report.keyDecision).toBeUndefined();
    expect(report.callIn.skipped.map((day) => day.date)).toEqual(['2024-01-01', '2024-01-02']);
  });

  it('Wales, Wednesday 8 June 2022: agenda by Tue 31 May (Tue 7, Mon 6, Wed 1; not 2 or 3 June), note by Thu 16 June, call-in to Wed 15 June', () => {
    const report = deadlinesReport({ date: '2022-06-08', nation: 'wales' });
    expect(report.agenda.publishBy).toBe('2022-05-31');
    expect(report.agenda.skipped.map((day) => day.reason)).toEqual([
      'Spring bank holiday',
      'Queen’s Platinum Jubilee',
    ]);
    expect(report.noteOfMeeting?.due).toBe('2022-06-16');
    expect(report.callIn).toMatchObject({ ends: '2022-06-15', effectiveFrom: '2022-06-16' });
    expect(formatDeadlinesReport(report)).toContain(
      '  Note of the meeting to be published by: Thursday 16 June 2022',
    );
  });

  it('Northern Ireland, Friday 14 July 2023: agenda by Fri 7 July (Thu 13, Tue 11, Mon 10; not 12 July), with the caution to check standing orders', () => {
    const report = deadlinesReport({ date: '2023-07-14', nation: 'ni' });
    expect(report.agenda.publishBy).toBe('2023-07-07');
    expect(report.agenda.caution).toMatch(/standing orders/);
    expect(formatDeadlinesReport(report).join('\n')).toContain('Wednesday 12 July 2023 (Battle of the Boyne');
  });

  it('a meeting on a bank holiday says so, and closure days and the every-day setting pass through', () => {
    const report = deadlinesReport({
      date: '2023-05-08',
      nation: 'england',
      closureDays: ['2023-05-02'],
      clearDaysExcludeNonWorkingDays: false,
    });
    expect(report.notWorkingDay).toBe("King Charles III's Coronation");
    // Every day counts: Sun 7 … Wed 3 are the 5 clear days, so Tue 2 would do, but it is a closure day: Fri 28 April.
    expect(report.agenda.publishBy).toBe('2023-04-28');
    expect(report.agenda.skipped).toEqual([]);
    expect(formatDeadlinesReport(report)[1]).toBe(
      "  Note: this is not a working day (King Charles III's Coronation).",
    );
  });

  it('is plain data that survives JSON (what --json prints)', () => {
    const report = deadlinesReport({ date: '2023-04-13', nation: 'england' });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
