// The labels that open the attendance lists at the head of the minutes: "Present:", "Members Present",
// "In the Chair", "Sederunt", "Apologies for absence", "Substitutes", "Officers in attendance",
// "(Officials)", "Also present", "Parties present" … each with the section its names go to, whether
// it carries an honorific to the bare names after it ("Councillors:"), and what follows it on the line.
import { HONORIFIC } from './names';
import type { Section } from './attendanceTable';

export const honorificStart = new RegExp(String.raw`^(?:${HONORIFIC})\s`, 'u');

export interface Label {
  section: Section;
  rest: string;
  /** "Councillors" or "BAILIES" as a label: the names after it are councillors. */
  carry: string;
  /** "ALSO", "APOLOGIES FOR" or "Non-Committee" with the rest of the label on the next line. */
  partial: boolean;
  role: string;
  /** "Other Members Present": the rest of the members, after a chair named on their own. */
  otherMembers: boolean;
}

const labels: { section: Section | 'otherMembers'; pattern: RegExp; carry?: string; role?: string }[] = [
  // "The following were also present:", "The following officers were in attendance:", "The following
  // Members were present:", "There were present:": a sentence that opens a list.
  {
    section: 'others',
    pattern:
      /^The\s+following\s+(?:(?:other\s+)?(?:Members|Councillors|persons?|people)\s+)?(?:were|was)\s+also\s+(?:present|in attendance)\b|^The\s+following\s+other\s+(?:Members|Councillors)\s+(?:were|was)\s+(?:present|in attendance)\b/i,
  },
  {
    section: 'officers',
    pattern: /^The\s+following\s+officers?\s+(?:were|was)\s+(?:also\s+)?(?:present|in attendance)\b/i,
  },
  {
    section: 'present',
    pattern:
      /^(?:The\s+following\s+(?:(?:Members|Councillors)\b[^:]{0,40}?\s+)?(?:were|was)\s+(?:present|in attendance)|There\s+(?:were|was)\s+present)\b/i,
  },
  { section: 'present', pattern: /^In attendance\s*:?\s*\((?:Committee )?Members\)/i },
  // "Attendance:" over the members of a joint body; "Members in attendance:".
  { section: 'present', pattern: /^(?:Attendance|Members in attendance|Members attending)\s*:/i },
  { section: 'present', pattern: /^(?:In the Chair|Presiding)\b|^Chair(?:man|person)?\s*:/i, role: 'Chair' },
  // "Vice-Chair: Cllr …", "Deputy Mayor: …", "Town Mayor: …": a member named with their office.
  {
    section: 'present',
    pattern:
      /^(?:(?:Vice|Deputy|Depute)[- ]?Chair(?:man|woman|person)?|(?:(?:Deputy|Town|City|Lord)\s+)?Mayor|(?:Depute\s+)?Provost|Convener|Vice[- ]Convener)\s*(?=:)/i,
  },
  // "Members of the Committee:", "Attendees:", "Councillor(s) Present:", "Ex officio members:".
  {
    section: 'present',
    pattern:
      /^(?:Members\s+of\s+the\s+(?:[\p{L}&'’-]+\s+){0,3}?(?:Sub-)?(?:Committee|Panel|Board|Council|Authority|Forum|Group)|Attendees|Councillor\(s\)\s+present|Ex[- ]officio(?:\s+members?)?)\s*(?=:)/iu,
  },
  { section: 'otherMembers', pattern: /^Other (?:Members|Councillors)\s+(?:were\s+)?present\b/i },
  // "Sub-Committee:  Councillor D Ferraby (Chair)": the body itself as the label, a member after it.
  {
    section: 'present',
    pattern:
      /^(?:Sub-Committee|Committee|Panel|Hearing Panel|Board)(?:\s+Members?)?\s*(?=:\s*(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Alderman|Bailie)\s)/i,
  },
  // "Members of the Sub-Committee present:", "Members of the Panel in attendance:".
  {
    section: 'present',
    pattern:
      /^(?:Members|Councillors)\s+of\s+the\s+(?:[\p{L}&'’-]+\s+){0,4}?(?:Sub-)?(?:Committee|Panel|Board|Council|Cabinet|Authority|Forum|Group)\s+(?:present|in attendance|attending)\b/iu,
  },
  // "Independent Members:", "Co-opted Members:", "Community Committee Member:", "Parent Governor Representatives:".
  {
    section: 'present',
    pattern:
      /^(?:Independent|Lay|Co-opted|Voting|Non-voting|Elected|Community Committee|Town and Community Council|Parent Governor|Church|Diocesan|Statutory|Appointed|Added|Youth|Parish|Town|Tenant|Faith)\s+(?:Members?|Representatives?|Co-optees?)\s*(?=:)/i,
  },
  // "Councillors present: Ashby (Chair), Birch and Cole": the label's honorific carries to the surnames.
  {
    section: 'present',
    pattern:
      /^(?:(?:County|Borough|District|Town|City|Community|Parish)\s+)?(?:Councillors|Cllrs\.?|Aldermen|Bailies)\s+(?:present|in attendance|attending)\b/i,
    carry: 'Councillor',
  },
  {
    section: 'present',
    pattern:
      /^(?:(?:Members|Councillors|Cabinet Members|Committee Members|Board Members|Voting Members|Those)\s+)?Present\b|^Those\s+(?:attending|in attendance)\b|^Sederunt\b|^Members\s*:|^Co-opted (?:Members?|Representatives?)\b|^Voting Co-optees?\b/i,
  },
  {
    section: 'present',
    pattern:
      /^(?:(?:County|Borough|District|Town|City|Community)\s+)?(?:Councillors|Bailies|Aldermen)\s*(?::-?|$)/i,
    carry: 'Councillor',
  },
  // "Absent without apologies:", "Not in attendance:", "Apologies for lateness:": no apologies for absence.
  {
    section: 'absent',
    pattern:
      /^(?:(?:Members\s+)?Absent\s+without\s+apolog(?:y|ies)|Not\s+in\s+attendance|Apolog(?:y|ies)\s+for\s+(?:lateness|late\s+arrival|leaving\s+early))\b/i,
  },
  // "Absent with apologies:", "Not present (apologies received):": apologies, not absence.
  {
    section: 'apologies',
    pattern:
      /^(?:Absent|Not present)\s*(?:\(\s*)?(?:with\s+|-\s*)?apolog(?:y|ies)(?:\s+(?:received|given|sent))?\s*\)?/i,
  },
  { section: 'apologies', pattern: /^Apolog(?:y|ies)\b(?:\s+for(?:\s+(?:absence|non-attendance))?)?/i },
  { section: 'absent', pattern: /^(?:(?:Councillors|Members|Cllrs)\s+)?(?:Absent|not present)\b/i },
  {
    section: 'substitutes',
    pattern: /^(?:Named\s+)?Substitut(?:e|es|ions?)(?:\s+(?:present|members))?\b/i,
  },
  {
    section: 'others',
    pattern:
      /^(?:(?:Also|Others?)\s+(?:present|in attendance|attending|attended)\b|ALSO(?=\s|$)|Other (?:Members|Councillors)\s+in attendance\b|Members attending\b|Visiting Members?\b|Ward (?:Councillors|Members)\b|Local (?:ward\s+)?(?:Councillors|Members)\b|Independent Persons?\b|Non-Committee(?:\s+Members?)?(?=\s|:|$)|Parties present\b|Public Speakers?\b|Representatives? (?:from|of)\b.*?(?:in attendance)?|External audit(?:ors?)?\b|Applicants?\s*:|Responsible authorit(?:y|ies)\s*:|Other persons\s*:|Objectors?\s*:|Supporters?\s*:|Agents?\s*:|Speakers?\s*:|Witnesses\s*:|Guests?\s*:|Others?\s*:|Observers?\s*:|Visitors?\s*:|Invited(?:\s+guests?)?\s*:|Presenters?\s*:|Other Members\s*:)/i,
  },
  {
    section: 'officers',
    pattern:
      /^(?:\(?Officials\)?|(?:Council\s+)?Officers?(?:\s+(?:present|in attendance|attending))?|Attending\b|In attendance\b|Clerk\s*:|Staff(?:\s+(?:present|in attendance))?\s*:|Minute[- ]?taker\s*:|Secretariat\s*:|(?:(?:Town|Parish|Deputy|Assistant)\s+)?Clerk(?:\s+to\s+the\s+(?:Council|Committee|Board|Meeting))?\s*:|Responsible Financial Officer\s*:|RFO\s*:)/i,
  },
];

/**
 * How they attended, between a label's words and its colon: "Members present in person:", "PRESENT IN
 * REMOTE LOCATION:", "Also present via Teams virtually:", "Present (by video link) –". The label is the
 * same list however its members attended.
 */
const manner =
  /^([\p{L} -]{3,40}?)\s+\(?\s*(?:in person|in (?:the )?(?:council )?(?:chamber|room)|(?:in (?:a )?)?remote(?:ly)?(?: location)?|virtually|online|by (?:video|telephone|phone)(?:[- ]?(?:link|conference))?|(?:(?:remotely|virtually|online)\s+)?via (?:Microsoft Teams|MS Teams|Teams|Zoom|Skype|video[- ]?(?:link|conference)|remote (?:link|access))(?:\s+(?:virtually|remotely))?)\s*\)?(?=\s*(?::-?|[–—-]))/iu;

const mannerEnd = /[:–—-]/;

/** The label a paragraph opens with, and what follows it on the line. */
export function labelOf(line: string): Label | null {
  // `manner` ends before a colon or a dash: a line with neither (most of an item's paragraphs) has none.
  const text = mannerEnd.test(line) ? line.replace(manner, '$1') : line;
  for (const { section, pattern, carry, role } of labels) {
    const match = pattern.exec(text);
    if (!match) continue;
    let rest = text
      .slice(match[0].length)
      // "Present (in person):", "Present (remotely) –": how they attended, before the colon.
      .replace(/^\s*(?:\([^()]{1,30}\)\s*(?=:|[–—-]))?(?:\)\s*)?(?::-|:|[–—-]+|\.)?\s*/, '')
      .trim();
    // "Co-opted members present": the label's own last words; "Apologies received (from):".
    rest = rest.replace(
      /^(?:present|in attendance|attending|(?:were\s+)?(?:received|noted|given)(?:\s+from)?(?=\s*(?::|[–—-])))\b\s*(?::-?|[–—-]+)?\s*/i,
      '',
    );
    // "Apologies  Cllr B Nattrass … for absence:": a left-hand label's second line run on after the names.
    if (honorificStart.test(rest))
      rest = rest.replace(/\s+(?:for absence|in attendance|present)\s*:-?$/i, '');
    // "Members attending in accordance with Standing Orders 8 and 25:-": all label.
    if (/:-?$/.test(rest) && rest.length < 120 && !/[,;]/.test(rest)) rest = '';
    // A sentence that only starts like a label: "Officers explained that …".
    if (
      rest &&
      /^[a-z]/.test(rest) &&
      !/^(?:were|was|received|from|for|on behalf|and|noted|via|acting|present|in attendance|attending)\b/.test(
        rest,
      ) &&
      section !== 'apologies'
    ) {
      // "Officers present all items:", "In attendance by invitation:": a label qualified before its colon.
      return labelByMeaning(text);
    }
    return {
      section: section === 'otherMembers' ? 'others' : section,
      rest,
      carry: carry ?? '',
      partial: /^(?:ALSO|APOLOGIES FOR|OFFICERS IN|OTHER MEMBERS IN|IN|Non-Committee)$/.test(match[0].trim()),
      role: role ?? '',
      otherMembers: section === 'otherMembers',
    };
  }
  return labelByMeaning(text);
}

/**
 * A label the list above does not know, read by its words: a short head before a colon that says who
 * (members, councillors, officers, others, guests) and how (present, in attendance, attending, apologies,
 * absent, substituting), in any order and with any qualifier: "Council members present:", "Officers
 * present for all or part of the meeting:", "In attendance by invitation:", "Members' apologies:".
 */
const meaningHead = /^([\p{L}'’()\s-]{3,90}?)\s*:-?\s*(.*)$/u;
/** The words that make a head a label of attendance. */
const presenceWord =
  /\b(?:present|presence|attendance|attending|attended|apolog(?:y|ies)|absent|absence|substitut\w*|deputis\w*|sederunt)\b/i;
/** Words a sentence's head has and a label's has not. */
const sentenceWord =
  /\b(?:is|are|be|been|had|has|have|will|would|should|noted|resolved|agreed|asked|said|reported|declared|that|which|if|when|public|press|media)\b/i;

function labelByMeaning(text: string): Label | null {
  if (!text.includes(':')) return null;
  const head = meaningHead.exec(text);
  if (!head) return null;
  const words = head[1]!.trim();
  if (words.split(/\s+/).length > 10 || !presenceWord.test(words) || sentenceWord.test(words)) return null;
  const rest = head[2]!.trim();
  // "Apologies for lateness:", "Absent without apologies:": they came, or sent none.
  const section: Section = /\b(?:lateness|late|without|not present|absent|absence)\b/i.test(words)
    ? /\bapolog/i.test(words) && !/\b(?:lateness|late|without)\b/i.test(words)
      ? 'apologies'
      : 'absent'
    : /\bapolog/i.test(words)
      ? 'apologies'
      : /\b(?:substitut|deputis)/i.test(words)
        ? 'substitutes'
        : /\b(?:officers?|officials?|staff|employees|clerks?|secretariat|advis[eo]rs?)\b/i.test(words)
          ? 'officers'
          : /\b(?:also|others?|other|visiting|guests?|observers?|speakers?|invitation|invited|non-committee|ward|cabinet|executive)\b/i.test(
                words,
              )
            ? 'others'
            : 'present';
  return {
    section,
    rest,
    carry: /\b(?:Councillors|Cllrs)\b/i.test(words) ? 'Councillor' : '',
    partial: false,
    role: '',
    otherMembers: false,
  };
}
