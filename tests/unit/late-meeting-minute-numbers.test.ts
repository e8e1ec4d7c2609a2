// A meeting entered late, dated before minutes already approved in the same municipal year, must not
// be given the numbers those minutes were approved with: no minute number is given twice in a
// committee's year, on the meeting screen, in the Word document (its preview), in search or in the
// decisions register. Approved minutes keep their numbers; the late meeting takes the numbers after
// the highest fixed one, and the draft meetings after it run on as before.
import { describe, expect, it } from 'vitest';
import type { DecisionRegister } from '../../shared/decisionRegister';
import type { DocumentModel } from '../../shared/document';
import type { AgendaItem, Committee, Meeting, MeetingDetail } from '../../shared/domain';
import { parseMinuteNumber } from '../../shared/numbering';
import { nameCouncil, ok, tempCore } from './helpers';
import { hits, p } from './searchSetup';

describe('a meeting entered late in a municipal year', () => {
  it('is numbered after the approved minutes, never with their numbers', async () => {
    const core = tempCore();
    await nameCouncil(core);
    const committee = await ok<Committee>(core, 'committees.create', {
      name: 'Planning Committee',
      kind: 'regulatory',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: '{n}/{yy}',
    });
    const meetingWith = async (date: string, titles: string[]) => {
      const meeting = await ok<Meeting>(core, 'meetings.create', {
        committeeId: committee.id,
        date,
        startTime: '18:00',
      });
      for (const title of titles) {
        const item = await ok<AgendaItem>(core, 'items.create', {
          meetingId: meeting.id,
          title,
          purpose: '',
          leadOfficerId: null,
          exempt: false,
          exemptParagraph: null,
        });
        await ok(core, 'minutes.save', {
          itemId: item.id,
          doc: { type: 'doc', content: [p(`Heard about ${title}.`)] },
          baseVersion: 0,
        });
        await ok(core, 'decisions.create', { itemId: item.id, keyword: 'RESOLVED' });
      }
      return meeting;
    };
    const september = await meetingWith('2023-09-12', ['Apologies', 'Declarations', 'Land at Mill Lane']);
    const october = await meetingWith('2023-10-10', ['Apologies', 'Minutes']);
    await ok(core, 'meetings.approve', { id: september.id, approvedByMeetingId: october.id });
    const numbersOf = async (meeting: Meeting) => {
      const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id });
      return detail.items.map((item) => detail.minuteNumbers[item.id]);
    };
    expect(await numbersOf(september)).toEqual(['1/23', '2/23', '3/23']);
    expect(await numbersOf(october)).toEqual(['4/23', '5/23']);

    // A July meeting, missed, entered now: two items.
    const july = await meetingWith('2023-07-11', ['Apologies', 'Land at Church Road']);
    expect(await numbersOf(september)).toEqual(['1/23', '2/23', '3/23']);
    expect(await numbersOf(july)).toEqual(['4/23', '5/23']);
    expect(await numbersOf(october)).toEqual(['6/23', '7/23']);

    // Everywhere a number is shown, each number of the year belongs to one item only.
    const year = [july, september, october];
    const screen = (await Promise.all(year.map(numbersOf))).flat();
    expect(new Set(screen).size).toBe(screen.length);
    for (const meeting of year) {
      const { model } = await ok<{ model: DocumentModel }>(core, 'exports.preview', {
        meetingId: meeting.id,
        kind: 'minutes',
        edition: 'public',
      });
      const text = JSON.stringify(model);
      for (const number of await numbersOf(meeting)) expect(text).toContain(number);
      for (const other of year.filter((m) => m !== meeting)) {
        for (const number of await numbersOf(other)) expect(text).not.toContain(`"${number}`);
      }
    }
    const searched = hits(core, 'heard').map((hit) => `${hit.minuteNumber} ${hit.itemTitle}`);
    expect(searched).toHaveLength(7);
    expect(new Set(searched.map((line) => line.split(' ')[0])).size).toBe(7);
    expect(searched).toContain('1/23 Apologies');
    expect(searched).toContain('4/23 Apologies');
    const register = await ok<DecisionRegister>(core, 'decisionRegister.list', { edition: 'confidential' });
    const registered = register.entries.map((entry) => entry.minuteNumber);
    expect(new Set(registered).size).toBe(registered.length);
  });

  it('leaves no number twice when an earlier draft loses an item after later minutes were approved', async () => {
    const core = tempCore();
    const committee = await ok<Committee>(core, 'committees.create', {
      name: 'Cabinet',
      kind: 'cabinet',
      quorum: 3,
      defaultVenue: '',
      numberingScheme: 'CAB{n}',
    });
    const meetingWith = async (date: string, count: number) => {
      const meeting = await ok<Meeting>(core, 'meetings.create', {
        committeeId: committee.id,
        date,
        startTime: '10:00',
      });
      const items: AgendaItem[] = [];
      for (let n = 1; n <= count; n += 1) {
        items.push(
          await ok<AgendaItem>(core, 'items.create', {
            meetingId: meeting.id,
            title: `Item ${n}`,
            purpose: '',
            leadOfficerId: null,
            exempt: false,
            exemptParagraph: null,
          }),
        );
      }
      return { meeting, items };
    };
    const june = await meetingWith('2024-06-04', 3);
    const july = await meetingWith('2024-07-02', 2);
    const september = await meetingWith('2024-09-03', 2);
    await ok(core, 'meetings.approve', { id: july.meeting.id, approvedByMeetingId: september.meeting.id });
    // June's minutes are still a draft; an item turns out not to have been taken, and is removed.
    await ok(core, 'items.delete', { id: june.items[2]!.id });
    const numbersOf = async (meeting: Meeting) => {
      const detail = await ok<MeetingDetail>(core, 'meetings.get', { id: meeting.id });
      return detail.items.map((item) => detail.minuteNumbers[item.id]);
    };
    expect(await numbersOf(june.meeting)).toEqual(['CAB1', 'CAB2']);
    expect(await numbersOf(july.meeting)).toEqual(['CAB4', 'CAB5']);
    // September runs on from the approved July's CAB5, not from a count of the items before it.
    expect(await numbersOf(september.meeting)).toEqual(['CAB6', 'CAB7']);
  });
});

describe('reading a minute number back', () => {
  it('gives the number in the scheme and year, or null', () => {
    expect(parseMinuteNumber('{n}/{yy}', '77/21', '2021-11-03')).toBe(77);
    expect(parseMinuteNumber('{n}/{yy}', '77/22', '2021-11-03')).toBeNull();
    expect(parseMinuteNumber('PLA{n}/{yy}', 'PLA146/14', '2014-09-09')).toBe(146);
    expect(parseMinuteNumber('CAB{n}', 'CAB12', '2026-06-01')).toBe(12);
    expect(parseMinuteNumber('CAB{n}', 'CAB12a', '2026-06-01')).toBeNull();
    expect(parseMinuteNumber('{n}.', '1.', '2026-06-01')).toBe(1);
    expect(parseMinuteNumber('{n}.', '12', '2026-06-01')).toBeNull();
  });
});
