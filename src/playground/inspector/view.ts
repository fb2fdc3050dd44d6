// The store inspector panel: every store a run created, its keys and values in key order, composite
// stores with their children nested, a Repo with each object's versions. Loaded when first opened.
import type { SnapshotHistory, SnapshotStore, StoreSnapshot } from './snapshot.ts';

/** Fills `panel` with `snapshot` (replacing what it showed). */
export function renderSnapshot(panel: HTMLElement, snapshot: StoreSnapshot): void {
  const title = element('p', 'rx-inspector__title', summary(snapshot));
  const list = element('ul', 'rx-inspector__tree');
  for (const store of snapshot.stores) list.append(storeItem(store));
  panel.replaceChildren(title, list);
}

// --- Internal helpers ---

function summary(snapshot: StoreSnapshot): string {
  const count = snapshot.stores.length;
  const cut = snapshot.truncated ? ' (cut to the inspector’s limits)' : '';
  return `${count} ${count === 1 ? 'store' : 'stores'} the example created, read after the run${cut}:`;
}

function storeItem(store: SnapshotStore): HTMLLIElement {
  const item = element('li', 'rx-inspector__store');
  const details = element('details');
  details.open = true;
  const head = element('summary');
  if (store.role) head.append(element('span', 'rx-inspector__role', `${store.role}: `));
  head.append(element('span', 'rx-inspector__name', store.name), ` · ${countOf(store)}`);
  details.append(head);
  if (store.note) details.append(element('p', 'rx-inspector__note', store.note));
  if (store.entries.length > 0) details.append(entriesTable(store));
  if (store.more > 0)
    details.append(element('p', 'rx-inspector__note', `… ${store.more} more not shown`));
  for (const history of store.histories) details.append(historyTable(history));
  if (store.children.length > 0) {
    const children = element('ul', 'rx-inspector__tree');
    for (const child of store.children) children.append(storeItem(child));
    details.append(children);
  }
  item.append(details);
  return item;
}

function countOf(store: SnapshotStore): string {
  if (store.histories.length > 0) {
    const n = store.histories.length;
    return `${n} ${n === 1 ? 'object' : 'objects'}`;
  }
  const n = store.entries.length + store.more;
  return `${n} ${n === 1 ? 'key' : 'keys'}`;
}

function entriesTable(store: SnapshotStore): HTMLTableElement {
  const label = `${store.role ? `${store.role}: ` : ''}${store.name}`;
  return table(
    `Keys of ${label}`,
    ['Key', 'Value'],
    store.entries.map((e) => [e.key, e.value]),
  );
}

function historyTable(history: SnapshotHistory): HTMLTableElement {
  const rows = history.versions.map((v, i) => [
    String(i + 1),
    short(v.hash),
    short(v.parent),
    v.committed,
    v.value,
  ]);
  return table(
    `Versions of ${history.key}`,
    ['#', 'Hash', 'Parent', 'Committed', 'Attributes'],
    rows,
  );
}

function table(caption: string, headers: string[], rows: string[][]): HTMLTableElement {
  const out = element('table', 'rx-inspector__table');
  out.append(element('caption', '', caption));
  const head = element('tr');
  for (const header of headers) {
    const th = element('th', '', header);
    th.scope = 'col';
    head.append(th);
  }
  out.append(element('thead'), element('tbody'));
  out.tHead!.append(head);
  for (const row of rows) {
    const tr = element('tr');
    for (const cell of row) tr.append(element('td', '', cell));
    out.tBodies[0]!.append(tr);
  }
  return out;
}

/** The first 10 hex digits of a hash, as git shows commits. */
function short(hash: string): string {
  return /^[0-9a-f]{40}$/.test(hash) ? hash.slice(0, 10) : hash;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
