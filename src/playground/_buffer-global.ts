// Gives the worker the `Buffer` global that isomorphic-git (behind GitDatastore) expects; Node has one.
import { Buffer } from 'buffer';

const scope = globalThis as { Buffer?: unknown };
scope.Buffer ??= Buffer;
