// The council's house style: how every Word document looks. Set once; used by every export. Saved as
// it is changed, like everything else the officer types.
import { useEffect, useState } from 'react';
import { clauseStyles } from '../../shared/decisions';
import {
  councilNameSet,
  dateFormats,
  exclusionStyles,
  fontFamilies,
  headingCases,
  keywordStyles,
  minuteHeading,
  type HouseStyle,
} from '../../shared/houseStyle';
import { capitalise } from '../../shared/format';
import { api } from '../api/client';
import { SelectField, TextField } from '../components/Field';
import { ViewHeading } from '../components/ViewHeading';
import { SaveIndicator } from '../saving/SaveIndicator';
import { useAutosaver } from '../saving/saveStates';

const optionsOf = <T extends string>(values: readonly T[]) =>
  values.map((value) => ({ value, label: capitalise(value) }));
const exclusionLabels: Record<(typeof exclusionStyles)[number], string> = {
  'titled paragraph': 'Under its own heading, before the exempt items',
  'numbered minute': 'As a numbered minute (the minutes after it number on from it)',
};
const sizes = ['9', '10', '10.5', '11', '12', '13', '14', '16', '18', '20'] as const;

export function HouseStyleView() {
  const [loaded, setLoaded] = useState<{ style: HouseStyle; version: number } | null>(null);
  const [draft, setDraft] = useState<HouseStyle | null>(null);
  useEffect(() => {
    void api.call('houseStyle.get', {}).then((style) => {
      setLoaded(style);
      setDraft(style.style);
    });
  }, []);
  const { change: save, state } = useAutosaver<HouseStyle>(
    'house-style',
    loaded?.version ?? null,
    (style, baseVersion) => api.call('houseStyle.save', { style, baseVersion }, { durable: true }),
    // Another window's save of the house style: "Saved" is not said beside the older settings.
    { shared: { id: 'house-style' } },
  );
  if (!draft) return <p>Opening the house style…</p>;
  const change = (patch: Partial<HouseStyle>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    save(next);
  };
  const fonts = fontFamilies.includes(draft.fontFamily as (typeof fontFamilies)[number])
    ? fontFamilies
    : [draft.fontFamily, ...fontFamilies];
  return (
    <section>
      <ViewHeading focusKey="house-style">House style</ViewHeading>
      <p className="hint">
        How your council’s minutes, agendas and reports look when saved as Word. Changes are saved as you make
        them; every Word document from then on uses them.
      </p>
      <SaveIndicator state={state} />
      <form onSubmit={(event) => event.preventDefault()} aria-label="House style" className="stacked-form">
        <TextField
          label="Council name"
          required
          value={draft.councilName}
          {...(councilNameSet(draft)
            ? {}
            : {
                hint: 'Not set yet: this is a placeholder. Type your council’s name; Word documents are refused until you do.',
              })}
          onChange={(councilName) => change({ councilName })}
        />
        <SelectField
          label="Font"
          value={draft.fontFamily}
          options={fonts.map((font) => ({ value: font, label: font }))}
          onChange={(fontFamily) => change({ fontFamily })}
        />
        <SelectField
          label="Body text size (points)"
          value={String(draft.bodySize)}
          options={sizes.map((size) => ({ value: size, label: size }))}
          onChange={(size) => change({ bodySize: Number(size) })}
        />
        <SelectField
          label="Heading size (points)"
          value={String(draft.headingSize)}
          options={sizes.map((size) => ({ value: size, label: size }))}
          onChange={(size) => change({ headingSize: Number(size) })}
        />
        <SelectField
          label="Item headings"
          value={draft.headingCase}
          options={optionsOf(headingCases)}
          onChange={(headingCase) => change({ headingCase })}
        />
        <TextField
          label="Minute heading"
          value={draft.minuteHeading}
          hint={`{number} and {title} are filled in. For example: ${minuteHeading(draft, '46', 'Budget monitoring')}`}
          onChange={(minuteHeadingText) => change({ minuteHeading: minuteHeadingText })}
        />
        <SelectField
          label="Decision keyword (RESOLVED)"
          value={draft.keywordStyle}
          options={optionsOf(keywordStyles)}
          onChange={(keywordStyle) => change({ keywordStyle })}
        />
        <SelectField
          label="Numbering of a new decision’s clauses"
          value={draft.clauseStyle}
          options={clauseStyles.map((style) => ({ value: style, label: style }))}
          onChange={(clauseStyle) => change({ clauseStyle })}
        />
        <SelectField
          label="Date format"
          value={draft.dateFormat}
          options={dateFormats.map((format) => ({ value: format, label: format }))}
          onChange={(dateFormat) => change({ dateFormat })}
        />
        <SelectField
          label="Resolution excluding the public"
          value={draft.exclusionResolution}
          options={exclusionStyles.map((value) => ({ value, label: exclusionLabels[value] }))}
          onChange={(exclusionResolution) => change({ exclusionResolution })}
        />
      </form>
    </section>
  );
}
