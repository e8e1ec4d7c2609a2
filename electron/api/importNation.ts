// Which nation a committee made by an import is in, so that its deadlines, its exemption law and the
// kinds of interest offered are that nation's, not England's by default: what the text cites
// (Scotland's 1973 Act or Schedule 7A, Northern Ireland's 2014 Act, a Welsh Act), else the council's
// own nation where all its committees share one, else the kinds of interest its declarations name
// (Scotland's financial and non-financial, Northern Ireland's non-pecuniary), else England.
import type { Nation } from '../../shared/calendar';
import { importedExemption } from '../../shared/exemptBasis';
import type { ImportStructure } from '../../shared/importing';

const cited: [RegExp, Nation][] = [
  [/\bLocal Government \(Scotland\) Act\b|\bSchedule 7A\b|\bsection 50A\b|\bs\.?\s?50A\b/i, 'scotland'],
  [/\(Northern Ireland\)/i, 'ni'],
  [/\((?:Wales|Cymru)\)|\bWelsh Ministers\b/i, 'wales'],
];

const declared: [RegExp, Nation][] = [
  [/\b(?:non[- ])?financial\s+interests?\b|\(\s*(?:non[- ])?financial\s*\)/i, 'scotland'],
  [/\bnon[- ]pecuniary\b/i, 'ni'],
];

/** The nation the text cites the law of, or null where it cites none. */
export function nationCited(structure: ImportStructure): Nation | null {
  if (structure.items.some((item) => importedExemption(item)?.basis === 'schedule 7A')) return 'scotland';
  const text = [
    structure.meeting?.committee ?? '',
    ...structure.items.flatMap((item) => [
      item.title,
      item.purpose,
      item.minutesText,
      ...item.decisions.flatMap((decision) => [decision.preamble, ...decision.clauses.map((c) => c.text)]),
    ]),
  ].join('\n');
  for (const [pattern, nation] of cited) if (pattern.test(text)) return nation;
  return null;
}

/** The nation whose kinds of interest the declarations name, or null. */
function nationDeclared(structure: ImportStructure): Nation | null {
  const declarations = (structure.meeting?.declarations ?? []).map((d) => d.text).join('\n');
  for (const [pattern, nation] of declared) if (pattern.test(declarations)) return nation;
  return null;
}

/**
 * The nation for a committee the import makes: the law the text cites; else the council's (the one
 * nation all its committees share); else the kinds of interest the declarations name; else England.
 */
export function nationForNewCommittee(structure: ImportStructure, committeeNations: Nation[]): Nation {
  const council = new Set(committeeNations);
  return (
    nationCited(structure) ??
    (council.size === 1 ? [...council][0]! : null) ??
    nationDeclared(structure) ??
    'england'
  );
}
