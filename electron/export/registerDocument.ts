// The decisions register as a Word document in the house style: a heading per meeting (newest
// first), a minute heading per item, and each decision as the minutes give it (the keyword in the
// house style, real clause numbering, group headings, the vote). Laid out as a document model
// (shared/document), as the minutes are, from a DecisionRegister value already made in its edition:
// a public register's exempt entries hold only their publishable wording, so nothing confidential
// can reach the file.
import { pushAll } from '../../shared/arrays';
import type { DecisionRegister, RegisterEntry } from '../../shared/decisionRegister';
import type { Block, DocumentModel, Run } from '../../shared/document';
import { clauseLists, keywordRun, qualifierText } from '../../shared/document/decisions';
import { heading, Lists, paragraph, runs } from '../../shared/document/text';
import { exemptUnder, notForPublication } from '../../shared/exemption';
import type { Exemption } from '../../shared/exemptBasis';
import { formatDate, minuteHeading, type HouseStyle } from '../../shared/houseStyle';
import { wordDocument } from './word';
import { packDocument } from './pack';

export interface RegisterDocumentInput {
  register: DecisionRegister;
  style: HouseStyle;
  /** The filters in words ("Cabinet; RESOLVED; from 1 May 2024"). */
  filters: string;
  /** When it was made, YYYY-MM-DD. */
  madeOn: string;
}

function decisionBlocks(style: HouseStyle, entry: RegisterEntry, lists: Lists): Block[] {
  if (entry.withheld) return [paragraph(entry.wording)];
  const lead: Run[] = [
    keywordRun(style, entry.keyword),
    ...runs(qualifierText(entry.qualifier)),
    ...runs(entry.preamble.trim() ? ` ${entry.preamble.trim()}` : ''),
  ];
  const clauses = entry.clauses.filter((clause) => clause.text.trim() || clause.groupHeading.trim());
  const blocks: Block[] = [];
  if (clauses.length === 1 && !clauses[0]!.groupHeading.trim()) {
    // One clause is not numbered: it follows the keyword, as in the minutes.
    blocks.push({ type: 'paragraph', runs: [...lead, ...runs(` ${clauses[0]!.text.trim()}`)] });
  } else {
    const endsWithColon = /[:–-]\s*$/.test(entry.preamble);
    blocks.push({
      type: 'paragraph',
      runs: [...lead, ...(clauses.length && !endsWithColon ? runs(':') : [])],
    });
    const instance = lists.instance();
    const kind = clauseLists[entry.clauseStyle];
    for (const clause of clauses) {
      if (clause.groupHeading.trim()) blocks.push(heading(clause.groupHeading.trim(), 4));
      if (clause.text.trim()) {
        blocks.push({
          type: 'paragraph',
          list: { kind, instance, level: 0 },
          runs: runs(clause.text.trim()),
        });
      }
    }
  }
  if (entry.vote) blocks.push(paragraph(`${entry.vote}.`));
  return blocks;
}

/** The register as a document model: what the Word file holds, in order. */
export function registerModel({ register, style, filters, madeOn }: RegisterDocumentInput): DocumentModel {
  const lists = new Lists();
  const date = (iso: string) => formatDate(iso, style.dateFormat);
  const count = register.entries.length;
  const blocks: Block[] = [
    paragraph(style.councilName),
    heading('Decisions register', 0),
    paragraph(filters),
    paragraph(
      `${count === 1 ? 'One decision' : `${count.toLocaleString('en-GB')} decisions`}, newest meeting first. Made on ${date(madeOn)}.`,
    ),
  ];
  if (register.edition === 'public' && register.entries.some((entry) => entry.exemptParagraph !== null)) {
    blocks.push(
      paragraph(
        'Decisions on exempt items are given only in the wording approved for publication; the rest of them is not for publication.',
      ),
    );
  }
  let meeting: string | null = null;
  let item: string | null = null;
  const exemptions: Exemption[] = [];
  for (const entry of register.entries) {
    if (entry.meetingId !== meeting) {
      meeting = entry.meetingId;
      item = null;
      blocks.push(heading(`${entry.committee}, ${date(entry.date)}`, 1));
    }
    if (entry.itemId !== item) {
      item = entry.itemId;
      blocks.push(heading(minuteHeading(style, entry.minuteNumber, entry.itemTitle), 2));
      if (entry.exemption) {
        exemptions.push(entry.exemption);
        blocks.push(
          paragraph(
            register.edition === 'public'
              ? `Exempt item (${exemptUnder([entry.exemption])}): the decision as published.`
              : `Exempt: not for publication by virtue of ${exemptUnder([entry.exemption])}.`,
            {},
            { bold: true },
          ),
        );
      }
    }
    pushAll(blocks, decisionBlocks(style, entry, lists));
  }
  if (!count) blocks.push(paragraph('No decision matches these filters.'));
  return {
    kind: 'decisions register',
    edition: register.edition,
    title: `Decisions register, ${date(madeOn)}`,
    subject:
      register.edition === 'public' ? 'Decisions register (public)' : 'Decisions register (confidential)',
    author: style.councilName,
    banner: register.edition === 'confidential' ? notForPublication(exemptions) : [],
    style,
    blocks,
  };
}

/** The register's Word file, as bytes. */
export async function registerDocx(input: RegisterDocumentInput): Promise<Uint8Array> {
  return packDocument(wordDocument(registerModel(input)));
}
