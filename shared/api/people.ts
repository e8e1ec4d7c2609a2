// The people directory: members, officers and others, each typed once.
import { z } from 'zod';
import { id, none, requiredText, text, typeError } from './fields';
import { mutation, query } from './contract';
import { personKinds, type Person } from '../domain';

const personFields = {
  name: requiredText('Name', 200),
  honorific: text('Honorific', 40),
  role: text('Role or job title', 300),
  organisation: text('Organisation', 200),
  party: text('Party', 100),
  kind: z.enum(personKinds, typeError('Kind', `Kind must be one of: ${personKinds.join(', ')}.`)),
};

export const personInput = z.strictObject(personFields);

export const peopleMethods = {
  'people.list': query<Person[]>()(none),
  'people.create': mutation<Person>()(personInput),
  'people.update': mutation<Person>()(
    z
      .strictObject({ id: id('Person'), ...personFields })
      .partial()
      .required({ id: true }),
  ),
  'people.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Person') })),
} as const;
