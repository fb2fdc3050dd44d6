// The panel of one replica: its fields, commit/discard, clock offset, hash and chain of versions.
import { el, errorText, uid } from './dom.ts';
import { formatTime } from './explain.ts';
import type { Field } from './note.ts';
import type { Replica } from './replica.ts';

/** What the panel asks its owner to do. */
export interface ReplicaViewActions {
  commit(replica: Replica): void;
  discard(replica: Replica): void;
  changed(replica: Replica): void;
}

/** Clock offsets offered, in minutes. */
const SKEWS = [-10, -1, 0, 1, 10];

/** Renders and wires one replica's panel. */
export class ReplicaView {
  readonly root: HTMLFieldSetElement;
  readonly #replica: () => Replica;
  readonly #inputs = new Map<Field, HTMLInputElement | HTMLTextAreaElement>();
  readonly #status = el('p', { class: 'ds-status', role: 'status' });
  readonly #chain = el('ol', { class: 'ds-chain' });
  readonly #skewSelect = el('select', { id: uid('ds-skew'), class: 'input ds-input' });

  constructor(title: string, replica: () => Replica, actions: ReplicaViewActions) {
    this.#replica = replica;
    this.root = el('fieldset', { class: 'ds-replica' }, [el('legend', { text: title })]);
    this.root.append(
      this.#field('title', 'Title', el('input', { type: 'text' })),
      this.#field('body', 'Body', el('textarea', { rows: '2' })),
      this.#field(
        'priority',
        'Priority (whole number)',
        el('input', { type: 'number', step: '1' }),
      ),
      this.#field('tags', 'Tags (comma-separated)', el('input', { type: 'text' })),
      this.#buttons(actions),
      this.#skew(actions),
      this.#status,
      el('h3', {
        class: 'ds-chain-title',
        text: `${title}'s versions, newest first (hash ← parent · committed, UTC · how)`,
      }),
      this.#chain,
    );
    for (const input of this.#inputs.values()) {
      input.addEventListener('input', () => this.#edit(actions));
    }
  }

  /** Shows the replica's note in the fields (after a load, commit, discard or sync). */
  showValues(): void {
    const { note, skewMs } = this.#replica();
    this.#skewSelect.value = String(skewMs / 60_000);
    this.#input('title').value = note.title ?? '';
    this.#input('body').value = note.body ?? '';
    this.#input('priority').value = note.priority === null ? '' : String(note.priority);
    this.#input('tags').value = note.tags.join(', ');
  }

  /** Shows status, hash and chain. `message` replaces the status line (e.g. an error). */
  showState(message?: string): void {
    const { note, chain } = this.#replica();
    const head = `Version ${note.version.hash.slice(0, 8)}`;
    this.#status.textContent =
      message ?? (note.isDirty ? `${head}, with uncommitted edits` : `${head}, committed`);
    this.#chain.replaceChildren(
      ...chain
        .slice(-8)
        .reverse()
        .map(({ version, origin }) =>
          el('li', {}, [
            el('code', { text: version.hash.slice(0, 8) }),
            ` ← ${version.parent.slice(0, 8)} · ${formatTime(version.committed)} · ${origin}`,
          ]),
        ),
    );
  }

  // --- Internal helpers ---

  #field(field: Field, label: string, input: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
    input.id = uid(`ds-${field}`);
    input.classList.add('input', 'ds-input');
    this.#inputs.set(field, input);
    return el('div', { class: 'ds-field' }, [el('label', { for: input.id, text: label }), input]);
  }

  #input(field: Field): HTMLInputElement | HTMLTextAreaElement {
    return this.#inputs.get(field) as HTMLInputElement | HTMLTextAreaElement;
  }

  #buttons(actions: ReplicaViewActions): HTMLElement {
    const commit = el('button', { type: 'button', class: 'button', text: 'Commit' });
    const discard = el('button', { type: 'button', class: 'button', text: 'Discard edits' });
    commit.addEventListener('click', () => actions.commit(this.#replica()));
    discard.addEventListener('click', () => actions.discard(this.#replica()));
    return el('div', { class: 'ds-row' }, [commit, discard]);
  }

  #skew(actions: ReplicaViewActions): HTMLElement {
    const select = this.#skewSelect;
    for (const minutes of SKEWS) {
      const text = minutes === 0 ? 'none' : `${minutes > 0 ? '+' : '−'}${Math.abs(minutes)} min`;
      select.append(el('option', { value: String(minutes), text }));
    }
    select.value = '0';
    select.addEventListener('change', () => {
      this.#replica().skewMs = Number(select.value) * 60_000;
      actions.changed(this.#replica());
    });
    return el('div', { class: 'ds-field ds-inline' }, [
      el('label', { for: select.id, text: 'Clock offset' }),
      select,
    ]);
  }

  #edit(actions: ReplicaViewActions): void {
    const replica = this.#replica();
    try {
      // An empty box means "no value", as a new note has.
      replica.edit('title', this.#input('title').value || null);
      replica.edit('body', this.#input('body').value || null);
      const priority = this.#input('priority').value.trim();
      replica.edit('priority', priority === '' ? null : priority);
      replica.edit('tags', splitTags(this.#input('tags').value));
      this.showState();
    } catch (error) {
      this.showState(`Not applied: ${errorText(error)}`);
    }
    actions.changed(replica);
  }
}

function splitTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ];
}
