// The statutory cycle's Word documents, built through the router (statutoryExports.build, in the
// export worker) and read back: the notice of key decisions, decision notices, an officer decision
// record and the register, with every field; the public editions carry nothing exempt; LibreOffice
// opens each (where soffice is installed).
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import type { Person } from '../../shared/domain';
import type { OfficerDecision } from '../../shared/statutory';
import { convertWithLibreOffice, readDocx, sofficeInstalled } from './docx';
import { allXml, expectInOrder } from './exported';
import { COUNCIL, SLOW, ok, tempCore } from './helpers';
import { executiveMeeting, exemptSecrets } from './statutoryFixture';

async function built(core: Core, request: Record<string, unknown>) {
  const { base64, fileName } = await ok<{ base64: string; fileName: string }>(
    core,
    'statutoryExports.build',
    request,
  );
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  return { bytes, fileName, doc: await readDocx(bytes) };
}

/** The cabinet with a forward plan, notices published and called in, and officer decisions. */
async function statutoryData(core: Core) {
  const cabinet = await executiveMeeting(core);
  await ok(core, 'keyDecisions.create', {
    committeeId: cabinet.committee.id,
    reference: 'KD 2023/07',
    matter: 'Revenue budget monitoring and virements',
    decisionMaker: 'Cabinet',
    decisionDate: '2023-04-13',
    itemId: cabinet.budget.id,
    documents: 'Report of the Director of Finance; Appendix 2, virements',
    documentsFrom: 'Democratic Services, Town Hall, Anytown AN1 1AA',
    contact: 'Sam Patel, Democratic Services Manager, 01234 567890',
    noticePublishedOn: '2023-03-15',
  });
  await ok(core, 'keyDecisions.create', {
    committeeId: cabinet.committee.id,
    reference: 'KD 2023/09',
    matter: 'Sale of the Mill Lane depot',
    decisionMaker: 'Cabinet',
    decisionDate: '2023-04-13',
    documents: 'Exempt report of the Director of Place',
    contact: 'Lee Hart, Estates Manager',
    noticePublishedOn: '2023-04-03',
    private: true,
    exemptParagraph: 3,
    privateReasons: 'The report contains the bidders’ offers.',
    urgencyRoute: 'general exception',
    routeAgreedBy: 'Councillor Jo Brand, Chair of Overview and Scrutiny',
    routeNoticeOn: '2023-04-03',
    routeReasons: 'The buyer set a deadline of 14 April.',
  });
  await ok(core, 'keyDecisions.create', {
    committeeId: cabinet.committee.id,
    matter: 'Emergency flood grant',
    decisionMaker: 'Councillor Amara Okoye, Leader of the Council',
    decisionDate: '2023-04-20',
    noticePublishedOn: '2023-04-17',
    urgencyRoute: 'special urgency',
    routeAgreedBy: 'Councillor Jo Brand',
    routeNoticeOn: '2023-04-17',
    routeReasons: 'The grant must be claimed by 21 April.',
  });
  await ok(core, 'decisionNotices.save', {
    decisionId: cabinet.budgetDecision.id,
    publishedOn: '2023-04-13',
    dispensations: 'None granted.',
  });
  await ok(core, 'callIns.record', {
    decisionId: cabinet.budgetDecision.id,
    calledInBy: 'Councillors Lee and Moss',
    calledInOn: '2023-04-18',
  });
  await ok(core, 'decisionNotices.save', {
    decisionId: cabinet.depotDecision.id,
    publishedOn: '2023-04-13',
    exemptFromCallIn: true,
    urgencyReason: exemptSecrets.urgency,
    dispensations: exemptSecrets.dispensations,
  });
  const officer = await ok<Person>(core, 'people.create', {
    name: 'Priya Natarajan',
    honorific: '',
    role: 'Director of Place',
    organisation: '',
    party: '',
    kind: 'officer',
  });
  const record = await ok<OfficerDecision>(core, 'officerDecisions.create', {
    kind: 'executive',
    reference: 'ODR 2023/041',
    title: 'Award of the school meals contract',
    decision: 'To award the school meals contract to Fresh Plates Ltd for three years.',
    decidedOn: '2023-04-17',
    officerId: officer.id,
    authority: 'Scheme of delegation, Part 3, paragraph 4.2',
    reasons: 'The most economically advantageous tender.',
    alternatives: 'Extending the current contract was rejected as poor value.',
    consultation: 'Councillor Amara Okoye, Cabinet Member for Education.',
    interests: 'Councillor Okoye declared that her son attends a school in the contract.',
    dispensations: 'Dispensation granted by the Chief Executive on 3 April 2023.',
    publishedOn: '2023-04-19',
  });
  const exempt = await ok<OfficerDecision>(core, 'officerDecisions.create', {
    kind: 'delegated',
    reference: 'ODR 2023/042',
    title: 'Settlement of an employment claim',
    decision: 'To settle the claim of Employee X for £42,000.',
    decidedOn: '2023-04-18',
    officerId: officer.id,
    reasons: 'Legal advice put the chance of losing at the tribunal above 70 per cent.',
    exemptParagraph: 1,
  });
  return { ...cabinet, record, exempt };
}

describe('the statutory cycle as Word', SLOW, () => {
  it('the notice of key decisions for a period gives reg 9’s fields, the members, private meetings and urgency routes', async () => {
    const core = tempCore();
    const data = await statutoryData(core);
    const { doc, fileName } = await built(core, {
      kind: 'key decisions',
      committeeId: data.committee.id,
      from: '2023-04-01',
      to: '2023-04-30',
    });
    expect(fileName).toBe('Cabinet key decisions 2023-04-01 to 2023-04-30.docx');
    expectInOrder(doc.text, [
      COUNCIL,
      'Notice of key decisions',
      'Cabinet: key decisions to be taken from Saturday 1 April 2023 to Sunday 30 April 2023',
      'Date of this notice:',
      'regulation 9 of the Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012',
      'Other documents relevant to these matters may be submitted to the decision maker.',
      'Members of Cabinet',
      'Councillor Amara Okoye (Chair)',
      'Councillor Ruth Ellis (Vice-Chair)',
      'Councillor Gareth Price',
      'KD 2023/07: Revenue budget monitoring and virements',
      'Matter',
      'Revenue budget monitoring and virements',
      'Decision maker',
      'Cabinet',
      'Date of decision',
      'Thursday 13 April 2023',
      'Meeting',
      'Cabinet, Thursday 13 April 2023, item 1',
      'Documents to be submitted',
      'Report of the Director of Finance; Appendix 2, virements',
      'Documents available from',
      'Democratic Services, Town Hall, Anytown AN1 1AA',
      'Contact',
      'Sam Patel, Democratic Services Manager, 01234 567890',
      'First published in this notice',
      'Wednesday 15 March 2023 (28 clear days before the decision)',
      'To be taken in private',
      'No',
      'KD 2023/09: Sale of the Mill Lane depot',
      'Monday 3 April 2023',
      'Yes: the report is likely to contain exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972. Reasons: The report contains the bidders’ offers.',
      'General exception (regulation 10)',
      'The chair of the relevant overview and scrutiny committee (Councillor Jo Brand, Chair of Overview and Scrutiny) was told in writing. Notice given on Monday 3 April 2023. Reasons: The buyer set a deadline of 14 April.',
      'Emergency flood grant',
      'Councillor Amara Okoye, Leader of the Council',
      'Thursday 20 April 2023',
      'Special urgency (regulation 11)',
      'Agreed by Councillor Jo Brand on Monday 17 April 2023. Reasons: The grant must be claimed by 21 April.',
    ]);
    expect(allXml(doc)).toContain('w:tblHeader');
    expect(doc.parts.get('word/styles.xml')).toContain('en-GB');
  });

  it('decision notices give the decision, reasons, alternatives, interests, dispensations, publication, call-in and its record; the public edition withholds the exempt item', async () => {
    const core = tempCore();
    const data = await statutoryData(core);
    const confidential = await built(core, {
      kind: 'decision notice',
      meetingId: data.meeting.id,
      edition: 'confidential',
    });
    expect(confidential.fileName).toBe('Cabinet 2023-04-13 decision notices (confidential).docx');
    expectInOrder(confidential.doc.text, [
      'Decision notices',
      'Decisions of Cabinet taken at its meeting on Thursday 13 April 2023',
      'Cabinet: Councillor Amara Okoye, Councillor Ruth Ellis, Councillor Gareth Price.',
      'CAB1. Revenue budget monitoring',
      'Decision',
      'RESOLVED that',
      '(1) The forecast outturn be noted.',
      '(2) The virements in Appendix 2 be approved.',
      'Decision maker',
      'Date of decision',
      'Thursday 13 April 2023',
      'Reasons for the decision',
      'To keep spending within the approved budget.',
      'Alternative options considered and rejected',
      'Drawing on reserves was considered and rejected.',
      'Conflicts of interest declared',
      'Councillor Gareth Price declared an other registrable interest (as a trustee of the Anytown Foodbank).',
      'Dispensations',
      'None granted.',
      'Date of publication',
      'Call-in deadline',
      '5.00 pm on Thursday 20 April 2023 (5 working days after publication)',
      'Effective from',
      'Friday 21 April 2023, unless called in',
      'Called in',
      'By Councillors Lee and Moss on Tuesday 18 April 2023. Outcome: pending.',
      'Status',
      'not to be implemented until the call-in is decided.',
      'CAB2. Sale of the Mill Lane depot',
      exemptSecrets.clause,
      exemptSecrets.reasons,
      exemptSecrets.alternatives,
      `declared a disclosable pecuniary interest (${exemptSecrets.interest}) and withdrew from the meeting for this item.`,
      exemptSecrets.dispensations,
      'Exempt from call-in: the decision is urgent (The buyer’s offer lapses on 14 April). It takes effect on Thursday 13 April 2023.',
    ]);
    const header = [...confidential.doc.parts].find(([part]) => part.startsWith('word/header'))![1];
    expect(header).toContain('NOT FOR PUBLICATION');

    const published = await built(core, {
      kind: 'decision notice',
      meetingId: data.meeting.id,
      edition: 'public',
    });
    expect(published.fileName).toBe('Cabinet 2023-04-13 decision notices (public).docx');
    expectInOrder(published.doc.text, [
      'CAB1. Revenue budget monitoring',
      'To keep spending within the approved budget.',
      'CAB2. Sale of the Mill Lane depot',
      'RESOLVED that the depot be sold as set out in the exempt report.',
      'The decision is not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.',
      'Councillor Ruth Ellis declared a disclosable pecuniary interest and withdrew from the meeting for this item.',
      'Exempt from call-in: the decision is urgent. It takes effect on Thursday 13 April 2023.',
    ]);
    const everything = allXml(published.doc);
    for (const secret of Object.values(exemptSecrets)) {
      expect(everything).not.toContain(secret.slice(0, 30));
    }
    const one = await built(core, {
      kind: 'decision notice',
      meetingId: data.meeting.id,
      decisionId: data.budgetDecision.id,
    });
    expect(one.fileName).toBe('Cabinet 2023-04-13 decision notice CAB1 (public).docx');
    expect(one.doc.text).toContain('Decision notice');
    expect(one.doc.text).not.toContain('Sale of the Mill Lane depot');
  });

  it('an officer decision record gives reg 7 / reg 13’s fields; the register lists a period, and its public edition keeps of an exempt record only its heading', async () => {
    const core = tempCore();
    const data = await statutoryData(core);
    const record = await built(core, { kind: 'officer decision', id: data.record.id, edition: 'public' });
    expect(record.fileName).toBe('Officer decision 2023-04-17 ODR 2023 041 (public).docx');
    expectInOrder(record.doc.text, [
      'Record of an officer decision',
      'ODR 2023/041: Award of the school meals contract',
      'Kind',
      'Executive decision taken by an officer',
      'regulation 13',
      'Reference',
      'ODR 2023/041',
      'Title',
      'Award of the school meals contract',
      'Date of decision',
      'Monday 17 April 2023',
      'Decision maker',
      'Priya Natarajan, Director of Place',
      'Decision',
      'To award the school meals contract to Fresh Plates Ltd for three years.',
      'Authority (delegation relied on)',
      'Scheme of delegation, Part 3, paragraph 4.2',
      'Reasons for the decision',
      'The most economically advantageous tender.',
      'Alternative options considered and rejected',
      'Extending the current contract was rejected as poor value.',
      'Consultation',
      'Councillor Amara Okoye, Cabinet Member for Education.',
      'Conflicts of interest declared',
      'Councillor Okoye declared that her son attends a school in the contract.',
      'Dispensations',
      'Dispensation granted by the Chief Executive on 3 April 2023.',
      'Date of publication',
      'Wednesday 19 April 2023',
    ]);
    const register = await built(core, {
      kind: 'officer register',
      from: '2023-04-01',
      to: '2023-04-30',
      edition: 'public',
    });
    expect(register.fileName).toBe('Officer decisions register 2023-04-01 to 2023-04-30 (public).docx');
    expectInOrder(register.doc.text, [
      'Register of officer decisions',
      'Decisions taken by officers from Saturday 1 April 2023 to Sunday 30 April 2023',
      'Date of this register:',
      'Date',
      'Reference',
      'Decision',
      'Officer',
      'Kind',
      'Published',
      'Monday 17 April 2023',
      'ODR 2023/041',
      'Award of the school meals contract',
      'Priya Natarajan, Director of Place',
      'Executive',
      'Wednesday 19 April 2023',
      'Tuesday 18 April 2023',
      'ODR 2023/042',
      'Settlement of an employment claim',
      'Delegated',
      'Not yet',
      'ODR 2023/041: Award of the school meals contract',
      'ODR 2023/042: Settlement of an employment claim',
      'Delegated decision (Openness of Local Government Bodies Regulations 2014, regulation 7)',
      'This record is not for publication by virtue of paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972.',
    ]);
    expect(allXml(register.doc)).not.toContain('£42,000');
    expect(allXml(register.doc)).not.toContain('tribunal');
    const confidential = await built(core, {
      kind: 'officer register',
      from: '2023-04-01',
      to: '2023-04-30',
      edition: 'confidential',
    });
    expect(confidential.doc.text).toContain('To settle the claim of Employee X for £42,000.');
    expect([...confidential.doc.parts].find(([part]) => part.startsWith('word/header'))![1]).toContain(
      'NOT FOR PUBLICATION',
    );
  });

  // One conversion a test: soffice may take up to two minutes on a loaded two-core machine.
  for (const kind of ['key decisions', 'decision notice', 'officer decision', 'officer register'] as const) {
    it.skipIf(!sofficeInstalled)(
      `LibreOffice opens the ${kind === 'key decisions' ? 'notice of key decisions' : kind}`,
      async () => {
        const core = tempCore();
        const data = await statutoryData(core);
        const request = {
          'key decisions': { kind, committeeId: data.committee.id, from: '2023-04-01', to: '2023-04-30' },
          'decision notice': { kind, meetingId: data.meeting.id, edition: 'confidential' },
          'officer decision': { kind, id: data.record.id, edition: 'public' },
          'officer register': { kind, from: '2023-04-01', to: '2023-04-30', edition: 'confidential' },
        }[kind];
        const { bytes } = await built(core, request);
        const { pages, text } = convertWithLibreOffice(bytes);
        expect(pages, request.kind).toBeGreaterThanOrEqual(1);
        expect(pages, request.kind).toBeLessThanOrEqual(6);
        expect(text.length, request.kind).toBeGreaterThan(300);
      },
    );
  }
});
