// The sample's agendas: the items every meeting opens with, and each meeting's own business.
import type { AgendaItem, Person } from '../../../shared/domain';
import { createAgendaItem } from '../agendaItems';
import type { Db } from '../database';
import type { SampleCouncil } from './council';

export interface SampleItem {
  title: string;
  purpose: string;
  lead: Person;
  exemptParagraph?: number;
}

/** Apologies, declarations and the minutes of the last meeting: the first three items of every agenda. */
export function openingItems({ people }: SampleCouncil): SampleItem[] {
  const lead = people.democratic;
  return [
    {
      title: 'Apologies for absence and substitutions',
      purpose: 'To receive apologies for absence and to note any substitutions.',
      lead,
    },
    {
      title: 'Declarations of interest',
      purpose: 'To receive any declarations of interest from members in respect of items on this agenda.',
      lead,
    },
    {
      title: 'Minutes of the previous meeting',
      purpose: 'To approve as a correct record the minutes of the previous meeting.',
      lead,
    },
  ];
}

export function createItems(db: Db, meetingId: string, items: SampleItem[]): AgendaItem[] {
  return items.map((item) =>
    createAgendaItem(db, {
      meetingId,
      title: item.title,
      purpose: item.purpose,
      leadOfficerId: item.lead.id,
      exempt: item.exemptParagraph !== undefined,
      exemptParagraph: item.exemptParagraph ?? null,
    }),
  );
}

/** The meeting being prepared: its agenda only. */
export function upcomingItems(council: SampleCouncil): SampleItem[] {
  const { people } = council;
  return [
    ...openingItems(council),
    {
      title: 'Branch library opening hours: outcome of consultation',
      purpose:
        'To consider a report of the Director of Communities on the responses to the consultation on opening hours at the five branch libraries.',
      lead: people.libraries,
    },
    {
      title: 'Winter warm spaces programme',
      purpose:
        'To receive an update on the community warm spaces run with parish councils and voluntary groups last winter, and the plans for this year.',
      lead: people.director,
    },
    {
      title: 'Work programme',
      purpose: 'To review the committee’s work programme for the remainder of the municipal year.',
      lead: people.democratic,
    },
    {
      title: 'Leisure centre operator contract: commercial terms',
      purpose:
        'To consider the commercial terms offered by bidders for the leisure centre operator contract.',
      lead: people.director,
      exemptParagraph: 3,
    },
  ];
}
