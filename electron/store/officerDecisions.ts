// The register of decisions taken by officers: delegated (Openness of Local Government Bodies
// Regulations 2014, reg 7) and executive (2012 Regulations, reg 13). The public edition of an exempt
// record is made here: only its heading (reference, title, date, officer) and its paragraph remain.
import type { IsoDate } from '../../shared/calendar';
import type { Edition } from '../../shared/meetingRecord';
import { AppError } from '../../shared/result';
import type { OfficerDecision, OfficerDecisionEntry, OfficerDecisionKind } from '../../shared/statutory';
import type { Db } from './database';
import { getPerson } from './people';
import { checkVersion, newId, notFound, now, statement } from './rows';

interface OfficerDecisionRow {
  id: string;
  kind: string;
  reference: string;
  title: string;
  decision: string;
  decided_on: string;
  officer_id: string | null;
  authority: string;
  reasons: string;
  alternatives: string;
  consultation: string;
  interests: string;
  dispensations: string;
  exempt_paragraph: number | null;
  published_on: string | null;
  version: number;
}

export type OfficerDecisionFields = Omit<OfficerDecision, 'id' | 'version'>;

const columns: Record<keyof OfficerDecisionFields, string> = {
  kind: 'kind',
  reference: 'reference',
  title: 'title',
  decision: 'decision',
  decidedOn: 'decided_on',
  officerId: 'officer_id',
  authority: 'authority',
  reasons: 'reasons',
  alternatives: 'alternatives',
  consultation: 'consultation',
  interests: 'interests',
  dispensations: 'dispensations',
  exemptParagraph: 'exempt_paragraph',
  publishedOn: 'published_on',
};

const toOfficerDecision = (row: OfficerDecisionRow): OfficerDecision => ({
  id: row.id,
  kind: row.kind as OfficerDecisionKind,
  reference: row.reference,
  title: row.title,
  decision: row.decision,
  decidedOn: row.decided_on,
  officerId: row.officer_id,
  authority: row.authority,
  reasons: row.reasons,
  alternatives: row.alternatives,
  consultation: row.consultation,
  interests: row.interests,
  dispensations: row.dispensations,
  exemptParagraph: row.exempt_paragraph,
  publishedOn: row.published_on,
  version: row.version,
});

export function getOfficerDecision(db: Db, id: string): OfficerDecision {
  const row = statement(db, 'SELECT * FROM officer_decisions WHERE id = ?').get(id) as
    OfficerDecisionRow | undefined;
  if (!row) throw notFound('That officer decision');
  return toOfficerDecision(row);
}

function check(db: Db, fields: Partial<OfficerDecisionFields>, current?: OfficerDecision): void {
  if (fields.officerId) {
    const person = getPerson(db, fields.officerId);
    if (person.kind !== 'officer') {
      throw new AppError('invalid_input', `${person.name} is not an officer in the directory.`);
    }
  }
  const decided = fields.decidedOn ?? current?.decidedOn;
  const published = fields.publishedOn === undefined ? current?.publishedOn : fields.publishedOn;
  if (decided && published && published < decided) {
    throw new AppError('invalid_input', 'A decision cannot be published before it was taken.');
  }
}

export function createOfficerDecision(db: Db, fields: OfficerDecisionFields): OfficerDecision {
  check(db, fields);
  const id = newId();
  const stamp = now();
  const names = Object.keys(columns) as (keyof OfficerDecisionFields)[];
  statement(
    db,
    `INSERT INTO officer_decisions (id, ${names.map((key) => columns[key]).join(', ')}, created_at, updated_at)
     VALUES (?, ${names.map(() => '?').join(', ')}, ?, ?)`,
  ).run([id, ...names.map((key) => fields[key]), stamp, stamp]);
  return getOfficerDecision(db, id);
}

export function updateOfficerDecision(
  db: Db,
  id: string,
  baseVersion: number,
  patch: Partial<OfficerDecisionFields>,
): OfficerDecision {
  const current = getOfficerDecision(db, id);
  checkVersion(current.version, baseVersion, 'This officer decision was');
  check(db, patch, current);
  const names = (Object.keys(patch) as (keyof OfficerDecisionFields)[]).filter(
    (key) => patch[key] !== undefined,
  );
  statement(
    db,
    `UPDATE officer_decisions SET ${names.map((key) => `${columns[key]} = ?, `).join('')}version = version + 1, updated_at = ?
     WHERE id = ?`,
  ).run([...names.map((key) => patch[key]), now(), id]);
  return getOfficerDecision(db, id);
}

export function deleteOfficerDecision(db: Db, id: string): void {
  const current = getOfficerDecision(db, id);
  if (current.publishedOn !== null) {
    throw new AppError(
      'conflict',
      'This decision record has been published, so it stays in the register. Correct it instead.',
    );
  }
  statement(db, 'DELETE FROM officer_decisions WHERE id = ?').run(id);
}

/** Records taken in a period (all when none is given), oldest first, in an edition. */
export function listOfficerDecisions(
  db: Db,
  period: { from?: IsoDate; to?: IsoDate } = {},
  edition: Edition = 'confidential',
): OfficerDecisionEntry[] {
  const rows = statement(
    db,
    `SELECT * FROM officer_decisions WHERE decided_on >= ? AND decided_on <= ? ORDER BY decided_on, reference, title`,
  ).all(period.from ?? '0000-01-01', period.to ?? '9999-12-31') as OfficerDecisionRow[];
  return rows.map((row) => entryOf(db, toOfficerDecision(row), edition));
}

export function officerDecisionEntry(db: Db, id: string, edition: Edition): OfficerDecisionEntry {
  return entryOf(db, getOfficerDecision(db, id), edition);
}

function entryOf(db: Db, decision: OfficerDecision, edition: Edition): OfficerDecisionEntry {
  const officer = decision.officerId ? getPerson(db, decision.officerId) : null;
  if (edition === 'confidential' || decision.exemptParagraph === null) {
    return { ...decision, officer, withheld: false };
  }
  return {
    ...decision,
    decision: '',
    authority: '',
    reasons: '',
    alternatives: '',
    consultation: '',
    interests: '',
    dispensations: '',
    officer,
    withheld: true,
  };
}

/** A person who took a recorded officer decision stays in the directory. */
export function checkNotDecisionMaker(db: Db, personId: string): void {
  const row = statement(db, 'SELECT count(*) AS n FROM officer_decisions WHERE officer_id = ?').get(
    personId,
  ) as {
    n: number;
  };
  if (row.n > 0) {
    throw new AppError(
      'conflict',
      `This person took ${row.n === 1 ? 'an officer decision' : `${row.n} officer decisions`} in the register, so they stay in the directory.`,
    );
  }
}
