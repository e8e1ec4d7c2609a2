// Declarations of interest, per member per item, and whether the member withdrew.
import type { FormEvent } from 'react';
import { searchTarget } from '../search/reveal';
import {
  attendanceText,
  interestCategoriesFor,
  type AttendanceDetail,
  type InterestCategory,
} from '../../shared/attendance';
import { capitalise, formatPersonName } from '../../shared/format';
import { bySurname } from '../../shared/names';
import { api } from '../api/client';
import { CheckboxField, FormButtons, SelectField, TextField } from '../components/Field';
import { useDraft } from '../components/useDraft';
import { fullNameIn } from './Movements';
import type { Change } from './useAttendance';

interface DeclarationForm {
  personId: string;
  itemId: string;
  category: InterestCategory;
  interest: string;
  withdrew: boolean;
}

const blankDeclaration: DeclarationForm = {
  personId: '',
  itemId: '',
  category: 'disclosable pecuniary',
  interest: '',
  withdrew: false,
};

export function Declarations({ detail, change }: { detail: AttendanceDetail; change: Change }) {
  const { register } = detail;
  const declarers = register.attendees
    .filter((a) => (a.kind === 'member' || a.kind === 'substitute') && a.status === 'present')
    .sort((a, b) => bySurname(a.person, b.person));
  // Kept as typed, so a reload or closing the window before "Record declaration" loses nothing.
  const [form, setForm] = useDraft(`declaration:${detail.meeting.id}`, blankDeclaration);
  const { interest, withdrew } = form;
  // The kinds of interest the committee's nation's code of conduct names, in its words (Scotland's
  // financial and non-financial, not England's three); a kind kept from another nation's form is not offered.
  const kinds = interestCategoriesFor(detail.committee.nation);
  const categoryOptions = kinds.map((kind) => ({ value: kind, label: capitalise(kind) }));
  const category = kinds.includes(form.category) ? form.category : kinds[0]!;
  // A draft kept from before may name a member no longer marked present, or an item since removed.
  const personId = declarers.some((a) => a.personId === form.personId) ? form.personId : '';
  const itemId = register.items.some((item) => item.id === form.itemId) ? form.itemId : '';
  const field =
    <K extends keyof DeclarationForm>(name: K) =>
    (value: DeclarationForm[K]) =>
      setForm({ ...form, [name]: value });
  const [setPersonId, setItemId, setCategory, setInterest, setWithdrew] = [
    field('personId'),
    field('itemId'),
    field('category'),
    field('interest'),
    field('withdrew'),
  ];
  const text = attendanceText(register).declarations;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const who = personId || declarers[0]?.personId;
    const item = itemId || register.items[0]?.id;
    if (!who || !item) return;
    void change(
      () =>
        api.call('declarations.add', {
          meetingId: detail.meeting.id,
          personId: who,
          itemId: item,
          category,
          interest,
          withdrew,
        }),
      'Declaration recorded.',
    ).then((done) => {
      // The member, item and kind stay chosen for the next declaration, as before.
      if (done) setForm({ ...blankDeclaration, personId: who, itemId: item, category });
    });
  };
  return (
    <section aria-labelledby="declarations-heading">
      <h2 id="declarations-heading">Declarations of interest</h2>
      {register.declarations.length ? (
        <ul aria-labelledby="declarations-heading">
          {register.declarations.map((declaration) => {
            const name = fullNameIn(register, declaration.personId);
            const item = register.items.find((i) => i.id === declaration.itemId);
            return (
              <li key={declaration.id} data-search-target={searchTarget('declaration', declaration.id)}>
                {name}:{' '}
                {declaration.category === 'unstated'
                  ? 'interest (kind not stated)'
                  : `${declaration.category} interest`}{' '}
                in item {item?.number} {declaration.interest}
                {declaration.withdrew === null
                  ? ' (withdrawal not stated)'
                  : declaration.withdrawalWords
                    ? ` (${declaration.withdrawalWords})`
                    : declaration.withdrew
                      ? ' (withdrew)'
                      : ''}{' '}
                <button
                  type="button"
                  aria-label={`Remove the declaration by ${name} on item ${item?.number ?? ''}`}
                  onClick={() =>
                    void change(
                      () => api.call('declarations.remove', { id: declaration.id }),
                      'Declaration removed.',
                    )
                  }
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{text}</p>
      )}
      {declarers.length && register.items.length ? (
        <form onSubmit={submit} aria-label="Record a declaration of interest" className="inline-form">
          <SelectField
            label="Member"
            value={personId || declarers[0]!.personId}
            options={declarers.map((a) => ({ value: a.personId, label: formatPersonName(a.person) }))}
            onChange={setPersonId}
          />
          <SelectField
            label="Item"
            value={itemId || register.items[0]!.id}
            options={register.items.map((item) => ({
              value: item.id,
              label: `${register.minuteNumbers[item.id]} ${item.title}`,
            }))}
            onChange={setItemId}
          />
          <SelectField<InterestCategory>
            label="Category"
            value={category}
            options={categoryOptions}
            onChange={setCategory}
          />
          <TextField
            label="The interest"
            value={interest}
            hint="Written to follow “declared an interest in minute 46”, e.g. “as a director of a care provider”."
            onChange={setInterest}
          />
          <CheckboxField
            label="Withdrew from the room for the item"
            checked={withdrew}
            onChange={setWithdrew}
          />
          <FormButtons submitLabel="Record declaration" />
        </form>
      ) : (
        <p className="hint">
          {register.items.length
            ? 'A declaration is recorded against a member marked present: mark members in the register above first.'
            : 'A declaration is made on an agenda item: add the items to the agenda first.'}
        </p>
      )}
    </section>
  );
}
