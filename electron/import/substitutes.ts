// Substitutes as minutes record them: "Councillor K. Carter (substituting for Councillor L. Dean)", under
// a "Substitutes:" label ("Cllr K. Lamb (Con) for Cllr I. Jukes; …"), in a sentence ("Councillor X
// substituted for Councillor Y", "in place of"), or beside an apology ("Cllr Underwood (Cllr Tate
// substituted)").
import type { ImportPerson } from '../../shared/importing';
import { HONORIFIC, NAME, isName, splitHonorific } from './names';

/** "Councillor D Drake substituting", "substitute: Cllr Tate": the substitute an apology's bracket names. */
export const substituteNamed = new RegExp(
  String.raw`^((?:${HONORIFIC}\s+)*${NAME})\s+(?:substitut\w*|attend\w* as (?:a\s+)?substitute)$|^(?:[Ss]ubstitut\w*|[Ss]ub)(?:\s+by)?\s*:?\s*((?:${HONORIFIC}\s+)*${NAME})$`,
  'u',
);
/**
 * The substitute an apology's note names: "who was substituted by Councillor Packer", "(substitute:
 * Cllr Pike)", "(Cllr Tate substituting)", "represented by Cllr Ward as substitute", "replaced by …".
 */
export function substituteInRole(role: string): string {
  const named = substituteNamed.exec(role);
  const who = named?.[1] ?? named?.[2];
  if (who) return who;
  const by = new RegExp(
    String.raw`\b(?:substituted|replaced|represented|deputised)\s+(?:for\s+\w+\s+)?by\s+((?:${HONORIFIC}\s+)*${NAME})|\b(?:for whom|in whose place)\s+((?:${HONORIFIC}\s+)*${NAME})\s+(?:substitut|attended|was present|deputi[sz])`,
    'u',
  ).exec(role);
  return by?.[1] ?? by?.[2] ?? '';
}

/** In a present member's role: "substitute for X", "substituting X", "proxy for X", "deputising for X". */
export const substitution =
  /\b(?:(?:substitut\w*|sub)\b(?:\s+(?:member\s+)?for)?|(?:proxy|deputi[sz]\w*)\s+for)\s+(.+?)\)?$/i;

export const substitutionPhrase = new RegExp(
  String.raw`((?:${HONORIFIC}\s+)+${NAME})[^.;()]{0,40}?\b(?:substitut(?:e|ed|ing)(?:\s+member)?\s+for|in place of)\s+((?:${HONORIFIC}\s+)*${NAME})`,
  'gu',
);

/** Under a "Substitute Members:" label: "Councillor K. Gill (for Councillor Mrs P. Horne)", one or more to a line. */
export function substitutesListed(line: string): (ImportPerson & { for: string })[] {
  // "Councillor Hill (for Councillor Irwin) and Councillor Jones (for Councillor King)": "and" after a pair's bracket, or before an honorific, parts them too.
  const parts = line.split(
    new RegExp(
      String.raw`[;,]\s*(?=Councillor|Cllr|\p{Lu})|(?<=\))\s*(?:and|&)\s+(?=\p{Lu})|\s+(?:and|&)\s+(?=(?:${HONORIFIC})\s)`,
      'u',
    ),
  );
  return parts.flatMap((part) => {
    const pair =
      /^([^()]+?)(?:\s*\([^()]*\))?\s*\(?\s*\b(?:(?:substitut\w*|sub|attending|attended|present)(?:\s+as\s+(?:a\s+)?substitute)?(?:\s+member)?\s+for|for|in place of|replacing|vice)\s+(.+?)\s*\)?[.;,]?$/i.exec(
        part.trim(),
      );
    if (!pair || !isName(pair[1]!) || !isName(pair[2]!)) return [];
    const { honorific, name } = splitHonorific(pair[1]!);
    return [{ name, honorific, role: '', for: splitHonorific(pair[2]!).name }];
  });
}

/** "… and Councillor Reed for Councillor Quinn": a second pair after a substitution, its verb left out. */
const elidedPair = new RegExp(
  String.raw`\b(?:and|,)\s+((?:${HONORIFIC}\s+)+${NAME})\s+(?:for|in place of)\s+((?:${HONORIFIC}\s+)+${NAME})`,
  'gu',
);

export function substitutesIn(text: string): (ImportPerson & { for: string })[] {
  // The phrase's own words first: the whole pattern, tried on every sentence of the minutes, is slow.
  if (!text.includes('substitut') && !text.includes('in place of')) return [];
  const pair = (match: RegExpMatchArray) => ({
    ...splitHonorific(match[1]!),
    role: '',
    for: splitHonorific(match[2]!).name,
  });
  const found = [...text.matchAll(substitutionPhrase)];
  if (found.length === 0) return [];
  const after = text.slice(found[0]!.index);
  return [...found.map(pair), ...[...after.matchAll(elidedPair)].map(pair)].filter(
    (one, at, all) => all.findIndex((other) => other.name === one.name) === at,
  );
}
