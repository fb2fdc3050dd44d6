// The page's side of the type service: one worker for every example editor of the page, created
// on first Edit. Calls never reject and never hang: before the service is ready, after it failed
// to load or crashed, or when it does not answer in time, they give the empty answer.
import { wrap, type Remote } from 'comlink';
import type { TypeServiceApi } from './protocol.ts';

/** How long the service may take to load before the editor stops waiting for types. */
const LOAD_TIMEOUT_MS = 20_000;
/** How long one answer may take (a very long example) before it counts as none. */
const CALL_TIMEOUT_MS = 5_000;

/** Performance marks around the service's load, read by the e2e timing line. */
export const TYPE_SERVICE_MARKS = {
  start: 'hub:type-service:start',
  ready: 'hub:type-service:ready',
} as const;

/** The type service of this page (created on first use). */
export function typeClient(): TypeClient {
  shared ??= new TypeClient();
  return shared;
}

let shared: TypeClient | undefined;

/** A type service worker, wrapped so that nothing it does can break the editor. */
export class TypeClient {
  /** `loading`, then `ready`, or `failed` for good (the editor then simply has no types). */
  state: 'loading' | 'ready' | 'failed' = 'loading';
  /** Resolves with whether the service is usable. */
  readonly ready: Promise<boolean>;
  private readonly remote: Remote<TypeServiceApi> | undefined;
  private readonly failure: Promise<void>;

  constructor() {
    performance.mark(TYPE_SERVICE_MARKS.start);
    let fail!: () => void;
    this.failure = new Promise((resolve) => (fail = resolve));
    let worker: Worker | undefined;
    try {
      worker = new Worker(new URL('./types.worker.ts', import.meta.url), { type: 'module' });
      // A crash or a failed load ends the service quietly (no uncaught error in the console).
      worker.addEventListener('error', (event) => (event.preventDefault(), fail()));
      worker.addEventListener('messageerror', fail);
      this.remote = wrap<TypeServiceApi>(worker);
    } catch {
      fail();
    }
    const loaded = this.remote?.ready().then(
      () => true,
      () => false,
    );
    this.ready = Promise.race([
      loaded ?? false,
      this.failure.then(() => false),
      delay(LOAD_TIMEOUT_MS, false),
    ]).then((ok) => {
      this.state = ok ? 'ready' : 'failed';
      if (ok) performance.mark(TYPE_SERVICE_MARKS.ready);
      else worker?.terminate();
      return ok;
    });
    void this.failure.then(() => {
      this.state = 'failed';
      worker?.terminate();
    });
  }

  /** Calls the service when it is ready; `fallback` otherwise, on any failure, or after a timeout. */
  call<T>(fallback: T, request: (remote: Remote<TypeServiceApi>) => Promise<T>): Promise<T> {
    if (this.state !== 'ready' || !this.remote) return Promise.resolve(fallback);
    return Promise.race([
      request(this.remote).catch(() => fallback),
      this.failure.then(() => fallback),
      delay(CALL_TIMEOUT_MS, fallback),
    ]);
  }

  /** Sends without waiting for an answer (opening or updating an example's code). */
  send(message: (remote: Remote<TypeServiceApi>) => Promise<unknown>): void {
    if (this.state === 'ready' && this.remote) message(this.remote).catch(() => undefined);
  }
}

function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}
