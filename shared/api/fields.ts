// Field schemas used across the API's domains, each with a message a committee officer can act on.
import { z } from 'zod';

export const id = (what: string) =>
  z.uuid({
    error: (issue) => (issue.input === undefined ? `${what} is missing.` : `${what} is not a valid id.`),
  });

/** "X is missing." when absent, `wrong` when present but of the wrong type. */
export const typeError = (label: string, wrong: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? `${label} is missing.` : wrong),
});

export const text = (label: string, max: number) =>
  z
    .string(typeError(label, `${label} must be text.`))
    .trim()
    .max(max, { error: `${label} is too long (at most ${max} characters).` });

/**
 * Text saved as it is typed (autosaved fields: actions, updates, decisions, item people, wording,
 * the report): stored exactly as typed, never trimmed, or a space typed just before a reload is lost
 * and the next words run on. Documents and checks trim it where they use it.
 */
export const typedText = (label: string, max: number) =>
  z
    .string(typeError(label, `${label} must be text.`))
    .max(max, { error: `${label} is too long (at most ${max} characters).` });

export const requiredText = (label: string, max: number) =>
  text(label, max).min(1, { error: `${label} must not be empty.` });

export const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
/** A date written YYYY-MM-DD that is a real calendar date; its messages name it as `label`. */
export const dateField = (label: string) =>
  z
    .string(typeError(label, `${label} must be text like 2026-03-15.`))
    .regex(isoDatePattern, { error: `${label} must be written as YYYY-MM-DD, e.g. 2026-03-15.` })
    .refine(
      (value) => {
        // A wrongly written date has been reported already.
        if (!isoDatePattern.test(value)) return true;
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
      },
      { error: `${label} is not a real calendar date.` },
    );
export const isoDate = dateField('Date');

export const clock = (label: string) =>
  z.string(typeError(label, `${label} must be text like 14:00.`)).regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
    error: `${label} must be on the 24-hour clock, e.g. 14:00.`,
  });
/** A meeting's start time, or '' when it is not known (minutes imported that give none). */
export const clockTime = z
  .string(typeError('Start time', 'Start time must be text like 14:00.'))
  .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d)?$/, {
    error: 'Start time must be on the 24-hour clock, e.g. 14:00.',
  });

export const none = z.strictObject({});

/** The version a change was made over; another window's save in between is a conflict. */
export const baseVersion = (min: 0 | 1) =>
  z.number(typeError('Base version', 'Base version must be a number.')).int().min(min);
