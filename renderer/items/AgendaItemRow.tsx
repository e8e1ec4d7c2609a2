import type { KeyboardEvent } from 'react';
import { exemptionLabel, exemptionOf } from '../../shared/exemptBasis';
import type { AgendaItem, Person } from '../../shared/domain';
import { formatPersonName } from '../../shared/format';
import { href } from '../state/route';
import { AgendaItemForm, type AgendaItemDraft } from './AgendaItemForm';

interface AgendaItemRowProps {
  item: AgendaItem;
  minuteNumber: string;
  count: number;
  officers: Person[];
  editing: boolean;
  onEdit: (editing: boolean) => void;
  onSave: (draft: AgendaItemDraft) => Promise<boolean>;
  onMove: (toNumber: number, control: string) => void;
  onDelete: () => void;
  /** Approved minutes: the agenda cannot be changed (its buttons are disabled by the fieldset around it). */
  locked?: boolean;
  /** What else the officer should see of the item: "Late item…", "Key decision". */
  badges?: string[];
}

export function AgendaItemRow({
  item,
  minuteNumber,
  count,
  officers,
  editing,
  onEdit,
  onSave,
  onMove,
  onDelete,
  locked = false,
  badges = [],
}: AgendaItemRowProps) {
  const leadOfficer = officers.find((person) => person.id === item.leadOfficerId);
  const first = item.number === 1;
  const last = item.number === count;
  // Alt+Up / Alt+Down move the item from anywhere in its row, and focus stays with it.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || editing || locked) return;
    const control = (event.target as HTMLElement).dataset.control ?? 'edit';
    if (event.key === 'ArrowUp' && !first) {
      event.preventDefault();
      onMove(item.number - 1, control);
    } else if (event.key === 'ArrowDown' && !last) {
      event.preventDefault();
      onMove(item.number + 1, control);
    }
  };
  return (
    <li className={`agenda-item${item.exempt ? ' exempt' : ''}`} data-item-id={item.id} onKeyDown={onKeyDown}>
      <div className="item-body">
        {/* The number once, as the agenda prints it, and read out with the title ("4. Budget"). */}
        <h3 className="item-title">
          <span className="item-number">{item.number}. </span>
          {item.title}
        </h3>
        {item.purpose ? <p className="item-purpose">{item.purpose}</p> : null}
        <p className="item-meta">
          <span>Minute {minuteNumber}</span>
          {leadOfficer ? <span>Lead officer: {formatPersonName(leadOfficer)}</span> : null}
          {item.exempt ? (
            <span className="badge badge-exempt">
              Exempt: not for publication ({exemptionLabel(exemptionOf(item)!)})
            </span>
          ) : null}
          {badges.map((badge) => (
            <span key={badge} className="badge badge-notice">
              {badge}
            </span>
          ))}
        </p>
        {editing ? (
          <AgendaItemForm
            initial={item}
            officers={officers}
            submitLabel="Save item"
            autoFocus
            onSubmit={onSave}
            onCancel={() => onEdit(false)}
          />
        ) : null}
      </div>
      {editing ? null : (
        <div className="row-actions">
          <button
            type="button"
            data-control="up"
            aria-label={`Move item ${item.number} up`}
            aria-disabled={first}
            onClick={() => !first && onMove(item.number - 1, 'up')}
          >
            ↑
          </button>
          <button
            type="button"
            data-control="down"
            aria-label={`Move item ${item.number} down`}
            aria-disabled={last}
            onClick={() => !last && onMove(item.number + 1, 'down')}
          >
            ↓
          </button>
          <a
            className="button-link"
            data-control="minutes"
            href={href({ screen: 'item', id: item.id })}
            aria-label={`Minutes of item ${item.number}`}
          >
            Minutes
          </a>
          <a
            className="button-link"
            data-control="report"
            href={href({ screen: 'report', id: item.id })}
            aria-label={`Report for item ${item.number}`}
          >
            Report
          </a>
          <button
            type="button"
            data-control="edit"
            aria-label={`Edit item ${item.number}`}
            onClick={() => onEdit(true)}
          >
            Edit
          </button>
          <button
            type="button"
            data-control="delete"
            className="danger"
            aria-label={`Delete item ${item.number}`}
            onClick={onDelete}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
