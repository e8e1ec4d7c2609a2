// Committees and their membership.
import { z } from 'zod';
import { id, isoDate, none, requiredText, text, typeError } from './fields';
import { mutation, query } from './contract';
import {
  committeeKinds,
  membershipRoles,
  type Committee,
  type CommitteeDetail,
  type Membership,
} from '../domain';
import { personInput } from './people';
import { nations } from '../calendar/settings';

const committeeFields = {
  name: requiredText('Committee name', 200),
  kind: z.enum(committeeKinds, typeError('Kind', `Kind must be one of: ${committeeKinds.join(', ')}.`)),
  quorum: z
    .number(typeError('Quorum', 'Quorum must be a number.'))
    .int({ error: 'Quorum must be a whole number.' })
    .min(1, { error: 'Quorum must be at least 1.' })
    .max(200, { error: 'Quorum must be at most 200.' }),
  defaultVenue: text('Default venue', 300),
  numberingScheme: requiredText('Minute numbering scheme', 40).refine((s) => s.includes('{n}'), {
    error: 'Minute numbering scheme must contain {n} where the number goes, e.g. {n}/{yy}.',
  }),
  remoteCounts: z
    .boolean(typeError('Remote attendance', 'Remote attendance counts or it does not: true or false.'))
    .optional(),
  /** Whose law and bank holidays the committee's deadlines follow; England when left out. */
  nation: z.enum(nations, typeError('Nation', `Nation must be one of: ${nations.join(', ')}.`)).optional(),
  /** Working days a decision can be called in after its notice is published; 5 when left out. */
  callInDays: z
    .number(typeError('Call-in period', 'The call-in period must be a number of working days.'))
    .int({ error: 'The call-in period must be a whole number of working days.' })
    .min(1, { error: 'The call-in period must be at least 1 working day.' })
    .max(30, { error: 'The call-in period must be at most 30 working days.' })
    .optional(),
};

export const committeeInput = z.strictObject(committeeFields);

export const committeesMethods = {
  'committees.list': query<Committee[]>()(none),
  'committees.get': query<CommitteeDetail>()(z.strictObject({ id: id('Committee') })),
  'committees.create': mutation<Committee>()(committeeInput),
  'committees.update': mutation<Committee>()(
    z
      .strictObject({ id: id('Committee'), ...committeeFields })
      .partial()
      .required({ id: true }),
  ),
  'committees.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Committee') })),
  'memberships.add': mutation<Membership>()(
    z.strictObject({
      committeeId: id('Committee'),
      personId: id('Person'),
      role: z.enum(membershipRoles, typeError('Role', `Role must be one of: ${membershipRoles.join(', ')}.`)),
    }),
  ),
  /** A person new to the directory, added to the directory and the committee in one transaction. */
  'memberships.addNewPerson': mutation<Membership>()(
    z.strictObject({
      committeeId: id('Committee'),
      person: personInput,
      role: z.enum(membershipRoles, typeError('Role', `Role must be one of: ${membershipRoles.join(', ')}.`)),
    }),
  ),
  /** A change of role, or of when the member joined or left (a meeting uses the membership on its date). */
  'memberships.update': mutation<Membership>()(
    z.strictObject({
      id: id('Membership'),
      role: z
        .enum(membershipRoles, typeError('Role', `Role must be one of: ${membershipRoles.join(', ')}.`))
        .optional(),
      joinedOn: isoDate.nullable().optional(),
      leftOn: isoDate.nullable().optional(),
    }),
  ),
  'memberships.remove': mutation<{ id: string }>()(z.strictObject({ id: id('Membership') })),
} as const;
