// Who counts for each item, and whether it is quorate.
import { itemCounts, peopleOf, type AttendanceDetail, type NotCountedReason } from '../../shared/attendance';

const shortReasons: Record<NotCountedReason, string> = {
  apologies: 'apologies',
  absent: 'absent',
  'not recorded': 'not recorded',
  remote: 'remote',
  'arrived during the item': 'arrived during it',
  'left during the item': 'left during it',
  'not in the room': 'not in the room',
  withdrew: 'withdrew',
};

export function QuorumTable({ detail }: { detail: AttendanceDetail }) {
  const { register } = detail;
  const people = peopleOf(register);
  const nameOf = (personId: string) => people.get(personId)?.name ?? 'Someone';

  const counts = itemCounts(register);
  // Before the register is taken nobody counts yet: that is not an inquorate meeting.
  const taken = register.attendees.some((a) => a.kind === 'member' || a.kind === 'substitute');
  return (
    <section aria-labelledby="quorum-heading">
      <h2 id="quorum-heading">Quorum by item</h2>
      {taken ? null : (
        <p className="hint">
          The quorum is worked out for each item once members are marked in the register above.
        </p>
      )}
      <table>
        <caption className="visually-hidden">
          Members who count for each item, and whether it is quorate
        </caption>
        <thead>
          <tr>
            <th scope="col">Minute</th>
            <th scope="col">Item</th>
            <th scope="col">Members counting</th>
            <th scope="col">Quorum ({register.quorum})</th>
            <th scope="col">Not counting</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((count) => {
            const item = register.items.find((i) => i.id === count.itemId)!;
            return (
              <tr key={count.itemId}>
                <td>{register.minuteNumbers[item.id]}</td>
                <th scope="row">{item.title}</th>
                <td>{count.counting.length}</td>
                {taken ? (
                  <td className={count.quorate ? 'quorate' : 'inquorate'}>
                    {count.quorate ? 'Quorate' : 'Inquorate'}
                  </td>
                ) : (
                  <td>Register not taken</td>
                )}
                <td>
                  {count.notCounting
                    .filter((entry) => !['apologies', 'absent', 'not recorded'].includes(entry.reason))
                    .map((entry) => `${nameOf(entry.personId)} (${shortReasons[entry.reason]})`)
                    .join(', ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
