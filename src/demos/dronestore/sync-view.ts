// The sync bar and the report of the last sync: who won each attribute, and why.
import { el } from './dom.ts';
import { explainSync } from './explain.ts';
import type { SyncResult } from './session.ts';

/** What the sync bar asks its owner to do. */
export interface SyncViewActions {
  sync(direction: 'laptop-to-phone' | 'phone-to-laptop'): void;
  reset(): void;
}

/** The buttons between the replicas, and the report below them. */
export class SyncView {
  readonly root: HTMLElement;
  readonly #summary = el('p', { class: 'ds-summary', role: 'status' });
  readonly #report = el('div', { class: 'ds-report' });

  constructor(actions: SyncViewActions) {
    const button = (text: string, onClick: () => void) => {
      const b = el('button', { type: 'button', class: 'button', text });
      b.addEventListener('click', onClick);
      return b;
    };
    this.root = el('div', { class: 'ds-sync' }, [
      el('div', { class: 'ds-row' }, [
        button('Sync laptop to phone', () => actions.sync('laptop-to-phone')),
        button('Sync phone to laptop', () => actions.sync('phone-to-laptop')),
        button('Reset demo', () => actions.reset()),
      ]),
      this.#summary,
      this.#report,
    ]);
  }

  /** Says whether both sides hold the same version, or shows a message (e.g. an error). */
  showSummary(text: string): void {
    this.#summary.textContent = text;
  }

  /** Shows the decisions of a sync as a table, or clears them. */
  showReport(result: SyncResult | undefined): void {
    if (!result) return this.#report.replaceChildren();
    const { from, to, report } = result;
    if (report.decisions.length === 0) {
      const text = `Sync ${from.name} to ${to.name}: both sides already hold the same version; nothing to merge.`;
      return this.#report.replaceChildren(el('p', { class: 'ds-caption', text }));
    }
    const caption = report.changed
      ? `Sync ${from.name} to ${to.name}: the ${to.name} merged and committed a new version`
      : `Sync ${from.name} to ${to.name}: nothing to take, the ${to.name} kept its version`;
    const head = el(
      'tr',
      {},
      ['Attribute', 'Strategy', 'Winner', 'Why'].map((t) => el('th', { scope: 'col', text: t })),
    );
    const rows = explainSync(result).map((row) =>
      el('tr', {}, [
        el('th', { scope: 'row', text: row.attribute }),
        el('td', {}, [el('code', { text: row.strategy })]),
        el('td', { text: row.winner }),
        el('td', { text: row.why }),
      ]),
    );
    const table = el('table', { class: 'ds-table' }, [
      el('caption', { text: caption }),
      el('thead', {}, [head]),
      el('tbody', {}, rows),
    ]);
    // Focusable and named, so a keyboard can scroll it if a narrow screen makes it overflow.
    const scroller = el(
      'div',
      { class: 'ds-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
      [table],
    );
    this.#report.replaceChildren(scroller);
  }
}
