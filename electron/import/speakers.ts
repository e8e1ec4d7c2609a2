// People who speak at a meeting without sitting on it: objectors, applicants, agents, ward members, a
// town council's representative, a member of the public putting a question. The corpus README counts
// them with the others attending. A small grammar over each sentence of an item's minutes:
//   subject (titled names, or a name in apposition with a speaker's role) + a verb of speaking
//     "Mr A (objector) and Ms B (agent) addressed the Committee", "Councillor C, the ward member, spoke
//      against the application", "the applicant, Mr D, was heard in response", "Mrs E attended and asked …"
//   or a verb of hearing + the people after it
//     "The Sub-Committee heard from the applicant, Mr F, and from the objector, Mrs G", "Public speakers: …"
// Anyone already listed (present, apologies, substitutes, officers, others) is not added again: a member
// who speaks is still a member. A councillor counts only after "addressed" or "spoke"; "asked" is a
// question from the public and needs a lay title (Mr, Mrs, …).
import type { ImportMeeting, ImportPerson } from '../../shared/importing';
import { nameKey } from '../../shared/importing';
import { pushAll } from '../../shared/arrays';
import { HONORIFIC, NAME, isName, splitHonorific, tidyName } from './names';
import { sentencesOf } from './text';
import { readAttendance } from './attendance';

const titled = new RegExp(String.raw`\b(${HONORIFIC})\s+(${NAME})`, 'gu');
const lay = /^(?:Mrs?|Ms|Miss|Mx|Dr|Professor|Prof|Rev\w*|Sir|Dame)\.?$/i;
/** "the applicant's agent", "the objector", "(on behalf of …)": what a speaker is there as. */
const speakerRole =
  /\b(?:applicant|agent|objectors?|supporters?|ward\s+(?:member|councillor)|local\s+member|petitioner|resident|on\s+behalf\s+of|representing|solicitor|speaking)\b/i;
/** A verb of speaking, after whoever spoke. */
const speaking =
  /\b(?:addressed\s+the\s+(?:\w+[\s-]){0,2}?(?:Committee|Sub-Committee|Panel|Board|Council|Cabinet|meeting|Members|Forum)|spoke\s+(?:in\s+(?:support|objection|favour)|against|for|on\s+behalf|to\s+the\s+(?:application|objection|representation))|(?:was|were)\s+heard|made\s+(?:verbal\s+)?representations|(?:attended\s+and\s+)?(?:asked|put\s+(?:a|the\s+following)\s+questions?))\b/gi;
/** A verb of hearing, before whoever was heard. */
const hearing =
  /\b(?:heard\s+(?:representations\s+|submissions\s+)?from|Public\s+speakers?\s*:|speakers?\s+(?:were|was)\s*:?)\s*/i;

/** The name as printed, without the sentence's full stop after a surname ("Mrs Ann Pryce."). */
const cleanName = (text: string) => tidyName(text).replace(/(?<=\p{L}{2})\.$/u, '');

interface Heard {
  honorific: string;
  name: string;
  role: string;
}

/** The titled names in a stretch of words, and an untitled one in apposition with a speaker's role. */
function namesIn(words: string, verb: string): Heard[] {
  const out: Heard[] = [];
  for (const match of words.matchAll(titled)) {
    const { honorific } = splitHonorific(`${match[1]} x`);
    const name = cleanName(match[2]!);
    if (!isName(name)) continue;
    // A councillor who speaks is a member unless they addressed the body or came as a ward member.
    if (!lay.test(match[1]!) && !/^addressed/i.test(verb) && !speakerRole.test(words)) continue;
    const after = words.slice(match.index + match[0].length, match.index + match[0].length + 60);
    out.push({
      honorific: honorific || match[1]!,
      name,
      role: /^\s*\(([^)]{2,60})\)/.exec(after)?.[1] ?? '',
    });
  }
  if (out.length > 0) return out;
  // "Terri Wolan, agent for the applicant, addressed …": a bare name with a speaker's role beside it.
  const apposed = new RegExp(String.raw`(?:^|[,;]\s*)(${NAME}),\s*([^,]{3,60}),\s*$`, 'u').exec(words);
  if (apposed && speakerRole.test(apposed[2]!) && isName(apposed[1]!))
    out.push({ honorific: '', name: cleanName(apposed[1]!), role: apposed[2]!.trim() });
  return out;
}

const hearingWords = /heard|speaker|addressed|spoke|representations|asked|question/i;

/** Everyone heard in one sentence. */
function heardIn(sentence: string): Heard[] {
  const out: Heard[] = [];
  // Every verb of hearing or speaking above has one of these words: a sentence with none heard no one.
  if (!hearingWords.test(sentence)) return out;
  const after = hearing.exec(sentence);
  if (after) {
    // "heard from the applicant, Mr F, and from the objector, Mrs G": everyone named after it.
    for (const match of sentence.slice(after.index + after[0].length).matchAll(titled)) {
      const name = cleanName(match[2]!);
      if (isName(name)) out.push({ honorific: splitHonorific(`${match[1]} x`).honorific, name, role: '' });
    }
  }
  let from = 0;
  for (const verb of sentence.matchAll(speaking)) {
    // The subject: the words since the last verb of speaking (or the sentence's start).
    const subject = sentence.slice(from, verb.index);
    from = verb.index + verb[0].length;
    // "The Chair asked Mr H …": a name after another subject is not the speaker.
    const clause = subject.split(/[.;]\s+|\s+(?:and|but|while|whilst)\s+(?=the\s)/i).at(-1)!;
    pushAll(out, namesIn(clause, verb[0]));
  }
  return out;
}

/** A council officer's title: the words of office that name an employee, not a member or a guest. */
const officerTitle =
  /\b(?:Officer|Manager|Director|Solicitor|Clerk|Engineer|Planner|Adviser|Advisor|Lawyer|Chief Executive|Accountant|Surveyor|Head of)\b/;
/**
 * "The Principal Planning Officer, Naomi Fairclough, introduced the report": an officer named in
 * apposition with their title, then what they did. A councillor ("The Chair, Councillor X,") is not.
 */
const officerApposed =
  /(?:^|[;:]\s*)(?:The|the|Our|our)\s+(\p{Lu}[^,.;()]{2,70}?),\s+([^,.;()]{3,40}?),\s+(?:\p{Ll}+ed|said|gave|set out|took|spoke)\b/u;

function officerIn(sentence: string): Heard | null {
  const found = officerApposed.exec(sentence);
  if (!found || !officerTitle.test(found[1]!)) return null;
  const { honorific, name } = splitHonorific(found[2]!.trim());
  if (!isName(found[2]!.trim()) || /^(?:Councillor|Alderman|Bailie)$/.test(honorific)) return null;
  return { honorific, name: cleanName(name), role: found[1]!.trim() };
}

/** The surname, for telling whether someone is already listed ("Kemp" = "A Kemp" = "Alan Kemp"). */
const surname = (name: string) => nameKey(name).split(/\s+/).at(-1) ?? '';

/** Adds to the meeting's others everyone heard in the items who is not already listed. */
export function speakersIn(meeting: ImportMeeting, items: { paras: string[] }[]): void {
  const listed = new Set(
    [
      ...meeting.present,
      ...meeting.apologies,
      ...meeting.officers,
      ...meeting.others,
      ...meeting.substitutes,
      ...meeting.substitutes.map((one) => ({ name: one.for })),
    ].map((person) => surname(person.name)),
  );
  const add = (one: Heard, into: ImportPerson[]) => {
    const key = surname(one.name);
    if (!key || listed.has(key)) return;
    listed.add(key);
    into.push({ name: one.name, honorific: one.honorific, role: one.role });
  };
  for (const item of items) {
    for (const [at, para] of item.paras.entries()) {
      // "Speakers:" over "Objector – Mr Colin Whitlock", a speaker a line: read as a list.
      if (/^(?:(?:Public|Registered)\s+)?Speakers?\s*:?$/i.test(para)) {
        for (const one of readAttendance(item.paras.slice(at)).others) add(one, meeting.others);
        continue;
      }
      if (/,/.test(para) && officerTitle.test(para)) {
        for (const sentence of sentencesOf(para)) {
          const officer = officerIn(sentence);
          if (officer) add(officer, meeting.officers);
        }
      }
      // The words `heardIn` needs (a question only where one was put): "answered questions" is not read.
      if (
        !/\b(?:addressed|spoke|heard|asked|representations|put\s+(?:a|the\s+following)\s+questions?|speakers?)\b/i.test(
          para,
        )
      )
        continue;
      for (const sentence of sentencesOf(para)) {
        for (const one of heardIn(sentence)) {
          const key = surname(one.name);
          if (!key || listed.has(key)) continue;
          listed.add(key);
          const person: ImportPerson = { name: one.name, honorific: one.honorific, role: one.role };
          meeting.others.push(person);
        }
      }
    }
  }
}
