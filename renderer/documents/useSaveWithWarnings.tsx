// Saving a document as Word, asking first when the minutes have vote or quorum warnings: the page
// lists them (worked out in the main process from the attendance rules) and saves only if told to.
import { useState } from 'react';
import { saveDocument, type ExportRequest } from '../api/saveDocument';
import { api } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useAppStore } from '../state/store';

export function useSaveWithWarnings() {
  const perform = useAppStore((state) => state.perform);
  const announce = useAppStore((state) => state.announce);
  const [asking, setAsking] = useState<{ request: ExportRequest; warnings: string[] } | null>(null);

  const saveNow = (request: ExportRequest) =>
    void perform(
      () => saveDocument(request),
      (message) => message ?? 'Not saved.',
    ).then((message) => message === null && announce('Not saved.'));

  const save = (request: ExportRequest) =>
    void perform(
      () =>
        api.call('exports.warnings', {
          meetingId: request.meetingId,
          kind: request.kind,
          version: request.version,
        }),
      () => '',
    ).then((checked) => {
      if (!checked) return;
      if (checked.warnings.length) setAsking({ request, warnings: checked.warnings });
      else saveNow(request);
    });

  const dialog = asking ? (
    <ConfirmDialog
      title="Save the minutes with these warnings?"
      message={`${asking.warnings.length === 1 ? 'One thing does' : `${asking.warnings.length} things do`} not square with the attendance. Put right what is wrong first, or save as it stands.`}
      confirmLabel="Save anyway"
      onCancel={() => {
        setAsking(null);
        announce('Not saved.');
      }}
      onConfirm={() => {
        const { request } = asking;
        setAsking(null);
        saveNow(request);
      }}
    >
      <ul className="save-warnings">
        {asking.warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </ConfirmDialog>
  ) : null;
  return { save, dialog };
}
