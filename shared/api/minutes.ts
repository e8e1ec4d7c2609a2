// An item's minutes, and who presented it and attended for it.
import { z } from 'zod';
import { baseVersion, id, typedText, typeError } from './fields';
import { mutation, query } from './contract';
import { itemPersonRoles, type ItemMinutes, type ItemPerson, type KeptMinutes } from '../domain';
import { richBlocks, richDoc } from '../richTextSchema';

const blockIndex = (label: string) =>
  z
    .number(typeError(label, `${label} must be a number.`))
    .int()
    .min(0)
    .max(10_000_000);

/** The id a window gives each save of minutes, so that a change can name the text it was made from. */
const saveId = (label: string) =>
  z
    .string(typeError(label, `${label} must be text.`))
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: `${label} must be 1 to 64 letters, digits, - or _.` });

/**
 * A save tried over a save whose answer never came, which may not have been committed: if refused it
 * is not kept, as the window sends the same text again over the version it knows.
 */
const tentative = z.boolean(typeError('Tentative', 'Tentative must be true or false.'));

const keptId = id('Kept text');

export const minutesMethods = {
  'minutes.get': query<ItemMinutes>()(z.strictObject({ itemId: id('Agenda item') })),
  /**
   * The version of an item's minutes as they stand (0: never saved), without their text: what a
   * window asks as it regains the focus, to learn whether another window saved them meanwhile.
   */
  'minutes.version': query<{ itemId: string; version: number }>()(
    z.strictObject({ itemId: id('Agenda item') }),
  ),
  /**
   * Saves an item's minutes over `baseVersion`; another window's save in between is a conflict.
   * `saveId` names this save; `baseSaveId`, where given, the save that wrote the version saved over,
   * which must then be the one that wrote the minutes as they stand.
   */
  'minutes.save': mutation<{ version: number; updatedAt: string }>()(
    z.strictObject({
      itemId: id('Agenda item'),
      doc: richDoc,
      baseVersion: baseVersion(0),
      saveId: saveId('Save id').optional(),
      baseSaveId: saveId('Base save id').optional(),
      tentative: tentative.optional(),
    }),
  ),
  /**
   * Saves a change to an item's minutes over `baseVersion`: the top-level blocks `from` to `to` (not
   * included) of the version saved then are replaced by `blocks`, leaving `length` blocks. What the
   * editor sends at each keystroke instead of the whole document; the same checks as a whole save.
   * `baseSaveId` is the save whose text the change was made from: unless the stored minutes were
   * written by that very save (at `baseVersion`), the change is refused as a conflict, so it is never
   * applied to a text it was not made from.
   */
  'minutes.saveChanges': mutation<{ version: number; updatedAt: string }>()(
    z.strictObject({
      itemId: id('Agenda item'),
      from: blockIndex('From'),
      to: blockIndex('To'),
      blocks: richBlocks,
      length: blockIndex('Length'),
      baseVersion: baseVersion(1),
      saveId: saveId('Save id').optional(),
      baseSaveId: saveId('Base save id'),
      tentative: tentative.optional(),
    }),
  ),
  /**
   * Keeps text a window could not save (its saves refused: another window changed the minutes first,
   * or they were approved) so that it is offered again on the item's screen, whatever becomes of the
   * window. The window's kept copy of the item is replaced; nothing of the record changes.
   */
  'keptMinutes.keep': mutation<{ itemId: string }>()(
    z.strictObject({
      itemId: id('Agenda item'),
      doc: richDoc,
      reason: z.enum(['conflict', 'approved'], typeError('Reason', 'Reason must be conflict or approved.')),
    }),
  ),
  /** Kept text of the item that differs from its minutes as they stand (never in documents or search). */
  'keptMinutes.list': query<KeptMinutes[]>()(z.strictObject({ itemId: id('Agenda item') })),
  /** Uses kept text instead: saved over the minutes as they stand, as any save is (and audited). */
  'keptMinutes.use': mutation<{ version: number; updatedAt: string }>()(
    z.strictObject({ itemId: id('Agenda item'), keptId }),
  ),
  'keptMinutes.discard': mutation<{ id: string }>()(z.strictObject({ itemId: id('Agenda item'), keptId })),
  'itemPeople.list': query<ItemPerson[]>()(z.strictObject({ itemId: id('Agenda item') })),
  /** Replaces who presented, or who attended, an item: the whole list for that role, in order. */
  'itemPeople.set': mutation<ItemPerson[]>()(
    z.strictObject({
      itemId: id('Agenda item'),
      role: z.enum(itemPersonRoles, typeError('Role', 'Role must be presenter or attendee.')),
      people: z
        .array(z.strictObject({ personId: id('Person'), capacity: typedText('Capacity', 300).default('') }))
        .max(200, { error: 'An item can list at most 200 people.' }),
    }),
  ),
} as const;
