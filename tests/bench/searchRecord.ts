// A generated council record for the search bench: 12 committees, ten municipal years of meetings,
// about 100,000 paragraphs of minutes, reports, decisions, actions, updates, declarations and
// attendance wording in council vocabulary. Written straight into the tables (the router would take
// minutes for this much), seeded, so every run searches the same record. Never committed: made per run.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../electron/store/database';
import { plainText, type RichDoc, type RichNode } from '../../shared/richText';

/** A small fast seeded generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The words of minutes, most frequent first (so a Zipf draw over the list gives a natural spread).
const common = `the of and to that a in be was for by on with as were had would it this from at an which
members officers report committee not is there are they been their its all or also had noted asked
whether about further questions provide should could this following was resolved agreed support
service services will has need review current within year proposals including work more number budget
cabinet director people any plan officer chair other such than public position last impact response
housing funding approach over local consultation financial programme issue board residents provision
community further information process costs period while meeting update strategic between authority
policy development scheme social care assurance group risk areas delivery agreed increase future
reduction contract area recommendations making these savings level members' planning change some
current part management support capital pressures revenue options additional partners school children
adult health well-being quality performance team time staff provider commissioning investment transport
highways waste recycling environment climate emergency carbon network roads parking enforcement
licensing licence premises application applicant objections hearing conditions appeal enforcement
procurement procured procuring procure tender evaluation framework value contractor bidders award
safeguarding safeguarded vulnerable families early help education attainment inclusion special
educational needs transport libraries leisure sport facilities park parks open spaces allotments
heritage museum culture tourism economic growth regeneration town centre high street business rates
council tax collection treasury borrowing investments reserves balances forecast outturn variance
audit internal external governance statement controls fraud corruption whistleblowing complaints
ombudsman member conduct standards code declarations interests register gifts hospitality training
scrutiny overview call-in forward plan key decision executive portfolio holder ward councillors
petition motion amendment notice question answer public speaking deputation minutes approved correct
record signed chair vice-chair quorum apologies substitutes present absent attendance remote virtual
inquorate adjourned recess urgent item exempt confidential paragraph schedule excluded press
elected mayor returning officer electoral registration polling districts boundary review parish
town clerk precept grant allocation settlement spending round government department secretary state
national policy framework local plan allocation site housing land supply affordable homes viability
section agreement infrastructure levy contributions developer outline reserved matters permission
refused granted deferred committee site visit officer recommendation material considerations
neighbour amenity overlooking daylight design heritage conservation listed building trees flood risk
drainage highway safety access visibility parking provision sustainable travel bus cycle walking`
  .split(/\s+/)
  .filter(Boolean);

// The word the common-term query looks for: put into exactly half the paragraphs, and nowhere else.
export const COMMON_TERM = 'council';
/** A word in only a handful of paragraphs. */
export const RARE_TERM = 'trampoline';
export const PHRASES = ['leisure centre', 'treasury management', 'local plan', 'section 106 agreement'];

const syllables = `ash bur ton ley ford ham wick comb stow mere dale field brook wood holt thorp by
well more bridge cot den hurst sted ing chester bury minster worth kirk pen tre llan aber dun
inver strath glen bally carn wold fen marsh`.split(/\s+/);

/** Invented place and surnames: the long tail of a real record's vocabulary. */
function tail(rand: () => number, count: number): string[] {
  const words = new Set<string>();
  // 3 syllables from 47 give about 100,000 words: enough for any count asked for here.
  while (words.size < count) {
    const n = 2 + Math.floor(rand() * 2);
    words.add(Array.from({ length: n }, () => syllables[Math.floor(rand() * syllables.length)]).join(''));
  }
  return [...words];
}

export const committeeNames = [
  'Cabinet',
  'Full Council',
  'Planning Committee',
  'Licensing Committee',
  'Audit and Governance Committee',
  'Overview and Scrutiny Committee',
  'Health and Wellbeing Board',
  "Children's Services Scrutiny Panel",
  'Adult Care and Well Being Overview and Scrutiny Panel',
  'Environment and Transport Committee',
  'Housing Committee',
  'Corporate Resources Committee',
];
const schemes = ['{n}', '{n}/{yy}', 'CAB{n}', 'PLA{n}/{yy}'];

export interface RecordShape {
  committees: { id: string; name: string }[];
  meetings: number;
  items: number;
  paragraphs: number;
  /** Tail words that occur in a handful of paragraphs, for rare-term queries. */
  rareWords: string[];
  /** A meeting id and item id of each committee's last meeting, for targeted checks. */
  sample: { meetingId: string; itemId: string };
}

/**
 * Writes the record into `db` (migrated, without the search index if it is to be built after).
 * `paragraphsWanted` steers how much text each item gets.
 */
export function generateRecord(db: Db, paragraphsWanted = 100_000, seed = 19): RecordShape {
  const rand = random(seed);
  const tailWords = tail(rand, 20_000);
  const tailCounts = new Map<string, number>();
  // Zipf over the common words: weight 1/rank.
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= common.length; rank += 1) cumulative.push((total += 1 / rank));
  const word = (): string => {
    if (rand() < 0.04) {
      const w = tailWords[Math.floor(rand() * tailWords.length)]!;
      tailCounts.set(w, (tailCounts.get(w) ?? 0) + 1);
      return w;
    }
    const target = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return common[lo]!;
  };
  const sentence = (): string => {
    const words = Array.from({ length: 12 + Math.floor(rand() * 16) }, word);
    if (rand() < 0.06)
      words.splice(Math.floor(rand() * words.length), 0, PHRASES[Math.floor(rand() * PHRASES.length)]!);
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  let paragraphCount = 0;
  let rareLeft = 6;
  /** A paragraph of 4–10 sentences; with titles and purposes, which never do, half of all paragraphs mention the Council. */
  const paragraphText = (sentences = 4 + Math.floor(rand() * 7)): string => {
    paragraphCount += 1;
    const parts = Array.from({ length: sentences }, sentence);
    if (rand() < 0.6) parts.splice(Math.floor(rand() * parts.length), 0, 'The Council was consulted.');
    if (rareLeft > 0 && rand() < 0.0001) {
      parts.push(`The ${RARE_TERM} park was discussed.`);
      rareLeft -= 1;
    }
    return parts.join(' ');
  };
  const para = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const doc = (paragraphs: number): RichDoc => {
    const content: RichNode[] = [];
    for (let n = 0; n < paragraphs; n += 1) {
      const roll = rand();
      if (roll < 0.12 && paragraphs - n >= 2) {
        content.push({
          type: 'bulletList',
          content: [0, 1].map(() => ({
            type: 'listItem',
            content: [para(paragraphText(1 + Math.floor(rand() * 2)))],
          })),
        });
        n += 1;
      } else if (roll < 0.16) {
        content.push({ type: 'blockquote', content: [para(paragraphText())] });
      } else {
        content.push(para(paragraphText()));
      }
    }
    return { type: 'doc', content };
  };
  const stamp = '2026-01-01T00:00:00.000Z';
  const insert = (sql: string) => db.prepare(sql);
  const committeeRow = insert(
    `INSERT INTO committees (id, name, kind, quorum, default_venue, numbering_scheme, created_at, updated_at)
     VALUES (?, ?, ?, 3, 'Council Chamber', ?, ?, ?)`,
  );
  const personRow = insert(
    `INSERT INTO people (id, name, honorific, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const meetingRow = insert(
    `INSERT INTO meetings (id, committee_id, date, start_time, venue, status, created_at, updated_at)
     VALUES (?, ?, ?, '18:30', 'Council Chamber', 'minutes drafted', ?, ?)`,
  );
  const itemRow = insert(
    `INSERT INTO agenda_items (id, meeting_id, position, title, purpose, exempt, exempt_paragraph, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const minutesRow = insert(
    'INSERT INTO item_minutes (item_id, doc, plain_text, version, updated_at) VALUES (?, ?, ?, 1, ?)',
  );
  const reportRow = insert(
    `INSERT INTO item_reports (item_id, doc, plain_text, contact_points, background_papers, version, updated_at)
     VALUES (?, ?, ?, ?, '', 1, ?)`,
  );
  const decisionRow = insert(
    `INSERT INTO decisions (id, item_id, position, keyword, preamble, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const clauseRow = insert(
    `INSERT INTO decision_clauses (id, decision_id, position, group_heading, doc, plain_text) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const actionRow = insert(
    `INSERT INTO actions (id, item_id, position, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const updateRow = insert(
    `INSERT INTO item_updates (id, item_id, position, heading, doc, plain_text, created_at, updated_at)
     VALUES (?, ?, 1, ?, ?, ?, ?, ?)`,
  );
  const declarationRow = insert(
    `INSERT INTO declarations (id, meeting_id, item_id, person_id, category, interest, withdrew, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const wordingRow = insert(
    `INSERT INTO attendance_text (meeting_id, section, text, generated_when_written, updated_at) VALUES (?, 'present', ?, '', ?)`,
  );

  const surnames = tail(rand, 160).map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  surnames[0] = 'Pike';
  const members = surnames.slice(0, 120).map((name) => ({ id: randomUUID(), name: `Ann ${name}` }));
  const committees = committeeNames.map((name, n) => ({
    id: randomUUID(),
    name,
    scheme: schemes[n % schemes.length]!,
  }));
  // About 11.6 rows an item (title, purpose, five or so paragraphs of minutes, clauses, and now and
  // then a report, an action, an update or a declaration), eight items a meeting.
  const itemsPerMeeting = 8;
  const minutesParagraphs = 5;
  const meetingsWanted = Math.max(1, Math.round(paragraphsWanted / (itemsPerMeeting * 11.6)));
  /** Meeting n of a committee's share, spread over ten municipal years from May 2016. */
  const dateOf = (n: number, share: number) => {
    const day = Math.floor(((n + rand() * 0.9) / share) * 3652);
    return new Date(Date.UTC(2016, 4, 1) + day * 86_400_000).toISOString().slice(0, 10);
  };
  let meetings = 0;
  let items = 0;
  let sample = { meetingId: '', itemId: '' };
  db.transaction(() => {
    for (const committee of committees) {
      committeeRow.run(committee.id, committee.name, 'other', committee.scheme, stamp, stamp);
    }
    for (const member of members) personRow.run(member.id, member.name, 'Councillor', 'member', stamp, stamp);
    for (const [c, committee] of committees.entries()) {
      const share =
        Math.floor(meetingsWanted / committees.length) + (c < meetingsWanted % committees.length ? 1 : 0);
      for (let n = 0; n < share; n += 1) {
        const meetingId = randomUUID();
        const date = dateOf(n, share);
        meetingRow.run(meetingId, committee.id, date, stamp, stamp);
        meetings += 1;
        if (rand() < 0.3)
          wordingRow.run(
            meetingId,
            `Councillors ${members
              .slice(0, 6)
              .map((m) => m.name.split(' ')[1])
              .join(', ')} and ${surnames[7]}`,
            stamp,
          );
        for (let position = 1; position <= itemsPerMeeting; position += 1) {
          const itemId = randomUUID();
          const exempt = rand() < 0.08;
          const subject = sentence()
            .split(' ')
            .slice(0, 3 + Math.floor(rand() * 4))
            .join(' ')
            .replace(/\.$/, '');
          itemRow.run(
            itemId,
            meetingId,
            position,
            subject,
            `To consider the report of the ${word()} director on ${word()} ${word()}.`,
            exempt ? 1 : 0,
            exempt ? 3 : null,
            stamp,
            stamp,
          );
          items += 1;
          paragraphCount += 2;
          const minutes = doc(minutesParagraphs - 1 + Math.floor(rand() * 3));
          minutesRow.run(itemId, JSON.stringify(minutes), plainText(minutes), stamp);
          if (rand() < 0.3) {
            const report = doc(6);
            reportRow.run(
              itemId,
              JSON.stringify(report),
              plainText(report),
              `Contact: ${members[Math.floor(rand() * members.length)]!.name}`,
              stamp,
            );
            paragraphCount += 1;
          }
          const decisions = rand() < 0.7 ? 1 + (rand() < 0.2 ? 1 : 0) : 0;
          for (let d = 1; d <= decisions; d += 1) {
            const decisionId = randomUUID();
            decisionRow.run(
              decisionId,
              itemId,
              d,
              rand() < 0.8 ? 'RESOLVED' : 'AGREED',
              rand() < 0.4 ? 'That the Committee:' : '',
              stamp,
              stamp,
            );
            const clauses = 1 + Math.floor(rand() * 3);
            for (let k = 1; k <= clauses; k += 1) {
              const clause: RichDoc = {
                type: 'doc',
                content: [para(paragraphText(1 + Math.floor(rand() * 2)))],
              };
              clauseRow.run(
                randomUUID(),
                decisionId,
                k,
                k === 1 && rand() < 0.1 ? 'Recommendations to Council' : '',
                JSON.stringify(clause),
                plainText(clause),
              );
            }
          }
          if (rand() < 0.4) {
            actionRow.run(randomUUID(), itemId, 1, paragraphText(1), stamp, stamp);
          }
          if (rand() < 0.05) {
            const update = doc(1);
            updateRow.run(
              randomUUID(),
              itemId,
              'Update after the meeting',
              JSON.stringify(update),
              plainText(update),
              stamp,
              stamp,
            );
          }
          if (rand() < 0.06) {
            declarationRow.run(
              randomUUID(),
              meetingId,
              itemId,
              members[Math.floor(rand() * members.length)]!.id,
              'other registrable',
              `Member of the ${word()} ${word()} trust`,
              rand() < 0.3 ? 1 : 0,
              stamp,
              stamp,
            );
            paragraphCount += 1;
          }
          sample = { meetingId, itemId };
        }
      }
    }
  })();
  const rareWords = [...tailCounts.entries()]
    .filter(([, count]) => count >= 3 && count <= 8)
    .slice(0, 40)
    .map(([w]) => w);
  return { committees, meetings, items, paragraphs: paragraphCount, rareWords, sample };
}
