// Reading back an item entered from a seed: its minutes, people and decisions through the API, then
// again after a reload and after the server is restarted on the same data.
import { expect, test, type Page } from '@playwright/test';
import { callApi } from './helpers';
import { serve, type ServeProcess } from './server';

export interface Stored {
  minutes: { doc: { type: string; content: { type: string }[] } };
  people: { role: string; capacity: string; person: { honorific: string; name: string; role: string } }[];
  decisions: {
    keyword: string;
    qualifier: string;
    preamble: string;
    clauseStyle: string;
    moverId: string | null;
    seconderId: string | null;
    clauses: { groupHeading: string; doc: object }[];
  }[];
}

export async function readItem(page: Page, itemId: string): Promise<Stored> {
  return {
    minutes: await callApi(page, 'minutes.get', { itemId }),
    people: await callApi(page, 'itemPeople.list', { itemId }),
    decisions: await callApi(page, 'decisions.list', { itemId }),
  };
}

/**
 * The server a seed spec enters its minutes into, stopped after each test whichever one is running,
 * and its read after a reload and a restart.
 */
export function seedEntryServer() {
  let server: ServeProcess | undefined;
  test.afterEach(async () => {
    await server?.stop();
    server = undefined;
  });
  const slot = {
    current: () => server!,
    replace: (next: ServeProcess) => (server = next),
  };
  return {
    start: async (dataDir: string): Promise<ServeProcess> => {
      server = await serve(dataDir);
      return server;
    },
    readAfterReloadAndRestart: restartingReader(slot),
  };
}

function restartingReader(slot: { current(): ServeProcess; replace(next: ServeProcess): void }) {
  return async function readAfterReloadAndRestart(
    page: Page,
    dataDir: string,
    itemId: string,
  ): Promise<Stored[]> {
    await page.reload();
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    const afterReload = await readItem(page, itemId);
    await slot.current().stop();
    const server = await serve(dataDir);
    slot.replace(server);
    await page.goto(server.launchUrl);
    await page.evaluate((id) => (window.location.hash = `#/items/${id}`), itemId);
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    return [afterReload, await readItem(page, itemId)];
  };
}
