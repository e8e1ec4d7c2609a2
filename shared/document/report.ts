// An item's report in the shape of seed 004: a title block with the committee and date, then the
// report with its paragraphs numbered through it, its lists, contact points and papers.
import { pushAll } from '../arrays';
import { notForPublication } from '../exemption';
import { exemptionOf } from '../exemptBasis';
import { formatDate } from '../houseStyle';
import type { MeetingRecord } from '../meetingRecord';
import { AppError } from '../result';
import type { Block, DocumentModel } from './model';
import { heading, Lists, paragraph, richBlocks } from './text';

export function reportModel(record: MeetingRecord, itemId: string): DocumentModel {
  const { style, detail } = record;
  const entry = record.items.find((candidate) => candidate.item.id === itemId);
  if (!entry) throw new AppError('not_found', 'That agenda item is not on this meeting’s agenda.');
  if (entry.withheld) {
    throw new AppError(
      'invalid_input',
      `“${entry.item.title}” is exempt, so its report has no public version. Export it as confidential.`,
    );
  }
  const { item, report } = entry;
  const lists = new Lists();
  const blocks: Block[] = [
    paragraph(
      `${detail.committee.name} ${formatDate(detail.meeting.date, '15 March 2021')}`,
      {},
      { bold: true, allCaps: true },
    ),
    heading(item.title, 0, { allCaps: true }),
    ...richBlocks(report.doc, lists, {
      headings: [1, 2],
      numbered: { kind: 'report paragraphs', instance: lists.instance() },
      ordered: 'report lists',
    }),
  ];
  if (!report.doc) blocks.push(paragraph('The report has not been written yet.'));
  const lines = (text: string) =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => paragraph(line));
  if (report.contactPoints.trim())
    pushAll(blocks, [heading('Contact Points', 1), ...lines(report.contactPoints)]);
  if (report.backgroundPapers.trim())
    pushAll(blocks, [heading('Background Papers', 1), ...lines(report.backgroundPapers)]);
  return {
    kind: 'report',
    edition: record.edition,
    title: item.title,
    subject: `Report to ${detail.committee.name}, ${formatDate(detail.meeting.date, style.dateFormat)}`,
    author: style.councilName,
    banner:
      record.edition === 'confidential' && exemptionOf(item) ? notForPublication([exemptionOf(item)!]) : [],
    style,
    blocks,
  };
}
