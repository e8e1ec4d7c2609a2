// Names as minutes print them: honorifics ("Cllr.", "County Councillor", "Councillors" that carries to
// the bare names after it), a name of one to five capitalised words or initials with particles ("ap",
// "Ní"), post-nominals, and the words of office and of organisations that mark a role, not a name.
import { honorifics } from '../../shared/format';

const honorificWords: Record<string, string> = {
  ...honorifics,
  councillors: 'Councillor',
  cllrs: 'Councillor',
  // Welsh: Cynghorydd (Councillor), Cynghorwyr (Councillors), Cyng.
  cynghorydd: 'Councillor',
  cynghorwyr: 'Councillor',
  cyng: 'Councillor',
  aldermen: 'Alderman',
  alderman: 'Alderman',
  bailie: 'Bailie',
  bailies: 'Bailie',
  sir: 'Sir',
  dame: 'Dame',
  rev: 'Rev',
  revd: 'Rev',
  reverend: 'Rev',
  fr: 'Fr',
  pc: 'PC',
  pcso: 'PCSO',
  sgt: 'Sergeant',
  sergeant: 'Sergeant',
  inspector: 'Inspector',
  superintendent: 'Superintendent',
  supt: 'Superintendent',
  canon: 'Canon',
};
/** Honorifics that carry to the bare names after them: "Councillors A, B and C", "Alderman Blair, Cunning". */
const plurals = new Set(['councillors', 'cllrs', 'cynghorwyr', 'aldermen', 'bailies', 'alderman']);

export const HONORIFIC = String.raw`(?:(?:County|Borough|Town|District|City|Parish|Community|Unitary)\s+)?(?:Councillors?|Cynghorydd|Cynghorwyr|Cyng\.?|Cllrs?\.?|Aldermen|Alderman|Bailies?|Mrs\.?|Mr\.?|Ms\.?|Miss|Mx|Dr\.?|Professor|Prof\.?|Sir|Dame|Rev(?:d)?\.?|Reverend|Fr\.?|PCSO|PC|Sgt\.?|Sergeant|Inspector|Superintendent|Supt\.?|Canon)`;
/** A name word: a capital and letters, or initials ("D.R.", "MA"); particles allowed between. */
const WORD = String.raw`(?!(?:Seconded|Proposed|Moved|Resolved|Agreed|And|The|Of|For|SECONDED|PROPOSED|MOVED|RESOLVED|AGREED)\b)\p{Lu}[\p{L}\p{M}'’.-]*`;
/** A particle is a word of its own: "ap" in "Aled ap Dafydd", never the start of "apologised". */
const PARTICLE = String.raw`(?:ap|ab|de|di|da|du|le|la|van|von|der|den|del|dos|al|bin|ní|nic|y)(?=\s|$)`;
export const NAME = String.raw`${WORD}(?:\s+(?:${WORD}|${PARTICLE})){0,4}`;

export const nameOnly = new RegExp(String.raw`^${NAME}$`, 'u');
export const honorificThenName = new RegExp(String.raw`^((?:${HONORIFIC}\s+)+)(${NAME})$`, 'u');

/** Words of office and of organisations: a part of a list holding one is a role, not a name. */
export const roleWords =
  /\b(?:Vice|Associate|Co-opted|Substitute|Independent|Director|Officer|Officers|Manager|Head|Chief|Clerk|Solicitor|Lawyer|Advis[eo]r|Executive|Lead|Assistant|Planner|Engineer|Secretary|Co-?ordinator|Members?|Chair(?:man|woman|person)?|Leader|Deputy|Depute|Monitoring|Democratic|Services?|Team|Consultant|Analyst|Specialist|Representative|Commissioner|Governance|Support|Mayor|Cabinet|Portfolio|Holder|Principal|Senior|Legal|Finance|Scrutiny|Strategic|Programme|Project|Partner(?:ship)?|Board|Council|Committee|Ltd|LLP|plc|Unit|Constabulary|Police|Fire|Rescue|Authority|Trust|Group|Association|Society|Club|School|Church|Diocese|University|College|NHS|Agency|Forum|Network|Centre|Department|Section|Office|Audit|Accountant|Treasurer|Auditor|Chaplain|Convener|Provost|Sheriff|Applicant|Agent|Objector|Resident|Residents|Governor|Trustee|Healthwatch|Care|Health|Public|Ward|Division|Region|Partnership|Limited|Company|Corporate|Operations|Communications|Engagement|Electoral|Licensing|Planning|Highways|Housing|Development|Commander|Clinical|Medical)\b/;
export const titleWords = new Set(
  'the right worshipful worship metro mayor deputy depute lord lady provost high sheriff his her honour'.split(
    ' ',
  ),
);
/**
 * A police or fire service rank before a name: "Temporary Assistant Chief Constable", "Detective Chief
 * Superintendent", "Station Commander", "Group Commander", "Watch Manager".
 */
export const policeRank =
  /^(?:(?:Temporary|Acting|T\/)\s+)?(?:(?:(?:Assistant|Deputy)\s+)?(?:Chief\s+)?(?:Detective\s+)?(?:Chief\s+)?(?:Constable|Superintendent|Inspector|Sergeant)|(?:Deputy\s+)?(?:Station|Group|Area|Watch|Crew|Divisional)\s+Commander|(?:Station|Watch|Crew)\s+Manager)\s+(?=\p{Lu}\p{Ll})/u;
export const postNominal = /\s+(?:MBE|OBE|CBE|BEM|JP|DL|MSP|MP|MS|MLA|KC|QC|FRCP|FCA|MRTPI)\b\.?/g;
export const chairRoles =
  /^(?:(?:Vice|Deputy|Depute)[- ]?)?(?:Chair(?:man|woman|person)?|Convener|Convenor|Presiding|Mayor|Leader|Provost)$|^in the Chair$|^Chair(?:man)? for the meeting$/i;

/** "Cllr." → "Councillor"; undefined for a word that is not an honorific. */
export function honorificOf(word: string): { honorific: string; plural: boolean } | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  const honorific = honorificWords[key];
  return honorific ? { honorific, plural: plurals.has(key) } : undefined;
}

/** "County Councillor" is a Councillor; "District Cllr" too. */
export const withoutPlace = (text: string) =>
  text.replace(
    /\b(?:County|Borough|Town|District|City|Parish|Community|Unitary)\s+(Councillors?|Cllrs?\.?)/g,
    '$1',
  );

/** A name as the directory keeps it: post-nominals gone, a surname in capitals in ordinary case. */
/** Degrees and professional letters after a name: "BA (Hons)", "MSc", "LLB, CPLS", "Pg Cert Ed". */
const DEGREE = String.raw`(?:BA|BSc|BEd|BEng|MA|MSc|MEd|MBA|LLB|LLM|PhD|DPhil|DipEd|PGCE|Pg\s?Cert(?:\s+Ed)?|CPLS|Hons|FCA|ACA|FRICS)\.?`;
export const degreesOnly = new RegExp(String.raw`^(?:${DEGREE}\s*)+$`);
const degreesAtEnd = new RegExp(String.raw`(?:,?\s+${DEGREE})+$`);
/** "CPLS M B Teggart": the last person's letters run onto the next name (never "MA" or "BA", which may be initials). */
const degreesAtStart = /^(?:(?:BSc|BEd|BEng|MSc|MEd|MBA|LLB|LLM|PhD|DPhil|DipEd|PGCE|CPLS|Hons|FRICS)\.?,?\s+)+(?=\p{Lu})/u;

export function tidyName(name: string): string {
  return name
    .replace(postNominal, '')
    .replace(degreesAtEnd, '')
    .replace(degreesAtStart, '')
    .replace(/['’]s$/, '')
    .replace(/\b(\p{Lu})(\p{Lu}{2,})\b/gu, (_, first: string, rest: string) => first + rest.toLowerCase())
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Councillor Mrs. A. Thomas-Hale" → honorific and name (the first honorific of several). */
export function splitHonorific(text: string): { honorific: string; name: string } {
  // Minutes name the same people again and again (the mover, the seconder, each list): each name is split once.
  const known = splitNames.get(text);
  if (known) return known;
  const split = splitHonorificOnce(text);
  if (splitNames.size >= 4096) splitNames.clear();
  splitNames.set(text, split);
  return split;
}
/** Read only by every caller (each copies or destructures it), so one object per text is shared. */
const splitNames = new Map<string, { honorific: string; name: string }>();

function splitHonorificOnce(text: string): { honorific: string; name: string } {
  const words = withoutPlace(text).trim().replace(/\s+/g, ' ').split(' ');
  let first: string | undefined;
  while (words.length > 1 && (titleWords.has(words[0]!.toLowerCase()) || honorificOf(words[0]!))) {
    const found = honorificOf(words.shift()!);
    if (found && !first) first = found.honorific;
  }
  return { honorific: first ?? '', name: tidyName(words.join(' ')) };
}

function surnameAfterForename(text: string): boolean {
  const match = /^((?:\p{Lu}\.?\s*){1,3}|\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{Ll}'’-]+$/u.exec(text.trim());
  return !!match && !roleWords.test(match[1]!);
}

/** Whether a text is a person's name, with or without honorifics before it. */
export function isName(text: string, bare = true): boolean {
  const clean = withoutPlace(text).replace(postNominal, '').trim();
  if (clean.split(/\s+/).every((word) => honorificOf(word) || titleWords.has(word.toLowerCase())))
    return false;
  const named = honorificThenName.exec(clean);
  // "Mr T. Ward", "Mrs Jane Hall": a surname that is also a role's word ("Ward", "Head") after initials or a forename.
  if (named)
    return !roleWords.test(named[2]!) || /^\p{Lu}\S*$/u.test(named[2]!) || surnameAfterForename(named[2]!);
  return bare && nameOnly.test(clean) && !roleWords.test(clean) && clean.split(/\s+/).length <= 5;
}
