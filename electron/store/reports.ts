// Each agenda item's report (seed 004): rich text whose paragraphs are numbered through the report,
// then its contact points and background papers. Its own rows: an exempt item's report is confidential.
import type { ItemReport } from '../../shared/domain';
import { plainText, type RichDoc } from '../../shared/richText';
import type { Db } from './database';
import { checkVersion, now, statement } from './rows';

interface ReportRow {
  doc: string;
  contact_points: string;
  background_papers: string;
  version: number;
  updated_at: string;
}

export function getReport(db: Db, itemId: string): ItemReport {
  const row = statement(
    db,
    'SELECT doc, contact_points, background_papers, version, updated_at FROM item_reports WHERE item_id = ?',
  ).get(itemId) as ReportRow | undefined;
  if (!row)
    return { itemId, doc: null, contactPoints: '', backgroundPapers: '', version: 0, updatedAt: null };
  return {
    itemId,
    doc: JSON.parse(row.doc) as RichDoc,
    contactPoints: row.contact_points,
    backgroundPapers: row.background_papers,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** Saves over `baseVersion` (0: never saved); another window's save in between is a conflict. */
export function saveReport(
  db: Db,
  itemId: string,
  fields: { doc: RichDoc; contactPoints: string; backgroundPapers: string },
  baseVersion: number,
): { version: number; updatedAt: string } {
  const version = checkVersion(getReport(db, itemId).version, baseVersion, 'This report was');
  const updatedAt = now();
  statement(
    db,
    `INSERT INTO item_reports (item_id, doc, plain_text, contact_points, background_papers, version, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (item_id) DO UPDATE SET doc = excluded.doc, plain_text = excluded.plain_text,
       contact_points = excluded.contact_points, background_papers = excluded.background_papers,
       version = excluded.version, updated_at = excluded.updated_at`,
  ).run(
    itemId,
    JSON.stringify(fields.doc),
    plainText(fields.doc),
    fields.contactPoints,
    fields.backgroundPapers,
    version,
    updatedAt,
  );
  return { version, updatedAt };
}
