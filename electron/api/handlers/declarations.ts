// Declarations of interest.
import { addDeclaration, removeDeclaration, updateDeclaration } from '../../store/attendance';
import type { Handlers } from '../context';
import { detail } from './attendance';

export const declarationsHandlers = {
  'declarations.add': ({ meetingId, ...fields }, { db }) => {
    addDeclaration(db, meetingId, fields);
    return detail(db, meetingId);
  },
  'declarations.update': ({ id, ...fields }, { db }) => detail(db, updateDeclaration(db, id, fields)),
  'declarations.remove': ({ id }, { db }) => detail(db, removeDeclaration(db, id)),
} satisfies Partial<Handlers>;
