// The live demo itself: a laptop and a phone editing one note, committing, and syncing both ways.
import { el, errorText } from './dom.ts';
import { ReplicaView } from './replica-view.ts';
import type { Replica } from './replica.ts';
import { Session } from './session.ts';
import { SyncView } from './sync-view.ts';

/** Replaces the fallback content of `host` with the live demo. */
export async function mountDemo(host: HTMLElement): Promise<void> {
  await new DemoApp(host).start();
}

/** The live demo: two replicas and a sync bar, inside `host`. */
class DemoApp {
  readonly #host: HTMLElement;
  #session: Session | undefined;
  #views: { laptop: ReplicaView; phone: ReplicaView; sync: SyncView } | undefined;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  async start(): Promise<void> {
    // The session exists before any control does, so no click can reach a missing replica.
    const session = await Session.start();
    this.#session = session;
    const actions = {
      commit: (r: Replica) => void this.#run(r, async () => void (await r.commit())),
      discard: (r: Replica) => void this.#run(r, () => r.discard()),
      changed: () => this.#summarise(),
    };
    const laptop = new ReplicaView(
      'Laptop',
      () => this.#session?.laptop ?? session.laptop,
      actions,
    );
    const phone = new ReplicaView('Phone', () => this.#session?.phone ?? session.phone, actions);
    const sync = new SyncView({ sync: (d) => void this.#sync(d), reset: () => void this.#reset() });
    this.#views = { laptop, phone, sync };
    // Started from its button: keep the keyboard focus inside the demo, not lost on <body>.
    const hadFocus = this.#host.contains(document.activeElement);
    this.#host.replaceChildren(
      el('p', { class: 'ds-intro', text: INTRO }),
      el('div', { class: 'ds-replicas' }, [laptop.root, phone.root]),
      sync.root,
    );
    this.#renderAll();
    if (hadFocus) laptop.root.querySelector('input')?.focus();
  }

  async #reset(): Promise<void> {
    this.#session = await Session.start();
    this.#views?.sync.showReport(undefined);
    this.#renderAll();
  }

  async #sync(direction: 'laptop-to-phone' | 'phone-to-laptop'): Promise<void> {
    const session = this.#session;
    const views = this.#views;
    if (!session || !views) return;
    const [from, to] =
      direction === 'laptop-to-phone'
        ? [session.laptop, session.phone]
        : [session.phone, session.laptop];
    try {
      const result = await session.sync(from, to);
      views.sync.showReport(result);
      this.#renderAll();
    } catch (error) {
      // The table explained the previous sync; left there it would read as this one's result.
      views.sync.showReport(undefined);
      views.sync.showSummary(`Not synced: ${errorText(error)}.`);
    }
  }

  async #run(replica: Replica, action: () => Promise<void>): Promise<void> {
    const view = replica === this.#session?.laptop ? this.#views?.laptop : this.#views?.phone;
    try {
      await action();
      view?.showValues();
      view?.showState();
    } catch (error) {
      view?.showState(`Not committed: ${errorText(error)}`);
    }
    this.#summarise();
  }

  #renderAll(): void {
    for (const view of [this.#views?.laptop, this.#views?.phone]) {
      view?.showValues();
      view?.showState();
    }
    this.#summarise();
  }

  #summarise(): void {
    const session = this.#session;
    if (!session || !this.#views) return;
    const [l, p] = [session.laptop.note.version.hash, session.phone.note.version.hash];
    this.#views.sync.showSummary(
      session.inSync
        ? `Both sides hold version ${l.slice(0, 8)}.`
        : `The sides differ: laptop ${l.slice(0, 8)}, phone ${p.slice(0, 8)}.`,
    );
  }
}

const INTRO =
  'Edit the note on either side, commit, then sync in either direction. Title merges by LatestStrategy (the later edit wins), body by LatestObjectStrategy (the later commit wins), priority by MaxStrategy, and tags as a union (so a removed tag comes back from the other side). A clock offset makes one side’s clock run ahead or behind: its stamps, not the real time, decide which edit is later.';
