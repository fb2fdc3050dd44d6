// Internal: directory records, JSON-ready lists of key strings stored at a key, shared by the directory stores.

import { InvalidRecordError } from '../errors.ts';
import type { Key } from '../key.ts';
import type { Datastore } from '../store.ts';

/** True when `v` is a list of strings. */
export function isKeyList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** The record at `dirKey` (a fresh array), `undefined` when missing; throws when the value is not a list. */
export async function readRecord(
  store: Datastore<unknown>,
  dirKey: Key,
): Promise<string[] | undefined> {
  const value = await store.get(dirKey);
  if (value === undefined) return undefined;
  if (!isKeyList(value)) {
    throw new InvalidRecordError(
      `[datastore] [directory] the value at ${dirKey} is not a directory (a list of key strings)`,
    );
  }
  return [...value];
}

/** Appends `entry` to the record at `dirKey` (creating it), unless already there. */
export async function addToRecord(
  store: Datastore<unknown>,
  dirKey: Key,
  entry: string,
): Promise<void> {
  const record = (await readRecord(store, dirKey)) ?? [];
  if (record.includes(entry)) return;
  record.push(entry);
  await store.put(dirKey, record);
}

/** Removes `entry` from the record at `dirKey`; with `dropEmpty`, deletes a record that becomes empty. */
export async function removeFromRecord(
  store: Datastore<unknown>,
  dirKey: Key,
  entry: string,
  dropEmpty: boolean,
): Promise<void> {
  const record = await readRecord(store, dirKey);
  if (record === undefined || !record.includes(entry)) return;
  const rest = record.filter((k) => k !== entry);
  if (rest.length === 0 && dropEmpty) await store.delete(dirKey);
  else await store.put(dirKey, rest);
}
