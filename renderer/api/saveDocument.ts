// "Save as Word": in the desktop app, a save dialog (the main process writes the file); in browser
// mode, the browser's own download of the document the server built.
import type { MethodInput } from '../../shared/api';
import { api } from './client';

export type ExportRequest = MethodInput<'exports.build'>;
export type StatutoryExportRequest = MethodInput<'statutoryExports.build'>;

/** Saves the document; resolves to what to tell the officer, or null when they cancelled. */
export async function saveDocument(request: ExportRequest): Promise<string | null> {
  if (window.minutebook) {
    const outcome = await api.call('exports.save', request);
    return 'saved' in outcome ? `Saved ${outcome.saved}.` : null;
  }
  return download(await api.call('exports.build', request));
}

/** A statutory-cycle document (notice of key decisions, decision notice, officer decisions), saved as above. */
export async function saveStatutoryDocument(request: StatutoryExportRequest): Promise<string | null> {
  if (window.minutebook) {
    const outcome = await api.call('statutoryExports.save', request);
    return 'saved' in outcome ? `Saved ${outcome.saved}.` : null;
  }
  return download(await api.call('statutoryExports.build', request));
}

function download({ fileName, base64 }: { fileName: string; base64: string }): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(
    new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return `Downloaded “${fileName}”.`;
}
