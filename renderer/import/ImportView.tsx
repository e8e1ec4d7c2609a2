// Importing published minutes: paste text or open a .txt/.docx, see the structure found (items,
// people, decisions), correct it, then import it as one transaction. Nothing is written before
// "Import"; people are matched to the directory by name, and every new entry is shown first.
import { ExemptionFields } from '../items/ExemptionFields';
import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  awaitsExemptAnswer,
  itemLabel,
  signWords,
  type ImportItem,
  type ImportPreview,
  type ImportStructure,
} from '../../shared/importing';
import { importedExemption } from '../../shared/exemptBasis';
import type { RichNode } from '../../shared/richText';
import { api } from '../api/client';
import { CheckboxField, SelectField, TextField } from '../components/Field';
import { ViewHeading } from '../components/ViewHeading';
import { navigate } from '../state/route';
import { useAppStore } from '../state/store';
import { displayFileName } from '../../shared/fileNames';
import { base64Of } from './fileBytes';
import { FolderImport, type FolderFileToOpen } from './FolderImport';
import { NEW, PreviewCommittee } from './PreviewCommittee';

/** A decision the officer says is not one: its words go back into the minutes, where they were. */
function asNarrative(item: ImportItem, index: number): ImportItem {
  const decision = item.decisions[index]!;
  const head = [decision.keyword, decision.qualifier ? `(${decision.qualifier})` : '', decision.preamble]
    .filter(Boolean)
    .join(' ');
  const clauses = decision.clauses.map((clause) => [clause.label, clause.text].filter(Boolean).join(' '));
  // "RESOLVED That the report be noted." was one line as published, and is again.
  const lines =
    decision.clauses.length === 1 && !decision.clauses[0]!.label
      ? [`${head} ${clauses[0]}`]
      : [head, ...clauses];
  const paragraphs: RichNode[] = lines.map((text) => ({
    type: 'paragraph',
    content: [{ type: 'text', text }],
  }));
  const content = (item.minutes.content ?? []).filter(
    (node) => node.content?.length || node.type !== 'paragraph',
  );
  // The words written after the last decision now follow it as narrative, as they did in the text.
  const { afterDecisions, ...rest } = item;
  const keepsAfter = afterDecisions && index !== item.decisions.length - 1;
  return {
    ...rest,
    ...(keepsAfter ? { afterDecisions } : {}),
    decisions: item.decisions.filter((_, at) => at !== index),
    minutes: { type: 'doc', content: [...content, ...paragraphs] },
    minutesText: [item.minutesText, ...lines].filter(Boolean).join('\n'),
  };
}

export function ImportView({ meetingId }: { meetingId?: string }) {
  const committees = useAppStore((state) => state.committees);
  const perform = useAppStore((state) => state.perform);
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [structure, setStructure] = useState<ImportStructure | null>(null);
  const [committeeId, setCommitteeId] = useState(NEW);
  const [committeeName, setCommitteeName] = useState('');
  const [date, setDate] = useState('');
  const [people, setPeople] = useState<Record<string, string>>({});
  /** A folder's file opened here to be finished: imported with its hash, and its row told. */
  const [fromFolder, setFromFolder] = useState<FolderFileToOpen | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  // The reader is started and warmed up while the officer chooses a file (a failure only costs speed).
  useEffect(() => {
    api.call('imports.prepare', {}).catch(() => undefined);
  }, []);

  const found = (result: ImportPreview | undefined, from: FolderFileToOpen | null = null) => {
    if (!result) return;
    setFromFolder(from);
    setPreview(result);
    setStructure(result.structure);
    setCommitteeId(result.committeeId ?? NEW);
    setCommitteeName(result.structure.meeting?.committee ?? '');
    setDate(result.structure.meeting?.date ?? '');
    setPeople(Object.fromEntries(result.people.map((person) => [person.key, person.matchId ?? NEW])));
    // What the officer decided for a folder's file in its table so far.
    if (from?.target.committeeId) setCommitteeId(from.target.committeeId);
    if (from?.target.committeeName) {
      setCommitteeId(result.committeeId ?? NEW);
      setCommitteeName(from.target.committeeName);
    }
    if (from?.target.date) setDate(from.target.date);
  };
  const openFromFolder = (open: FolderFileToOpen) => {
    void perform(
      async () => api.call('imports.preview', { file: await base64Of(open.file), fileName: open.file.name }),
      (result) =>
        `Opened “${displayFileName(open.file.name)}” from the folder: ${result.structure.items.length} item${result.structure.items.length === 1 ? '' : 's'} found. Check them below, then import.`,
    ).then((result) => found(result, open));
  };
  // A folder's file opened here: the form's heading takes the focus once it is drawn.
  useEffect(() => {
    if (fromFolder && preview) previewHeading.current?.focus();
  }, [fromFolder, preview]);
  const findInText = (event: FormEvent) => {
    event.preventDefault();
    void perform(
      () => api.call('imports.preview', { text }),
      (result) =>
        `Found ${result.structure.items.length} item${result.structure.items.length === 1 ? '' : 's'}. Check them below, then import.`,
    ).then(found);
  };
  const openFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void perform(
      async () => api.call('imports.preview', { file: await base64Of(file), fileName: file.name }),
      (result) =>
        `Read “${displayFileName(file.name)}”: ${result.structure.items.length} item${result.structure.items.length === 1 ? '' : 's'} found. Check them below, then import.`,
    ).then(found);
  };
  const changeItem = (index: number, patch: Partial<ImportItem> | ((item: ImportItem) => ImportItem)) =>
    setStructure(
      (current) =>
        current && {
          ...current,
          items: current.items.map((item, at) =>
            at === index ? (typeof patch === 'function' ? patch(item) : { ...item, ...patch }) : item,
          ),
        },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!structure) return;
    const target = meetingId
      ? { meetingId }
      : {
          ...(committeeId === NEW ? { committeeName } : { committeeId }),
          ...(date ? { date } : {}),
        };
    const source = fromFolder ? { source: { hash: fromFolder.hash, fileName: fromFolder.file.name } } : {};
    void perform(
      () => api.call('imports.commit', { structure, target, people, ...source }),
      (result) =>
        `Imported ${result.itemIds.length} item${result.itemIds.length === 1 ? '' : 's'}. ${
          result.peopleAdded.length
            ? `Added to the directory: ${result.peopleAdded.join(', ')}.`
            : 'Everyone was already in the directory.'
        }`,
    ).then((result) => {
      if (!result) return;
      if (!fromFolder) return navigate({ screen: 'meeting', id: result.meetingId });
      // Back to the folder's table, where the file is now imported.
      setPreview(null);
      setStructure(null);
      setFromFolder(null);
      const committee =
        committeeId === NEW
          ? committeeName
          : (committees.find((each) => each.id === committeeId)?.name ?? '');
      fromFolder.imported(result.meetingId, { committee, date }, result.peopleAdded);
    });
  };
  // Items whose words say they may be exempt, not yet answered for: nothing is imported until they are.
  const waiting = structure?.items.filter(awaitsExemptAnswer) ?? [];
  const adding = useMemo(
    () => preview?.people.filter((person) => people[person.key] === NEW) ?? [],
    [preview, people],
  );

  return (
    <section>
      <ViewHeading focusKey="import">
        {meetingId ? 'Import items into this meeting' : 'Import minutes'}
      </ViewHeading>
      <p className="hint">
        Paste published minutes — a whole meeting, one item’s page, or a report — or open a .txt, Word (.docx)
        or PDF file. Nothing is saved until you press Import.
      </p>
      <form onSubmit={findInText} aria-label="Text or file to import" className="stacked-form">
        <TextField label="Text to import" multiline value={text} onChange={setText} />
        <div className="form-actions">
          <button type="submit" disabled={!text.trim()}>
            Find the structure
          </button>
          <label className="button-link file-button">
            Open a file (.txt, .docx or .pdf)…
            <input
              type="file"
              accept=".txt,.docx,.pdf,text/plain,application/pdf"
              onChange={openFile}
              className="visually-hidden"
            />
          </label>
        </div>
      </form>

      {meetingId ? null : <FolderImport onOpen={openFromFolder} />}

      {structure && preview ? (
        <form onSubmit={submit} aria-label="What will be imported" className="stacked-form import-preview">
          <h2 ref={previewHeading} tabIndex={-1}>
            What will be imported{fromFolder ? ` from “${displayFileName(fromFolder.file.name)}”` : ''}
          </h2>
          {structure.notes.length ? (
            <>
              <h3>Please check</h3>
              <ul aria-label="Please check">
                {structure.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </>
          ) : null}
          {meetingId ? null : (
            <fieldset>
              <legend>Meeting</legend>
              <PreviewCommittee
                committees={committees}
                preview={preview}
                namedInFolder={fromFolder?.namedInFolder ?? []}
                committeeId={committeeId}
                committeeName={committeeName}
                choose={(id, name) => {
                  setCommitteeId(id);
                  setCommitteeName(name);
                }}
              />
              <TextField label="Meeting date" type="date" required value={date} onChange={setDate} />
              {structure.meeting ? (
                <p className="hint">
                  {[
                    structure.meeting.venue,
                    `${structure.meeting.present.length} present`,
                    `${structure.meeting.apologies.length} apologies`,
                    `${structure.meeting.officers.length} officers`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              ) : null}
            </fieldset>
          )}
          <h3>Items</h3>
          <ol className="import-items">
            {structure.items.map((item, index) => (
              <li key={index}>
                <fieldset>
                  <legend>{item.title || `Item ${index + 1}`}</legend>
                  <TextField
                    label="Minute number"
                    value={item.number}
                    onChange={(number) => changeItem(index, { number })}
                  />
                  <TextField
                    label="Title"
                    required
                    value={item.title}
                    onChange={(title) => changeItem(index, { title })}
                  />
                  <CheckboxField
                    label="Exempt (Part 2)"
                    checked={item.exempt}
                    onChange={(exempt) =>
                      changeItem(index, {
                        exempt,
                        exemptBasis: exempt ? item.exemptBasis : null,
                        exemptParagraph: exempt ? item.exemptParagraph : null,
                        // Ticked, it is the officer's answer; unticked again, the question is asked again.
                        notExempt: false,
                      })
                    }
                  />
                  {item.exemptSigns?.length ? (
                    <ExemptQuestion
                      item={item}
                      answer={(exempt) =>
                        changeItem(index, {
                          exempt,
                          exemptBasis: exempt ? item.exemptBasis : null,
                          exemptParagraph: exempt ? item.exemptParagraph : null,
                          notExempt: !exempt,
                        })
                      }
                    />
                  ) : null}
                  {item.exempt ? (
                    <ExemptionFields
                      choose
                      value={{
                        // What the officer chose, else the law and paragraph the text cites.
                        exemptBasis: item.exemptBasis ?? item.exemption?.basis ?? null,
                        exemptParagraph: importedExemption(item)?.paragraph ?? null,
                      }}
                      // The officer's choice replaces the paragraph the text cited.
                      onChange={(exemption) => changeItem(index, { ...exemption, exemption: null })}
                    />
                  ) : null}
                  <p className="hint">
                    {[
                      item.minutesText
                        ? paragraphsOfMinutes(item.minutesText.split('\n').length)
                        : 'no minutes text',
                      item.attendees.length ? `${item.attendees.length} in attendance` : '',
                      item.actions.length
                        ? `${item.actions.length} action${item.actions.length === 1 ? '' : 's'}`
                        : '',
                      item.updates.length ? 'an update after the meeting' : '',
                      item.report ? 'a report' : '',
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  {item.decisions.map((decision, at) => (
                    <div key={at} className="import-decision">
                      <p>
                        <strong>{decision.keyword}</strong>{' '}
                        {decision.qualifier ? `(${decision.qualifier}) ` : ''}
                        {decision.preamble} — {decision.clauses.length} clause
                        {decision.clauses.length === 1 ? '' : 's'}
                        {decision.mover ? `, moved by ${decision.mover}` : ''}
                        {decision.seconder ? `, seconded by ${decision.seconder}` : ''}
                        {decision.votes
                          ? `, ${decision.votes.for} for, ${decision.votes.against} against, ${decision.votes.abstain} abstaining`
                          : ''}
                      </p>
                      <button
                        type="button"
                        onClick={() => changeItem(index, (current) => asNarrative(current, at))}
                        aria-label={`Not a decision: keep “${decision.keyword} ${decision.clauses[0]?.text.slice(0, 40) ?? ''}” as minutes text`}
                      >
                        Not a decision
                      </button>
                    </div>
                  ))}
                </fieldset>
              </li>
            ))}
          </ol>
          {preview.people.length ? (
            <>
              <h3>People</h3>
              <table className="import-people">
                <thead>
                  <tr>
                    <th scope="col">Named as</th>
                    <th scope="col">Who is this?</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.people.map((person) => (
                    <tr key={person.key}>
                      <td>
                        {person.honorific ? `${person.honorific} ` : ''}
                        {person.name}
                        {person.role ? `, ${person.role}` : ''}
                      </td>
                      <td>
                        <SelectField
                          label={`Who is ${person.name}?`}
                          value={people[person.key] ?? NEW}
                          options={[
                            { value: NEW, label: 'Add as a new person' },
                            ...person.candidates.map((candidate) => ({
                              value: candidate.id,
                              label: `${candidate.honorific ? `${candidate.honorific} ` : ''}${candidate.name}${candidate.role ? `, ${candidate.role}` : ''} (in the directory)`,
                            })),
                          ]}
                          onChange={(value) => setPeople({ ...people, [person.key]: value })}
                        />
                        {person.candidates.length && !person.matchId && people[person.key] === NEW ? (
                          <p className="hint">The directory has someone who may be the same person.</p>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
          <p>
            {adding.length
              ? `${adding.length} ${adding.length === 1 ? 'person' : 'people'} will be added to the directory.`
              : 'Everyone named is already in the directory.'}
          </p>
          {waiting.length ? (
            <p id="import-waiting" role="status" className="import-waiting">
              {waiting.length === 1
                ? `Before importing, say whether ${itemLabel(waiting[0]!)} is exempt: its text says ${signWords(waiting[0]!.exemptSigns!)}.`
                : `Before importing, say whether each of ${waiting.length} items is exempt: ${waiting.map(itemLabel).join(', ')}.`}
            </p>
          ) : null}
          <div className="form-actions">
            <button
              type="submit"
              disabled={waiting.length > 0}
              aria-describedby={waiting.length ? 'import-waiting' : undefined}
            >
              Import
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

/**
 * An item not marked exempt whose words say it may be: the words, and the officer's answer, one
 * press: "Exempt" (then its paragraph, below) or "Not exempt". Shown after the answer too, with the
 * answer pressed, so that it can be changed.
 */
function ExemptQuestion({ item, answer }: { item: ImportItem; answer: (exempt: boolean) => void }) {
  const label = itemLabel(item);
  const answered = item.exempt ? 'exempt' : item.notExempt ? 'not exempt' : null;
  return (
    <div role="group" aria-label={`Is ${label} exempt?`} className="exempt-question">
      <p className={answered ? 'hint' : 'warning'}>
        {answered
          ? `Its text says ${signWords(item.exemptSigns!)}; you said: ${answered}.`
          : `May be exempt: its text says ${signWords(item.exemptSigns!)}, but it is not marked exempt. Is it exempt?`}
      </p>
      <div className="form-actions">
        <button type="button" aria-pressed={item.exempt} onClick={() => answer(true)}>
          Exempt
        </button>
        <button
          type="button"
          aria-pressed={item.notExempt === true && !item.exempt}
          onClick={() => answer(false)}
        >
          Not exempt
        </button>
      </div>
    </div>
  );
}

const paragraphsOfMinutes = (count: number) =>
  `${count} ${count === 1 ? 'paragraph' : 'paragraphs'} of minutes`;
