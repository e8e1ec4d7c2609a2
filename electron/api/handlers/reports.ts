// An item's report.
import { getAgendaItem } from '../../store/agendaItems';
import { getReport, saveReport } from '../../store/reports';
import type { Handlers } from '../context';

export const reportsHandlers = {
  'reports.get': ({ itemId }, { db }) => {
    getAgendaItem(db, itemId);
    return getReport(db, itemId);
  },
  'reports.save': ({ itemId, baseVersion, ...fields }, { db }) => {
    getAgendaItem(db, itemId);
    return saveReport(db, itemId, fields, baseVersion);
  },
} satisfies Partial<Handlers>;
