// A short meeting's minutes, written for the purpose, that an import worker started ahead of its job
// parses while it waits (electron/workers/runWorker.ts, prepareWorker): V8 then has the parser's
// functions compiled and its patterns built when the officer's file comes, instead of doing it in the
// officer's time. The parser keeps nothing from one parse to the next but a cache of how names
// split (names.ts), so this parse cannot change what the officer's file is read as.
import { parseImportText } from './parse';

const items: string[] = [
  `1. APOLOGIES FOR ABSENCE

Apologies for absence were received from Councillors F Black and G Grey.`,
  `2. DECLARATIONS OF INTEREST

Councillor C Brown declared a personal interest in item 6 as a member of the Mill Lane Residents' Association.`,
  `3. MINUTES

RESOLVED that the minutes of the meeting held on 15 February 2022 be approved as a correct record and signed by the Chair.`,
];
for (let n = 4; n <= 12; n += 1) {
  items.push(`${n}. APPLICATION 22/0${n}12/FUL – LAND AT STATION ROAD

The Principal Planning Officer presented the report on the application for ${n * 2} dwellings. Members raised the following points:

·  The height of the proposed building and its effect on the neighbours.
·  The loss of parking on Station Road.

Mr H Reed, an objector, and Ms J Lowe, the agent, addressed the Committee.

It was moved by Councillor B Jones and seconded by Councillor E Green that the application be ${n % 2 ? 'refused' : 'approved'}.

Upon being put to the vote, there were ${n % 5} votes for, 2 against and 1 abstention.

RESOLVED that planning permission be ${n % 2 ? 'refused for the following reasons:' : 'granted subject to the following conditions:'}

(1) The proposed development would be harmful to the character of the area.
(2) The proposal would result in the loss of parking spaces.

(Action: Head of Planning)`);
}
items.push(`13. EXCLUSION OF THE PRESS AND PUBLIC

RESOLVED that, under Section 100A(4) of the Local Government Act 1972, the press and public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.`);

const sample = [
  'PLANNING COMMITTEE',
  '',
  'MINUTES of the meeting held on Tuesday 15 March 2022 at 7.00 pm in the Council Chamber, Civic Offices',
  '',
  'Present: Councillor A Smith (Chair), Councillors B Jones, C Brown (Vice-Chair), D White and E Green',
  '',
  'Officers: Head of Planning, Principal Planning Officer, Democratic Services Officer',
  '',
  ...items.flatMap((item) => [item, '']),
  'The meeting ended at 9.15 pm.',
  '',
  'Chair',
].join('\n');

/** Parses the sample `times` times (each parse leaves V8 with more of the parser compiled). */
export function warmUpParser(times = 1): void {
  for (let run = 0; run < times; run += 1) parseImportText(sample);
}

/** The sample itself, for the test that it parses as a meeting. */
export const warmUpSample = sample;
