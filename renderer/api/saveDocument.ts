// "Save as Word" (and the decisions register as CSV): in the desktop app, a save dialog (the main
// process writes the file); in browser mode, the browser's own download of what the server built.
import type { MethodInput } from '../../shared/api';
import { api } from './client';

export type ExportRequest = MethodInput<'exports.build'>;
export type StatutoryExportRequest = MethodInput<'statutoryExports.build'>;
export type RegisterRequest = MethodInput<'decisionRegister.build'>;

const mimeTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
} as const;

/** The browser's own download of bytes the server built. */
function download(fileName: string, base64: string, type: string): string {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return `Downloaded “${fileName}”.`;
}

/** Saves the document; resolves to what to tell the officer, or null when they cancelled. */
export async function saveDocument(request: ExportRequest): Promise<string | null> {
  if (window.minutebook) {
    const outcome = await api.call('exports.save', request);
    return 'saved' in outcome ? `Saved ${outcome.saved}.` : null;
  }
  const { fileName, base64 } = await api.call('exports.build', request);
  return download(fileName, base64, mimeTypes.docx);
}

/** Saves the decisions register as Word or CSV; resolves to what to tell the officer, or null when they cancelled. */
export async function saveRegister(request: RegisterRequest): Promise<string | null> {
  if (window.minutebook) {
    const outcome = await api.call('decisionRegister.save', request);
    return 'saved' in outcome ? `Saved ${outcome.saved}.` : null;
  }
  const { fileName, base64 } = await api.call('decisionRegister.build', request);
  return download(fileName, base64, mimeTypes[request.format]);
}

/** A statutory-cycle document (notice of key decisions, decision notice, officer decisions), saved as above. */
export async function saveStatutoryDocument(request: StatutoryExportRequest): Promise<string | null> {
  if (window.minutebook) {
    const outcome = await api.call('statutoryExports.save', request);
    return 'saved' in outcome ? `Saved ${outcome.saved}.` : null;
  }
  const { fileName, base64 } = await api.call('statutoryExports.build', request);
  return download(fileName, base64, mimeTypes.docx);
}
