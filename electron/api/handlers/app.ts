import { countCommittees } from '../../store/committees';
import { loadSampleCouncil } from '../../store/sample';
import { AppError } from '../../../shared/result';
import type { SessionControl } from '../../session';
import type { Context, Handlers } from '../router';

function sessionOf(ctx: Context): SessionControl {
  if (!ctx.session) {
    throw new AppError('invalid_input', 'Backups are made by the running app, not by this command.');
  }
  return ctx.session;
}

export const appHandlers = {
  'app.info': (_input, { db, dataFile, version, session }) => ({
    version,
    dataFile,
    empty: countCommittees(db) === 0,
    ...(session?.info() ?? { warnings: [], recovery: null, notices: [], checking: false }),
  }),
  'backups.list': (_input, ctx) => sessionOf(ctx).listBackups(),
  'backups.create': (_input, ctx) => sessionOf(ctx).backupNow(),
  'backups.restore': ({ id }, ctx) => sessionOf(ctx).restore(id),
  'recovery.startAfresh': (_input, ctx) => sessionOf(ctx).startAfresh(),
  'sample.load': (_input, { db }) => loadSampleCouncil(db),
} satisfies Partial<Handlers>;
