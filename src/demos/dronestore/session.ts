// The demo's state: a laptop and a phone that share one note, and the report of the last sync.
import type { MergeReport } from '@project-hub/dronestore';
import { ModelStateError } from '@project-hub/dronestore';
import { Replica } from './replica.ts';

/** The first content of the note, committed on the laptop and received by the phone. */
export const INITIAL = { title: 'Groceries', body: 'milk', priority: 1, tags: ['food'] };

/** What the last sync did. */
export interface SyncResult {
  readonly from: Replica;
  readonly to: Replica;
  readonly report: MergeReport;
}

/** The two replicas and the operations between them. */
export class Session {
  readonly laptop: Replica;
  readonly phone: Replica;

  private constructor(now: () => number) {
    this.laptop = new Replica('laptop', now);
    this.phone = new Replica('phone', now);
  }

  /** A session where both replicas hold the same first version of the note. */
  static async start(now: () => number = Date.now): Promise<Session> {
    const session = new Session(now);
    const { laptop, phone } = session;
    for (const [field, value] of Object.entries(INITIAL)) laptop.edit(field as never, value);
    const first = await laptop.commit();
    if (first) await phone.receive(first);
    return session;
  }

  /** The replica that is not `replica`. */
  other(replica: Replica): Replica {
    return replica === this.laptop ? this.phone : this.laptop;
  }

  /** `to` merges the latest committed version of `from`; `to` must have no uncommitted edits. */
  async sync(from: Replica, to: Replica): Promise<SyncResult> {
    if (to.note.isDirty) {
      throw new ModelStateError(
        `the ${to.name} has uncommitted edits: commit or discard them first`,
      );
    }
    return { from, to, report: await to.receive(from.note.version) };
  }

  /** True when both replicas hold versions with the same hash. */
  get inSync(): boolean {
    return this.laptop.note.version.hash === this.phone.note.version.hash;
  }
}
