// Decision notices of an executive meeting: for each decision, the record regulation 12 of the 2012
// Regulations asks for (the decision and its date, the reasons, the alternatives considered and
// rejected, conflicts of interest declared and dispensations), the day the notice was published, the
// call-in period and the day the decision takes effect. The public edition of an exempt item's
// decision comes here already withheld (electron/store/decisionNotices.ts).
import { interestWords } from '../../shared/attendance';
import { clauseLabel } from '../../shared/decisions';
import { exemptUnder, notForPublication } from '../../shared/exemption';
import type { Exemption } from '../../shared/exemptBasis';
import { formatPersonName, formatTime } from '../../shared/format';
import { formatDate, type HouseStyle } from '../../shared/houseStyle';
import { plainText } from '../../shared/richText';
import type { DecisionNoticeEntry, DecisionNoticesDocument } from '../../shared/statutory';
import { heading, paragraph, table } from '../../shared/document/text';
import type { Block } from '../../shared/document/model';
import { wordDocument } from './word';

export function decisionNoticeDocument(notices: DecisionNoticesDocument) {
  const { style, committee, meeting } = notices;
  const date = formatDate(meeting.date, style.dateFormat);
  const several = notices.entries.length !== 1;
  const blocks: Block[] = [
    paragraph(style.councilName),
    heading(several ? 'Decision notices' : 'Decision notice', 0),
    paragraph(`Decisions of ${committee.name} taken at its meeting on ${date}`),
    paragraph(
      `${committee.name}: ${notices.members.map((member) => formatPersonName(member.person)).join(', ') || 'membership not entered'}.`,
    ),
  ];
  if (!notices.entries.length) blocks.push(paragraph('No decisions were recorded at this meeting.'));
  const exempt: Exemption[] = [];
  for (const entry of notices.entries) {
    if (entry.exemption && !entry.withheld) exempt.push(entry.exemption);
    blocks.push(heading(`${entry.minuteNumber}. ${entry.itemTitle}${countOf(notices, entry)}`, 1));
    blocks.push(table(['Decision notice', 'Details'], rows(entry, notices, style)));
  }
  return wordDocument({
    style,
    title: `${committee.name}: ${several ? 'decision notices' : 'decision notice'}, ${date}`,
    subject: notices.edition === 'public' ? 'Decision notice (public)' : 'Decision notice (confidential)',
    author: style.councilName,
    edition: notices.edition,
    banner: notices.edition === 'confidential' && exempt.length ? notForPublication(exempt) : [],
    blocks,
  });
}

/** "(decision 2)" when the item has more than one decision. */
function countOf(notices: DecisionNoticesDocument, entry: DecisionNoticeEntry): string {
  const ofItem = notices.entries.filter((other) => other.itemId === entry.itemId);
  return ofItem.length > 1 ? ` (decision ${entry.decision.number})` : '';
}

/** The decision as the minutes record it: keyword, preamble and numbered clauses, in one cell. */
function decisionText(entry: DecisionNoticeEntry): string {
  const { decision } = entry;
  if (entry.withheld) {
    const wording = decision.publicWording.trim();
    const reason = `The decision is not for publication by virtue of ${exemptUnder(entry.exemption ? [entry.exemption] : [])}.`;
    return wording ? `${wording}\n${reason}` : reason;
  }
  const qualifier = decision.qualifier.trim();
  const head = [
    decision.keyword,
    qualifier && (qualifier.startsWith('(') ? qualifier : `(${qualifier})`),
    decision.preamble.trim(),
  ]
    .filter(Boolean)
    .join(' ');
  const clauses = decision.clauses.map((clause, index) => {
    const label = clauseLabel(decision.clauseStyle, index, decision.clauses.length);
    return `${clause.groupHeading.trim() ? `${clause.groupHeading.trim()}\n` : ''}${label ? `${label} ` : ''}${plainText(clause.doc)}`;
  });
  return [head, ...clauses].join('\n');
}

/** " and withdrew from the meeting for this item", or the minutes' own words for it where they gave them. */
function withdrawal(declaration: DecisionNoticeEntry['declarations'][number]): string {
  if (!declaration.withdrew) return '';
  const own = (declaration.withdrawalWords ?? '').trim().replace(/[.\s]+$/, '');
  return own ? ` and ${own.replace(/^and\s+/i, '')}` : ' and withdrew from the meeting for this item';
}

function declarationsText(entry: DecisionNoticeEntry): string {
  if (!entry.declarations.length) return 'None declared.';
  return entry.declarations
    .map(
      (declaration) =>
        `${declaration.name} declared ${interestWords(declaration.category)}${declaration.interest ? ` (${declaration.interest})` : ''}${withdrawal(declaration)}.`,
    )
    .join('\n');
}

function rows(entry: DecisionNoticeEntry, notices: DecisionNoticesDocument, style: HouseStyle): string[][] {
  const { notice, status } = entry;
  const date = (iso: string) => formatDate(iso, style.dateFormat);
  const withheldNote = 'Not for publication (exempt information).';
  const result: string[][] = [
    ['Decision', decisionText(entry)],
    ['Decision maker', notices.committee.name],
    ['Date of decision', date(notices.meeting.date)],
    [
      'Reasons for the decision',
      entry.withheld ? withheldNote : entry.decision.reasons.trim() || 'As set out in the report.',
    ],
    [
      'Alternative options considered and rejected',
      entry.withheld ? withheldNote : entry.decision.alternatives.trim() || 'None.',
    ],
    ['Conflicts of interest declared', declarationsText(entry)],
    ['Dispensations', entry.withheld ? withheldNote : notice?.dispensations || 'None.'],
    ['Date of publication', notice?.publishedOn ? date(notice.publishedOn) : 'Not yet published'],
  ];
  if (notice?.exemptFromCallIn) {
    result.push([
      'Call-in',
      `Exempt from call-in: the decision is urgent${entry.withheld || !notice.urgencyReason ? '' : ` (${notice.urgencyReason.trim().replace(/\.$/, '')})`}. It takes effect on ${date(notice.publishedOn ?? notices.meeting.date)}.`,
    ]);
  } else if (status.callIn) {
    result.push(
      [
        'Call-in deadline',
        `${formatTime(status.callIn.endsAt)} on ${date(status.callIn.ends)} (${status.callIn.callInDays} working days after publication)`,
      ],
      ['Effective from', `${date(status.callIn.effectiveFrom)}, unless called in`],
    );
  } else {
    result.push(['Call-in', 'The call-in period runs from the day this notice is published.']);
  }
  for (const callIn of notice?.callIns ?? []) {
    result.push([
      'Called in',
      `By ${callIn.calledInBy} on ${date(callIn.calledInOn)}. Outcome: ${callIn.outcome}${callIn.outcomeOn ? ` (${date(callIn.outcomeOn)})` : ''}.${callIn.notes && !entry.withheld ? ` ${callIn.notes}` : ''}`,
    ]);
  }
  if (notice?.callIns.length) result.push(['Status', status.sentence]);
  return result;
}
