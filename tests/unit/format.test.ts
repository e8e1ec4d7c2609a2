import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../electron/paths';
import {
  approvedAt,
  formatLongDate,
  formatPersonName,
  formatTime,
  parsePersonLine,
} from '../../shared/format';

describe('British forms', () => {
  it('writes dates as councils do', () => {
    expect(formatLongDate('2021-03-15')).toBe('Monday 15 March 2021');
    expect(formatLongDate('2024-02-29')).toBe('Thursday 29 February 2024');
  });

  it('writes times as councils do', () => {
    expect(formatTime('14:00')).toBe('2.00 pm');
    expect(formatTime('09:30')).toBe('9.30 am');
    expect(formatTime('12:00')).toBe('12.00 pm');
    expect(formatTime('00:15')).toBe('12.15 am');
  });

  it('puts the honorific before the name when there is one', () => {
    expect(formatPersonName({ honorific: 'Councillor', name: 'Ada Quill' })).toBe('Councillor Ada Quill');
    expect(formatPersonName({ honorific: '', name: 'Ada Quill' })).toBe('Ada Quill');
  });
});

describe('where and when minutes were approved', () => {
  it('says the date once, not "Cabinet, Thursday 16 April 2026 on Thursday 16 April 2026"', () => {
    expect(approvedAt('Cabinet, Thursday 16 April 2026', '2026-04-16')).toBe(
      'the meeting of Cabinet on Thursday 16 April 2026',
    );
    // Recorded as approved on another day: both dates, each once.
    expect(approvedAt('Cabinet, Thursday 16 April 2026', '2026-04-17')).toBe(
      'the meeting of Cabinet, Thursday 16 April 2026, on Friday 17 April 2026',
    );
  });
});

describe('reading a person as minutes write them', () => {
  it('splits title, name and role, and reads Cllr as Councillor', () => {
    expect(
      parsePersonLine('Councillor Fiona Venner, Executive Member for Equality, Health and Wellbeing'),
    ).toEqual({
      honorific: 'Councillor',
      name: 'Fiona Venner',
      role: 'Executive Member for Equality, Health and Wellbeing',
    });
    expect(parsePersonLine('Cllr  Paul May')).toEqual({
      honorific: 'Councillor',
      name: 'Paul May',
      role: '',
    });
    expect(parsePersonLine('Kate Sibson, Commissioning Programme Manager, Adults and Health')).toEqual({
      honorific: '',
      name: 'Kate Sibson',
      role: 'Commissioning Programme Manager, Adults and Health',
    });
    // A one-word name is a name, even if it looks like a title.
    expect(parsePersonLine('Miss')).toEqual({ honorific: '', name: 'Miss', role: '' });
  });
});

describe('where the data lives', () => {
  it('uses the folder Electron calls userData on each system', () => {
    expect(defaultDataDir('linux', {}, '/home/ada')).toBe('/home/ada/.config/Minutebook');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ada')).toBe('/xdg/Minutebook');
    expect(defaultDataDir('darwin', {}, '/Users/ada')).toBe(
      '/Users/ada/Library/Application Support/Minutebook',
    );
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'C:\\Users\\ada')).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\Minutebook',
    );
  });
});
