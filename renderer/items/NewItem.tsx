// "Add an item": a button that opens the form, which stays open for the next item until closed.
import { useState } from 'react';
import type { Person } from '../../shared/domain';
import { AgendaItemForm, type AgendaItemDraft } from './AgendaItemForm';

export function NewItem({
  officers,
  onAdd,
}: {
  officers: Person[];
  onAdd: (draft: AgendaItemDraft) => Promise<boolean>;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="new-item">
      {/* A disclosure: the heading is the button, so the form is found by either. */}
      <h3 id="new-item-heading">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="new-item-form"
          onClick={() => setOpen(!open)}
        >
          Add an item
        </button>
      </h3>
      {open ? (
        <div id="new-item-form">
          <AgendaItemForm
            officers={officers}
            submitLabel="Add item"
            autoFocus
            onSubmit={onAdd}
            onCancel={() => {
              setOpen(false);
              document.querySelector<HTMLElement>('#new-item-heading button')?.focus();
            }}
            cancelLabel="Close"
          />
        </div>
      ) : null}
    </div>
  );
}
