// The working-day and clear-day calendar of England, Wales, Scotland and Northern Ireland, and the
// statutory deadlines counted on it. Pure: no Node modules, no clock, no time zones; usable from the
// renderer, the main process and the command line alike.
export * from './isoDate';
export * from './settings';
export { bankHoliday, bankHolidaysIn, firstBankHolidayYear, lastBankHolidayYear } from './bankHolidays';
export type { BankHoliday } from './bankHolidays';
export { bankHolidayCorrections } from './bankHolidayCorrections';
export * from './workingDays';
export * from './clearDays';
export * from './notices';
export * from './deadlines';
