// A decision as published minutes set it out: who moved and seconded it, "RESOLVED (unanimously)
// that:" or "RESOLVED by a majority that:", its numbered clauses under their group headings, and the
// vote with its outcome.
import { voteResult, type ClauseStyle, type Decision } from '../decisions';
import type { HouseStyle } from '../houseStyle';
import { capitalise, formatPersonName } from '../format';
import type { MeetingRecord } from '../meetingRecord';
import { pushAll } from '../arrays';
import { plainText } from '../richText';
import type { Block, ListKind, Run } from './model';
import { clean, hasWords, inlineRuns, paragraph, richBlocks, runs, table, type Lists } from './text';

export function nameOf(record: MeetingRecord, personId: string | null): string {
  const person = personId ? record.people.get(personId) : undefined;
  return person ? formatPersonName(person) : '';
}

/** The decision keyword in the house style: RESOLVED, **RESOLVED**, **Resolved**… */
export function keywordRun(style: HouseStyle, keyword: string): Run {
  const word = clean(keyword);
  switch (style.keywordStyle) {
    case 'bold capitals':
      return { text: word.toUpperCase(), bold: true };
    case 'bold':
      return { text: capitalise(word.toLowerCase()), bold: true };
    case 'capitals':
      return { text: word.toUpperCase() };
    case 'plain':
      return { text: capitalise(word.toLowerCase()) };
  }
}

/**
 * A qualifier as it follows the keyword. Published minutes bracket a word such as "unanimously"
 * ("RESOLVED (unanimously):", seed 001) but let a phrase saying how the decision was carried read on
 * ("RESOLVED by a majority that:", "RESOLVED on the Chair's casting vote that:"). A qualifier typed
 * with its own brackets is kept as typed.
 */
export function qualifierText(qualifier: string): string {
  const words = qualifier.trim();
  if (!words) return '';
  if (words.startsWith('(')) return ` ${words}`;
  return /^(?:by|on|with|without|following|after|upon|subject|in)\b/i.test(words)
    ? ` ${words}`
    : ` (${words})`;
}

/** Which list a decision's clauses are numbered in, by its clause style. */
export const clauseLists: Record<ClauseStyle, ListKind> = {
  '(1)': 'clause (1)',
  '1.': 'clause 1.',
  '(a)': 'clause (a)',
  '(i)': 'clause (i)',
};

/** A person's surname as a sentence of the minutes would name them: "Jones" of "B Jones". */
const surnameOf = (record: MeetingRecord, personId: string | null): string =>
  (personId ? record.people.get(personId)?.name : undefined)?.trim().split(/\s+/).at(-1) ?? '';

const wordIn = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text);

/**
 * Whether the minutes' own words already say who moved and seconded the decision ("It was moved by
 * Councillor Jones and seconded by Councillor Green …", "Councillor Ames proposed and Councillor
 * Bell seconded …"), as imported minutes do: then the generated "Moved by …" line would say it twice.
 */
export function saysMover(record: MeetingRecord, decision: Decision, minutesText: string): boolean {
  const text = `${minutesText}\n${decision.preamble}`;
  const mover = surnameOf(record, decision.moverId);
  const seconder = surnameOf(record, decision.seconderId);
  const moved =
    !decision.moverId || (/\b(?:moved|proposed|proposer|mover)\b/i.test(text) && wordIn(text, mover));
  const seconded =
    !decision.seconderId || (/\b(?:seconded|seconder)\b/i.test(text) && wordIn(text, seconder));
  return moved && seconded;
}

/**
 * "RESOLVED (unanimously) That …" or, with several clauses, "RESOLVED that:" then the clauses.
 * `minutesText` is the item's minutes as printed: where they already say who moved and seconded,
 * that is not said again.
 */
export function decisionBlocks(
  record: MeetingRecord,
  decision: Decision,
  lists: Lists,
  minutesText = '',
): Block[] {
  const blocks: Block[] = [];
  const mover = nameOf(record, decision.moverId);
  const seconder = nameOf(record, decision.seconderId);
  if ((mover || seconder) && !(minutesText && saysMover(record, decision, minutesText))) {
    blocks.push(
      paragraph(
        mover && seconder
          ? `Moved by ${mover} and seconded by ${seconder}.`
          : mover
            ? `Moved by ${mover}.`
            : `Seconded by ${seconder}.`,
      ),
    );
  }
  const lead: Run[] = [
    keywordRun(record.style, decision.keyword),
    ...runs(qualifierText(decision.qualifier)),
    ...runs(decision.preamble ? ` ${decision.preamble}` : ''),
  ];
  const clauses = decision.clauses.filter((clause) => hasWords(clause.doc) || clause.groupHeading);
  if (clauses.length === 1 && !clauses[0]!.groupHeading) {
    // One clause is not numbered: it follows the keyword in the same paragraph.
    const [first, ...rest] = clauses[0]!.doc.content ?? [];
    const inline = first && first.type === 'paragraph' ? [{ text: ' ' }, ...inlineRuns(first)] : [];
    blocks.push({ type: 'paragraph', runs: [...lead, ...inline] });
    pushAll(
      blocks,
      richBlocks(
        { type: 'doc', content: first?.type === 'paragraph' ? rest : clauses[0]!.doc.content },
        lists,
      ),
    );
  } else {
    const endsWithColon = /[:–-]\s*$/.test(decision.preamble);
    blocks.push({
      type: 'paragraph',
      runs: [...lead, ...(clauses.length && !endsWithColon ? runs(':') : [])],
    });
    const instance = lists.instance();
    const kind = clauseLists[decision.clauseStyle];
    for (const clause of clauses) {
      if (clause.groupHeading) blocks.push({ type: 'heading', level: 4, runs: runs(clause.groupHeading) });
      const [first, ...rest] = clause.doc.content ?? [];
      if (first?.type === 'paragraph') {
        blocks.push({ type: 'paragraph', list: { kind, instance, level: 0 }, runs: inlineRuns(first) });
        pushAll(blocks, richBlocks({ type: 'doc', content: rest }, lists));
      } else {
        pushAll(blocks, richBlocks(clause.doc, lists));
      }
    }
  }
  // The vote's figures, unless the minutes' own words (imported minutes: "carried by 7 votes to 3")
  // already give them: a generated "For 7, against 3, abstentions 0." would say it twice, and say
  // "abstentions 0" where the text said nothing of abstentions.
  const said =
    minutesText &&
    saysVote(
      decision,
      [minutesText, decision.preamble, ...decision.clauses.map((c) => plainText(c.doc))].join('\n'),
    );
  if (!said) pushAll(blocks, voteBlocks(record, decision));
  return blocks;
}

const NUMBER_WORDS = [
  'nil',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const VOTE_WORDS =
  /\b(?:votes?|voted|voting|for|against|in favour|abstain\w*|abstention\w*|carried|lost|majority)\b/i;

/** Whether a sentence gives the number `n`, in figures or (up to twenty) in words. */
function givesFigure(sentence: string, n: number): boolean {
  if (new RegExp(`(?<![\\d.])${n}(?![\\d.]\\d)`).test(sentence)) return true;
  const word = NUMBER_WORDS[n];
  return word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(sentence);
}

/**
 * Whether the minutes' own words already give a counted vote's figures: one sentence with a word of
 * voting and both the votes for and against ("The motion was carried by 7 votes to 3", "For 4,
 * Against 1", "(five for, two against)"). A recorded vote (each member's vote named) and a casting
 * vote are always printed: the text rarely names them all.
 */
export function saysVote(decision: Decision, text: string): boolean {
  const { vote } = decision;
  if (vote.kind === 'none' || vote.kind === 'recorded' || vote.castingVote) return false;
  const result = voteResult(decision);
  return text
    .split(/(?<=[.;!?])\s+|\n+/)
    .some(
      (sentence) =>
        VOTE_WORDS.test(sentence) &&
        givesFigure(sentence, result.for) &&
        givesFigure(sentence, result.against) &&
        (result.for !== result.against || sentence.match(new RegExp(`\\b${result.for}\\b`, 'g'))!.length > 1),
    );
}

function voteBlocks(record: MeetingRecord, decision: Decision): Block[] {
  const { vote } = decision;
  if (vote.kind === 'none') return [];
  const result = voteResult(decision);
  const blocks: Block[] = [];
  if (vote.kind === 'recorded') {
    blocks.push(paragraph('A recorded vote was taken:'));
    const order = ['for', 'against', 'abstain'] as const;
    blocks.push(
      table(
        ['Member', 'Vote'],
        order.flatMap((choice) =>
          vote.recorded
            .filter((named) => named.vote === choice)
            .map((named) => [
              nameOf(record, named.personId),
              choice === 'abstain' ? 'Abstained' : capitalise(choice),
            ]),
        ),
      ),
    );
  }
  const figures = `For ${result.for}, against ${result.against}, abstentions ${result.abstain}.`;
  const casting = vote.castingVote
    ? ` The Chair used the casting vote ${vote.castingVote === 'for' ? 'for' : 'against'} the motion.`
    : '';
  const outcome =
    result.outcome === 'carried'
      ? ' The motion was carried.'
      : result.outcome === 'lost'
        ? ' The motion was lost.'
        : '';
  blocks.push(paragraph(`${figures}${casting}${outcome}`));
  return blocks;
}
