// An executive decision's reasons and the alternatives considered and rejected: what its decision
// notice gives (regulation 12 of the 2012 Regulations), typed once here with the decision.
export function DecisionReasons({
  label,
  reasons,
  alternatives,
  onChange,
}: {
  label: string;
  reasons: string;
  alternatives: string;
  onChange: (patch: { reasons?: string; alternatives?: string }) => void;
}) {
  return (
    <div className="decision-reasons">
      <label className="block-label">
        Reasons for {label} (given in its decision notice)
        <textarea rows={2} value={reasons} onChange={(event) => onChange({ reasons: event.target.value })} />
      </label>
      <label className="block-label">
        Alternatives considered and rejected ({label})
        <textarea
          rows={2}
          value={alternatives}
          onChange={(event) => onChange({ alternatives: event.target.value })}
        />
      </label>
    </div>
  );
}
