// The law an exempt item is exempt under, explicit (shared/exemptBasis.ts): Schedule 12A (England and
// Wales, and Northern Ireland's items as before), Schedule 7A (Scotland) or section 1(2) of the Public
// Bodies (Admission to Meetings) Act 1960 (parish, town and community councils), which has no
// paragraph. One column added, no row written: an exempt item kept before has none and is read as
// exempt under Schedule 12A, as it meant (an approved record is not touched, and could not be).
// 001's check (an exempt item has a paragraph) stands, so an item under the 1960 Act keeps 0 there;
// this column's check allows 0 only with the 1960 Act, and each schedule's paragraphs only with it.
export const version = 16;
export const name = 'exempt basis';

export const sql = `
ALTER TABLE agenda_items ADD COLUMN exempt_basis TEXT CHECK (
  exempt_basis IS NULL
  OR (exempt = 1 AND (
       (exempt_basis = '1960 Act' AND exempt_paragraph = 0)
    OR (exempt_basis = 'schedule 12A' AND exempt_paragraph IN (1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 16, 17, 18))
    OR (exempt_basis = 'schedule 7A' AND exempt_paragraph BETWEEN 1 AND 15)))
);
`;
