// An item's report in the shape of seed 004: a title block with the committee and date, then the
// report with its paragraphs numbered through it by Word, its lists, contact points and papers.
import { notForPublication } from '../../shared/exemption';
import { formatDate } from '../../shared/houseStyle';
import { AppError } from '../../shared/result';
import type { MeetingRecord } from '../../shared/meetingRecord';
import {
  Lists,
  heading,
  numberingReference,
  paragraph,
  richBlocks,
  runs,
  title,
  wordDocument,
  Paragraph,
  type Block,
} from './word';
import { pushAll } from '../../shared/arrays';

export function reportDocument(record: MeetingRecord, itemId: string) {
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
    new Paragraph({
      children: runs(`${detail.committee.name} ${formatDate(detail.meeting.date, '15 March 2021')}`, {
        bold: true,
        allCaps: true,
      }),
    }),
    title(item.title, { allCaps: true }),
    ...richBlocks(report.doc, lists, {
      headings: [1, 2],
      numbered: { reference: numberingReference.reportParagraphs, instance: lists.instance() },
      ordered: numberingReference.reportLists,
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
  return wordDocument({
    style,
    title: item.title,
    subject: `Report to ${detail.committee.name}, ${formatDate(detail.meeting.date, style.dateFormat)}`,
    marking: {
      banner:
        record.edition === 'confidential' && item.exempt && item.exemptParagraph
          ? notForPublication([item.exemptParagraph])
          : [],
    },
    children: blocks,
  });
}
