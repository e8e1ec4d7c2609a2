// The decisions register as a file, from the request the API takes: read from the store in its
// edition, then handed to the exporters (Word or CSV), which never read the database.
import type { ParsedInput } from '../../shared/api';
import { describeRegisterFilters } from '../../shared/decisionRegister';
import { formatDate } from '../../shared/houseStyle';
import { registerCsv } from '../export/registerCsv';
import { registerDocx } from '../export/registerDocument';
import { clean } from '../../shared/document/text';
import { listCommittees } from '../store/committees';
import type { Db } from '../store/database';
import { readDecisionRegister } from '../store/decisionRegister';
import { getHouseStyle, requireCouncilName } from '../store/houseStyle';
import { styleForDocument } from '../store/recordText';

/** Today on this computer's calendar, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function registerDocumentOf(
  db: Db,
  request: ParsedInput<'decisionRegister.build'>,
  madeOn = today(),
): { fileName: string; build: () => Promise<Uint8Array> } {
  const { format, ...filters } = request;
  // One read transaction: the register as it stood at one moment.
  const { register, style, names } = db
    .transaction(() => {
      const committees = listCommittees(db);
      return {
        register: readDecisionRegister(db, filters),
        style: styleForDocument(getHouseStyle(db).value),
        names: (filters.committeeIds ?? []).map(
          (id) => committees.find((committee) => committee.id === id)?.name ?? 'an unknown committee',
        ),
      };
    })
    .deferred();
  const stem = clean(`${names.length === 1 ? `${names[0]} decisions` : 'Decisions'} register ${madeOn}`)
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
  const fileName = `${stem} (${register.edition}).${format}`;
  if (format === 'csv') return { fileName, build: () => Promise.resolve(registerCsv(register)) };
  requireCouncilName(db);
  const described = describeRegisterFilters(filters, names, (iso) => formatDate(iso, style.dateFormat));
  return { fileName, build: () => registerDocx({ register, style, filters: described, madeOn }) };
}
