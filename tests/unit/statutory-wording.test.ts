// The minute of a late item taken as urgent, in each nation's words (the minutes give it under the
// item's heading; see statutory-meeting-deadlines.test.ts for it in the exported minutes).
import { describe, expect, it } from 'vitest';
import { urgencyMinute } from '../../shared/statutory';

const reason = 'the grant must be accepted before 31 March.';

describe('the urgency minute', () => {
  it('England: five clear days, section 100B(4)(b) of the 1972 Act, the reason ending in one full stop', () => {
    expect(urgencyMinute('england', reason)).toBe(
      'The Chair agreed that this item, which had not been available for public inspection for five clear days before the meeting, be considered as a matter of urgency under section 100B(4)(b) of the Local Government Act 1972 by reason of the following special circumstances: the grant must be accepted before 31 March.',
    );
  });

  it('Wales: three clear days under the same section; Scotland: section 50B(4)(b) of the 1973 Act; Northern Ireland: standing orders', () => {
    expect(urgencyMinute('wales', reason)).toContain(
      'for three clear days before the meeting, be considered as a matter of urgency under section 100B(4)(b) of the Local Government Act 1972 by reason',
    );
    expect(urgencyMinute('scotland', reason)).toContain(
      'for three clear days before the meeting, be considered as a matter of urgency under section 50B(4)(b) of the Local Government (Scotland) Act 1973 by reason',
    );
    expect(urgencyMinute('ni', reason)).toContain(
      'for three clear days before the meeting, be considered as a matter of urgency under the Council’s standing orders by reason',
    );
  });

  it('without the reason (the public edition of an exempt item) says it is in the confidential minutes', () => {
    expect(urgencyMinute('england', '  ')).toBe(
      'The Chair agreed that this item, which had not been available for public inspection for five clear days before the meeting, be considered as a matter of urgency under section 100B(4)(b) of the Local Government Act 1972; the special circumstances are recorded in the confidential minutes.',
    );
    expect(urgencyMinute(undefined, reason)).toBe(urgencyMinute('england', reason));
  });
});
