// The meeting's end time from its closing line, with and without am or pm: a time without either is
// read after the start when the start is known, and by the hours councils meet when it is not.
import { describe, expect, it } from 'vitest';
import type { ImportItem } from '../../shared/importing';
import { closingTime, tidyItem } from '../../electron/api/importClosing';
import { docOf } from '../../electron/import/narrative';

describe('the closing line’s time', () => {
  it('reads am and pm, noon and midnight as printed', () => {
    expect(closingTime('The meeting closed at 4.10 pm.')).toBe('16:10');
    expect(closingTime('The meeting ended at 11.45 a.m.')).toBe('11:45');
    expect(closingTime('The meeting closed at 12.05pm')).toBe('12:05');
    expect(closingTime('The meeting closed at 12.10 am.')).toBe('00:10');
  });

  it('reads the 24-hour clock as printed', () => {
    expect(closingTime('The meeting closed at 21.15 hours.')).toBe('21:15');
    expect(closingTime('The meeting closed at 20:40.')).toBe('20:40');
    expect(closingTime('The meeting closed at 09.50 hrs.', { startTime: '09:00' })).toBe('09:50');
  });

  it('puts a time without am or pm after the meeting’s start', () => {
    // An evening meeting that starts at 7: "7.45" is a quarter to eight in the evening.
    expect(closingTime('The meeting closed at 7.45', { startTime: '19:00' })).toBe('19:45');
    expect(closingTime('The meeting closed at 9.30.', { startTime: '19:30' })).toBe('21:30');
    expect(closingTime('The meeting closed at 10.15', { startTime: '19:00' })).toBe('22:15');
    // A morning meeting: "11.20" is before noon, "1.05" after it.
    expect(closingTime('The meeting closed at 11.20', { startTime: '10:00' })).toBe('11:20');
    expect(closingTime('The meeting ended at 1.05.', { startTime: '10:00' })).toBe('13:05');
    expect(closingTime('The meeting closed at 12.30', { startTime: '10:30' })).toBe('12:30');
    // A breakfast meeting at 6.30 am that ends at 7.45 ends in the morning.
    expect(closingTime('The meeting closed at 7.45', { startTime: '06:30' })).toBe('07:45');
  });

  it('gives no end time that would come before the start', () => {
    expect(closingTime('The meeting closed at 12.10', { startTime: '19:00' })).toBeNull();
  });

  it('without a start, follows the hours councils meet', () => {
    expect(closingTime('The meeting closed at 3.40.')).toBe('15:40');
    expect(closingTime('The meeting closed at 7.45')).toBe('19:45');
    expect(closingTime('The meeting closed at 8.55')).toBe('20:55');
    expect(closingTime('The meeting closed at 11.30')).toBe('11:30');
    expect(closingTime('The meeting closed at 12.15')).toBe('12:15');
    // A parish or town council meets in the evening: "10.05" is late in the evening.
    expect(closingTime('The meeting closed at 10.05', { committee: 'Little Marsh Parish Council' })).toBe(
      '22:05',
    );
    expect(closingTime('The meeting closed at 10.05', { committee: 'Audit Committee' })).toBe('10:05');
  });

  it('finds the closing line in the ways minutes word it', () => {
    expect(closingTime('There being no further business the meeting closed at 9.05 pm.')).toBe('21:05');
    expect(closingTime('Meeting closed at 8.20pm.')).toBe('20:20');
    expect(closingTime('The Chair closed the meeting at 4.15 pm.')).toBe('16:15');
    expect(closingTime('The Committee rose at 5.30 pm.')).toBe('17:30');
    expect(closingTime('The meeting considered the report at length.')).toBeNull();
  });
});

describe('an item’s closing line as the meeting’s end', () => {
  const item = (text: string): ImportItem => ({
    number: '9',
    title: 'Any other business',
    purpose: '',
    exempt: false,
    exemptParagraph: null,
    attendees: [],
    decisions: [],
    actions: [],
    minutesText: text,
    minutes: docOf(text.split('\n\n').map((line) => ({ text: line, indent: 0 }))),
    updates: [],
    report: null,
    supportingDocuments: [],
  });

  it('reads the time against the start it is given, and drops the line and the signature block', () => {
    const tidied = tidyItem(item('None.\n\nThe meeting closed at 8.50\n\nChair'), true, {
      startTime: '19:30',
    });
    expect(tidied.endTime).toBe('20:50');
    expect(tidied.minutes.content?.map((node) => node.content?.[0]?.text)).toEqual(['None.']);
  });

  it('drops a closing line it cannot square with the start, and gives no end time', () => {
    const tidied = tidyItem(item('None.\n\nThe meeting closed at 12.10'), true, { startTime: '19:00' });
    expect(tidied.endTime).toBeNull();
    expect(tidied.minutes.content?.map((node) => node.content?.[0]?.text)).toEqual(['None.']);
  });
});
