// What an exempt item is exempt under: the law (Schedule 12A, Schedule 7A in Scotland, or section 1(2)
// of the Public Bodies (Admission to Meetings) Act 1960 for a parish, town or community council), then,
// under a schedule, its paragraph. The 1960 Act has no paragraphs, so none is asked for.
import { paragraphsUnder, type ExemptBasis } from '../../shared/exemptBasis';
import { SelectField } from '../components/Field';

const basisOptions: { value: ExemptBasis; label: string }[] = [
  { value: 'schedule 12A', label: 'Schedule 12A, Local Government Act 1972 (England, Wales)' },
  { value: 'schedule 7A', label: 'Schedule 7A, Local Government (Scotland) Act 1973' },
  {
    value: '1960 Act',
    label:
      'Public Bodies (Admission to Meetings) Act 1960: confidential business (parish, town, community councils)',
  },
];

export interface ExemptionValue {
  exemptBasis: ExemptBasis | null;
  exemptParagraph: number | null;
}

export function ExemptionFields({
  value,
  onChange,
  choose,
}: {
  value: ExemptionValue;
  onChange: (value: ExemptionValue) => void;
  /** Offer "Choose…" while no paragraph is set (the import preview), rather than a default. */
  choose?: boolean;
}) {
  const basis = value.exemptBasis ?? 'schedule 12A';
  const schedule = basis === 'schedule 7A' ? 'Schedule 7A' : 'Schedule 12A';
  return (
    <>
      <SelectField
        label="Exempt under"
        value={basis}
        options={basisOptions}
        onChange={(exemptBasis) =>
          onChange({
            exemptBasis,
            exemptParagraph:
              exemptBasis === '1960 Act'
                ? null
                : value.exemptParagraph !== null &&
                    paragraphsUnder[exemptBasis].includes(value.exemptParagraph)
                  ? value.exemptParagraph
                  : choose
                    ? null
                    : paragraphsUnder[exemptBasis][2]!,
          })
        }
      />
      {basis === '1960 Act' ? null : (
        <SelectField
          label={`${schedule} paragraph`}
          value={String(value.exemptParagraph ?? (choose ? '' : 3))}
          options={[
            ...(choose && value.exemptParagraph === null ? [{ value: '', label: 'Choose…' }] : []),
            ...paragraphsUnder[basis].map((paragraph) => ({
              value: String(paragraph),
              label: `Paragraph ${paragraph}${basis === 'schedule 12A' && paragraph >= 12 ? ' (Wales)' : ''}`,
            })),
          ]}
          onChange={(paragraph) =>
            onChange({ exemptBasis: basis, exemptParagraph: paragraph ? Number(paragraph) : null })
          }
        />
      )}
    </>
  );
}
