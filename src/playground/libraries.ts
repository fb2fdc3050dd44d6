// The libraries examples can import by bare name ('datastore', 'dronestore'), and how their values print.
/// <reference types="vite/client" />
import type { FormatOptions } from './format.ts';
import type { ModuleMap } from './execute.ts';

// A glob, not static imports, so a library that does not exist yet is simply not importable.
// Eager, so the worker bundle needs no code splitting (Vite's default worker format is iife).
const FOUND = import.meta.glob<Record<string, unknown>>(
  ['../lib/datastore/index.ts', '../lib/dronestore/index.ts'],
  { eager: true },
);

/** Library modules by the bare name examples import them with. */
export const LIBRARIES: ModuleMap = Object.fromEntries(
  Object.entries(FOUND).map(([path, module]) => [path.split('/').at(-2) ?? path, module]),
);

/** Formatting of library values: a datastore key prints as `Key('/hello')`. */
export const LIBRARY_FORMAT: FormatOptions = {
  inspect(value) {
    const Key = LIBRARIES['datastore'] ? Reflect.get(LIBRARIES['datastore'], 'Key') : undefined;
    if (typeof Key === 'function' && value instanceof Key) return `Key('${String(value)}')`;
    return undefined;
  },
};
