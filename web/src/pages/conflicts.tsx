import { useState } from 'preact/hooks';
import { getAll } from '../api.js';
import type { ConflictView } from '../api.js';
import { ConflictsPanel } from '../components/conflicts.js';
import { Status } from '../components/status.js';
import { useApi } from '../use-api.js';

/** Every conflict in the store, each with its reason and claims. */
export function ConflictsPage() {
  const loaded = useApi((signal) => getAll<ConflictView>('/api/conflicts', {}, 2000, signal), 'conflicts');
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <section>
      <h1>Conflicts</h1>
      <Status loaded={loaded} what="conflicts">
        {(page) => <ConflictsPanel conflicts={page.items} openId={openId} onOpen={setOpenId} />}
      </Status>
    </section>
  );
}
