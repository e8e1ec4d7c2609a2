// The house style, items' reports, and Word documents of a meeting.
import { AppError } from '../../../shared/result';
import { exportInWorker } from '../../workers/jobs';
import { getAgendaItem } from '../../store/agendaItems';
import { getReport, saveReport } from '../../store/reports';
import { getHouseStyle, saveHouseStyle } from '../../store/settings';
import type { Handlers } from '../router';

export const exportHandlers = {
  'houseStyle.get': (_input, { db }) => {
    const { value, version } = getHouseStyle(db);
    return { style: value, version };
  },
  'houseStyle.save': ({ style, baseVersion }, { db }) => {
    const { value, version } = saveHouseStyle(db, style, baseVersion);
    return { style: value, version };
  },
  'reports.get': ({ itemId }, { db }) => {
    getAgendaItem(db, itemId);
    return getReport(db, itemId);
  },
  'reports.save': ({ itemId, baseVersion, ...fields }, { db }) => {
    getAgendaItem(db, itemId);
    return saveReport(db, itemId, fields, baseVersion);
  },
  'exports.build': async ({ meetingId, kind, itemId, edition, version }, { db, dataFile }) => {
    if (itemId && getAgendaItem(db, itemId).meetingId !== meetingId) {
      throw new AppError('invalid_input', 'That agenda item is not on this meeting’s agenda.');
    }
    // Built in a worker from the file itself: a long document never holds up the app.
    const document = await exportInWorker(dataFile, { meetingId, kind, itemId, edition, version });
    return { fileName: document.fileName, base64: Buffer.from(document.bytes).toString('base64') };
  },
} satisfies Partial<Handlers>;
