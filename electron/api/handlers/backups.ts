// Backups, restoring and starting afresh (these also answer in recovery mode).
import { AppError } from '../../../shared/result';
import type { SessionControl } from '../context';
import type { Context, Handlers } from '../context';

function sessionOf(ctx: Pick<Context, 'session'>): SessionControl {
  if (!ctx.session) {
    throw new AppError('invalid_input', 'Backups are made by the running app, not by this command.');
  }
  return ctx.session;
}

export const backupsHandlers = {
  'backups.list': (_input, ctx) => sessionOf(ctx).listBackups(),
  'backups.create': (_input, ctx) => sessionOf(ctx).backupNow(),
  'backups.restore': ({ id }, ctx) => sessionOf(ctx).restore(id),
  'recovery.startAfresh': (_input, ctx) => sessionOf(ctx).startAfresh(),
} satisfies Partial<Handlers>;
