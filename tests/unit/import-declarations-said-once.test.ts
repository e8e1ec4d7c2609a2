// An imported declarations minute whose sentences the import read as declarations (recorded on the
// register and in the declarations section) does not keep them as narrative too: the public edition's
// rule for an exempt item's interest then applies to them (its wording out of the public minutes and
// the public search), and each declaration is printed once, in the declarations item. What the
// minute said that was not read as a declaration stays as its narrative.
import { describe, expect, it } from 'vitest';
import { search } from '../../electron/store/search';
import { exported } from './exported';
import { importTextInto, SLOW, tempCore } from './helpers';

// As /tmp/nu/f2/council.txt gave it: minute 27 exempt under paragraph 3.
const council = `BOROUGH OF KINGSMERE

Minutes of the meeting of the COUNCIL held at the Guildhall, Kingsmere on Thursday 24 September 2026 at 7.00 pm.

Present: The Mayor (Councillor Patricia Okafor) in the Chair; Councillors James Ashworth (Deputy Mayor), Sunita Bhatt, Colin Drury, Rebecca Ellison, Thomas Fairweather and Hannah Greenwood.

Apologies: Councillors Martin Hale and Deborah Ingle.

Officers: Sarah Johnson (Chief Executive), Mark Lowe (Monitoring Officer).

23. DECLARATIONS OF INTEREST

Councillor Drury declared a disclosable pecuniary interest in minute 27 as a director of Kingsmere Leisure Trust and left the meeting for that item.
NOTE_LINE

24. MAYOR'S ANNOUNCEMENTS

The Mayor thanked all those who had attended the civic service on 13 September.

25. COUNCIL TAX SUPPORT SCHEME 2027/28

It was moved by Councillor Ashworth, seconded by Councillor Bhatt, and

RESOLVED that the Council Tax Support Scheme for 2027/28 be adopted as set out in Appendix A.

26. EXCLUSION OF THE PRESS AND PUBLIC

RESOLVED that under Section 100A(4) of the Local Government Act 1972, the press and public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.

27. LEISURE MANAGEMENT CONTRACT

The Council considered a confidential report on the extension of the leisure management contract with Kingsmere Leisure Trust at an annual fee of £1.2 million.

RESOLVED that the contract be extended for three years.
`;

const interest = 'Kingsmere Leisure Trust';
const note = 'The Monitoring Officer reminded members of the Code of Conduct.';

async function minutesText(core: ReturnType<typeof tempCore>, meetingId: string, edition: string) {
  const { doc } = await exported(core, { meetingId, kind: 'minutes', edition });
  return doc.text.replace(/\n+/g, '\n');
}

describe('an imported declarations minute', SLOW, () => {
  it('keeps an exempt item’s interest out of the public minutes and the public search', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, council.replace('NOTE_LINE\n', ''));
    const open = await minutesText(core, result.meetingId, 'public');
    expect(open).toMatch(/Drury declared a disclosable pecuniary interest in minute 27/);
    expect(open).not.toContain(interest);
    expect(search(core.db, `"${interest}"`, { publicOnly: true, limit: 100 }).ok).toBe(true);
    const found = search(core.db, `"${interest}"`, { publicOnly: true, limit: 100 });
    expect(found.ok && found.hits).toEqual([]);
    // The confidential edition gives it, once.
    const confidential = await minutesText(core, result.meetingId, 'confidential');
    expect(confidential).toContain(`as a director of ${interest}`);
    const all = search(core.db, `"${interest}"`, { limit: 100 });
    expect(all.ok && all.hits.length).toBeGreaterThan(0);
  });

  it('prints each declaration once, in the declarations item, and keeps what was not a declaration', async () => {
    const core = tempCore();
    const { result } = await importTextInto(core, council.replace('NOTE_LINE', note));
    for (const edition of ['confidential', 'public']) {
      const text = await minutesText(core, result.meetingId, edition);
      expect(text.match(/Drury declared/g)?.length).toBe(1);
      expect(text).toContain(note);
      // In minute 23: after its heading, before the next minute's.
      const at = text.indexOf('Drury declared');
      expect(at).toBeGreaterThan(text.search(/23\.?\s+Declarations of interest/i));
      expect(at).toBeLessThan(text.search(/24\.?\s+Mayor/i));
    }
  });
});

describe('an imported declarations minute that says nobody declared anything', SLOW, () => {
  const wordings = [
    'There were no declarations of interest.',
    'None declared.',
    'No interests were declared.',
    'There were none.',
  ];
  for (const none of wordings) {
    it(`says “${none}” once, in its own words, and not “No declarations of interest were made.” beside it`, async () => {
      const core = tempCore();
      const text = council
        .replace(/Councillor Drury declared[^\n]*\n/, `${none}\n`)
        .replace('NOTE_LINE', note);
      const { result } = await importTextInto(core, text);
      for (const edition of ['confidential', 'public']) {
        const printed = await minutesText(core, result.meetingId, edition);
        expect(printed.split(none).length - 1).toBe(1);
        expect(printed).not.toContain('No declarations of interest were made.');
        expect(printed).toContain(note);
        const at = printed.indexOf(none);
        expect(at).toBeGreaterThan(printed.search(/23\.?\s+Declarations of interest/i));
        expect(at).toBeLessThan(printed.search(/24\.?\s+Mayor/i));
      }
    });
  }
});
