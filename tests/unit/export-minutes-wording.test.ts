// Word exports read back as Word would see them: the XML (styles, numbering, properties, language),
// mammoth's text, and LibreOffice's own layout.
// Here: the minutes worded as published minutes word them (issue 17): qualifiers, the resolution
// excluding the public, declarations at the item, the time the meeting ended.
import { describe, expect, it } from 'vitest';
import type { Decision } from '../../shared/decisions';
import { doc } from './exportFixture';
import { itemFixture, ok, tempCore } from './helpers';
import { exported } from './exported';

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** mammoth's text as paragraphs, blank lines dropped. */
const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

describe('the minutes say it as published minutes do', () => {
  it('bracket a qualifier such as “unanimously”, and let “by a majority” read on', async () => {
    const { core, item } = await itemFixture(tempCore());
    const decide = async (qualifier: string, clauses: string[], preamble = 'that') => {
      const decision = await ok<Decision>(core, 'decisions.create', {
        itemId: item.id,
        keyword: 'RESOLVED',
        qualifier,
        preamble,
      });
      await ok(core, 'decisions.update', {
        id: decision.id,
        baseVersion: 1,
        clauses: clauses.map((text) => ({ groupHeading: '', doc: doc(p(text)) })),
      });
    };
    await decide('unanimously', ['The report be noted.', 'A letter be sent.']);
    await decide('by a majority', ['The budget be approved.', 'The reserves be kept.']);
    await decide('on the Chair’s casting vote', ['The scheme go ahead.'], '');
    await decide('(nem con)', ['The minutes be signed.'], '');
    const { doc: word } = await exported(core, {
      meetingId: item.meetingId,
      kind: 'minutes',
      edition: 'public',
    });
    const lines = linesOf(word.text);
    expect(lines).toContain('RESOLVED (unanimously) that:');
    expect(lines).toContain('RESOLVED by a majority that:');
    expect(lines).toContain('RESOLVED on the Chair’s casting vote The scheme go ahead.');
    expect(lines).toContain('RESOLVED (nem con) The minutes be signed.');
    expect(word.text).not.toContain('(by a majority)');
    expect(word.text).not.toContain('(on the Chair’s casting vote)');
  });
});
