// An item's decisions: keyword, clauses, mover, seconder and vote.
import { z } from 'zod';
import { baseVersion, id, typedText, typeError } from './fields';
import { mutation, query } from './contract';
import { richDoc } from '../richTextSchema';
import { clauseStyles, decisionKeywords, voteChoices, voteKinds, type Decision } from '../decisions';

const decisionKeyword = z.enum(
  decisionKeywords,
  typeError('Keyword', `Keyword must be one of: ${decisionKeywords.join(', ')}.`),
);
const clauseStyle = z.enum(
  clauseStyles,
  typeError('Clause numbering', `Clause numbering must be one of: ${clauseStyles.join(' ')}.`),
);
const voteCount = (label: string) =>
  z
    .number(typeError(label, `${label} must be a number.`))
    .int({ error: `${label} must be a whole number.` })
    .min(0, { error: `${label} cannot be negative.` })
    .max(10_000, { error: `${label} is more than any council has members.` });
const vote = z.strictObject({
  kind: z.enum(voteKinds, typeError('Vote', `Vote must be one of: ${voteKinds.join(', ')}.`)),
  for: voteCount('Votes for'),
  against: voteCount('Votes against'),
  abstain: voteCount('Abstentions'),
  recorded: z
    .array(
      z.strictObject({
        personId: id('Member'),
        vote: z.enum(voteChoices, typeError('Vote', 'Each named vote is for, against or abstain.')),
      }),
    )
    .max(1000)
    .refine((votes) => new Set(votes.map((v) => v.personId)).size === votes.length, {
      error: 'A member can be named only once in a recorded vote.',
    }),
  castingVote: z
    .enum(['for', 'against'], typeError('Casting vote', 'The casting vote is for or against.'))
    .nullable(),
});

export const decisionsMethods = {
  'decisions.list': query<Decision[]>()(z.strictObject({ itemId: id('Agenda item') })),
  'decisions.create': mutation<Decision>()(
    z.strictObject({
      /** Chosen by the window, so it can show and focus the decision before the server answers. */
      id: id('Decision').optional(),
      itemId: id('Agenda item'),
      keyword: decisionKeyword,
      qualifier: typedText('Qualifier', 200).default(''),
      preamble: typedText('Preamble', 200).default(''),
      /** Left out: the house style's. */
      clauseStyle: clauseStyle.optional(),
    }),
  ),
  /** Any of a decision's fields, and its clauses, in one transaction. */
  'decisions.update': mutation<Decision>()(
    z.strictObject({
      id: id('Decision'),
      /** The version the change was made over; another window's save in between is a conflict. */
      baseVersion: baseVersion(1),
      keyword: decisionKeyword.optional(),
      qualifier: typedText('Qualifier', 200).optional(),
      preamble: typedText('Preamble', 200).optional(),
      clauseStyle: clauseStyle.optional(),
      moverId: id('Mover').nullable().optional(),
      seconderId: id('Seconder').nullable().optional(),
      vote: vote.optional(),
      publicWording: typedText('Publishable wording', 5000).optional(),
      /** Executive decisions: the reasons, and the alternatives considered and rejected. */
      reasons: typedText('Reasons for the decision', 20_000).optional(),
      alternatives: typedText('Alternatives considered and rejected', 20_000).optional(),
      /** The clauses in order, replacing the old ones (reordering is sending them in the new order). */
      clauses: z
        .array(
          z.strictObject({
            id: id('Clause').optional(),
            groupHeading: typedText('Group heading', 300),
            doc: richDoc,
          }),
        )
        .max(500, { error: 'A decision can have at most 500 clauses.' })
        .optional(),
    }),
  ),
  'decisions.delete': mutation<{ id: string }>()(z.strictObject({ id: id('Decision') })),
} as const;
