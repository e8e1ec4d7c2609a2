// A document's preview, kept up to date: asked for again every second and a half while the window is
// in view (every few seconds when it is not), and answered anew only when something has been saved
// since (the API's change stamp), so what the officer types in any window shows here moments after
// it is saved, at the cost of one statement when nothing has changed.
import { useEffect, useState } from 'react';
import type { DocumentModel } from '../../shared/document';
import type { MethodInput } from '../../shared/api';
import { api } from '../api/client';

export type PreviewRequest = Omit<MethodInput<'exports.preview'>, 'unlessStamp'>;

const IN_VIEW_MS = 1500;
const HIDDEN_MS = 6000;

export function usePreview(request: PreviewRequest) {
  const [shown, setShown] = useState<{ key: string; model: DocumentModel; at: Date } | null>(null);
  const [error, setError] = useState<{ key: string; message: string } | null>(null);
  const key = JSON.stringify(request);

  useEffect(() => {
    const asked = JSON.parse(key) as PreviewRequest;
    let stamp: string | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    const load = async () => {
      clearTimeout(timer);
      try {
        const answer = await api.call('exports.preview', { ...asked, unlessStamp: stamp });
        if (!alive) return;
        stamp = answer.stamp;
        if (answer.model) setShown({ key, model: answer.model, at: new Date() });
        setError(null);
      } catch (failure) {
        if (alive) setError({ key, message: failure instanceof Error ? failure.message : String(failure) });
      } finally {
        if (alive) timer = setTimeout(() => void load(), document.hidden ? HIDDEN_MS : IN_VIEW_MS);
      }
    };
    const onVisible = () => {
      if (!document.hidden) void load();
    };
    void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      alive = false;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [key]);

  // Only ever what was asked for: never the confidential version while the public one loads.
  return {
    model: shown?.key === key ? shown.model : null,
    shownAt: shown?.key === key ? shown.at : null,
    error: error?.key === key ? error.message : null,
  };
}
