// Exempt items: their confidential content is marked exempt in the index, and can be left out.
import { describe, expect, it } from 'vitest';
import { fullMeeting } from './exportFixture';
import { ok, tempCore } from './helpers';
import { hits, plain, expectIndexMatchesRecord } from './searchSetup';

describe('exempt items', () => {
  it('mark their confidential content exempt, and public-only searches leave it out', async () => {
    const core = tempCore();
    const f = await fullMeeting(core);
    const indexed = [
      f.secrets.minutes,
      f.secrets.listItem,
      f.secrets.clause,
      f.secrets.groupHeading,
      f.secrets.action,
      f.secrets.update,
      f.secrets.updateHeading,
      f.secrets.report,
      f.secrets.purpose,
      f.secrets.interest,
    ];
    for (const secret of indexed) {
      const query = `"${secret.replace(/[^\p{L}\p{N} ]/gu, ' ')}"`;
      const found = hits(core, query);
      expect(found.length, secret).toBeGreaterThan(0);
      expect(
        found.every((hit) => hit.exempt && hit.itemId === f.exemptItem.id),
        secret,
      ).toBe(true);
      expect(hits(core, query, { publicOnly: true }), secret).toEqual([]);
    }
    const everything = hits(core, 'Zephyrcare OR contract OR tender OR award*', {
      publicOnly: true,
      limit: 100,
    });
    for (const hit of everything) {
      for (const secret of indexed) expect(plain(hit)).not.toContain(secret.slice(0, 20));
    }
    // What the public edition keeps of an exempt item: its title and the publishable wording.
    expect(hits(core, 'Home Care', { publicOnly: true })).toMatchObject([
      { kind: 'item', field: 'title', exempt: false, itemId: f.exemptItem.id },
    ]);
    expect(hits(core, '"exempt report"', { publicOnly: true })).toMatchObject([
      { kind: 'decision', field: 'public_wording', exempt: false },
    ]);

    // A declaration at the exempt item: public, but without its interest's wording; found once.
    const declaredHere = (options: { publicOnly?: boolean }) =>
      hits(core, '"Priya Shah" pecuniary', options).filter((hit) => hit.itemId === f.exemptItem.id);
    expect(declaredHere({ publicOnly: true }).map(plain)).toEqual([
      'Councillor Priya Shah, disclosable pecuniary interest (left the room)',
    ]);
    expect(declaredHere({}).map(plain)).toEqual([
      `Councillor Priya Shah, disclosable pecuniary interest: ${f.secrets.interest} (left the room)`,
    ]);

    await ok(core, 'items.update', { id: f.exemptItem.id, exempt: false });
    expect(declaredHere({ publicOnly: true }).map(plain)).toEqual([
      `Councillor Priya Shah, disclosable pecuniary interest: ${f.secrets.interest} (left the room)`,
    ]);
    expect(hits(core, 'Zephyrcare', { publicOnly: true }).length).toBeGreaterThan(3);
    expect(hits(core, 'Zephyrcare').every((hit) => !hit.exempt)).toBe(true);
    await ok(core, 'items.update', { id: f.exemptItem.id, exempt: true, exemptParagraph: 3 });
    expect(hits(core, 'Zephyrcare', { publicOnly: true })).toEqual([]);
    expect(hits(core, '"Quillon Holdings"', { publicOnly: true })).toEqual([]);
    expect(declaredHere({ publicOnly: true })).toHaveLength(1);
    expectIndexMatchesRecord(core);
  });
});
