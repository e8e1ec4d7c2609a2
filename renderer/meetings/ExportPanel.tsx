// The Word documents of a meeting: minutes and agenda, public (safe to publish) or confidential.
import type { MeetingDetail } from '../../shared/domain';
import type { ExportRequest } from '../api/saveDocument';
import { useState } from 'react';
import { CheckboxField } from '../components/Field';
import { useSaveWithWarnings } from '../documents/useSaveWithWarnings';
import { href } from '../state/route';

export function ExportPanel({ detail }: { detail: MeetingDetail }) {
  const exempt = detail.items.filter((item) => item.exempt).length;
  const [current, setCurrent] = useState(false);
  const everApproved = detail.approvals.length > 0;
  const { save: saveChecked, dialog } = useSaveWithWarnings();
  const save = (request: Omit<ExportRequest, 'meetingId'>) =>
    saveChecked({
      meetingId: detail.meeting.id,
      ...request,
      version: everApproved && current ? 'current' : 'approved',
    });
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Word documents</h2>
      <p>
        <a href={href({ screen: 'document', id: detail.meeting.id, kind: 'minutes', edition: 'public' })}>
          See the minutes and agenda as the documents read
        </a>
      </p>
      <p className="hint">
        {exempt
          ? `The public versions leave out everything about the ${exempt === 1 ? 'exempt item' : `${exempt} exempt items`} but the title, the resolution excluding the public and any decision wording marked publishable. The confidential versions are marked “NOT FOR PUBLICATION” on every page.`
          : 'No item is exempt, so the public and confidential versions say the same; the confidential one is marked “NOT FOR PUBLICATION”.'}
      </p>
      {everApproved ? (
        <CheckboxField
          label={
            detail.meeting.status === 'minutes approved'
              ? 'Export the current version (the same as approved)'
              : 'Export the current version, with changes since approval, instead of the approved one'
          }
          checked={current}
          onChange={setCurrent}
        />
      ) : null}
      <div className="button-row">
        <button type="button" onClick={() => save({ kind: 'minutes', edition: 'public' })}>
          Minutes (public)
        </button>
        <button type="button" onClick={() => save({ kind: 'minutes', edition: 'confidential' })}>
          Minutes (confidential)
        </button>
        <button type="button" onClick={() => save({ kind: 'agenda', edition: 'public' })}>
          Agenda (public)
        </button>
        <button type="button" onClick={() => save({ kind: 'agenda', edition: 'confidential' })}>
          Agenda (confidential)
        </button>
      </div>
      {dialog}
    </section>
  );
}
