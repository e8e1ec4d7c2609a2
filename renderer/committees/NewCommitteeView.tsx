import { api } from '../api/client';
import { ViewHeading } from '../components/ViewHeading';
import { navigate } from '../state/route';
import { useAppStore } from '../state/store';
import { CommitteeForm } from './CommitteeForm';

export function NewCommitteeView() {
  const perform = useAppStore((state) => state.perform);
  return (
    <section aria-labelledby="new-committee">
      <ViewHeading focusKey="new-committee">
        <span id="new-committee">New committee</span>
      </ViewHeading>
      <CommitteeForm
        submitLabel="Create committee"
        onSubmit={(draft) =>
          void perform(
            () => api.call('committees.create', draft),
            (committee) => `Committee “${committee.name}” created.`,
          ).then((committee) => committee && navigate({ screen: 'committee', id: committee.id }))
        }
        onCancel={() => navigate({ screen: 'home' })}
      />
    </section>
  );
}
