// LoggingDatastore: logs every operation, then passes it on to its child.

import { describe, jsonText } from '../_utils.ts';
import type { Cursor } from '../cursor.ts';
import type { Key } from '../key.ts';
import type { Query } from '../query.ts';
import { BaseDatastore, type Datastore } from '../store.ts';
import { checkStore } from './_checks.ts';
import { InvalidArgTypeError } from '../errors.ts';

/** Where log lines go: a function, or an object with a `debug` method (like `console`). */
export type Logger =
  | ((message: string) => void)
  | {
      /** Receives one log line. */
      debug(message: string): void;
    };

/** Options of LoggingDatastore. */
export interface LoggingOptions {
  /** Defaults to `console`. */
  logger?: Logger;
  /** Prefix of each line. Default `[datastore] [logging]`. */
  prefix?: string;
}

/**
 * Logs `get /a`, `put /a`, … before passing each operation to the child.
 * @example const ds = new LoggingDatastore(new DictDatastore(), { logger: (line) => lines.push(line) });
 */
export class LoggingDatastore<V = unknown> extends BaseDatastore<V> {
  protected override readonly storeName = 'logging';
  /** The store operations are passed to. */
  readonly child: Datastore<V>;
  readonly #log: (message: string) => void;
  readonly #prefix: string;

  constructor(child: Datastore<NoInfer<V>>, options: LoggingOptions = {}) {
    super();
    this.child = checkStore(child, 'LoggingDatastore child');
    this.#log = toLogFunction(options.logger ?? console);
    this.#prefix = options.prefix ?? '[datastore] [logging]';
  }

  protected _get(key: Key): Promise<V | undefined> {
    this.#log(`${this.#prefix} get ${key}`);
    return this.child.get(key);
  }

  protected _put(key: Key, value: V): Promise<void> {
    this.#log(`${this.#prefix} put ${key}`);
    return this.child.put(key, value);
  }

  protected _delete(key: Key): Promise<void> {
    this.#log(`${this.#prefix} delete ${key}`);
    return this.child.delete(key);
  }

  protected override _contains(key: Key): Promise<boolean> {
    this.#log(`${this.#prefix} contains ${key}`);
    return this.child.contains(key);
  }

  protected override _query(query: Query): Promise<Cursor<V>> {
    this.#log(`${this.#prefix} query ${jsonText(query)}`);
    return this.child.query(query);
  }
}

function toLogFunction(logger: Logger): (message: string) => void {
  if (typeof logger === 'function') return logger;
  if (logger !== null && typeof logger === 'object' && typeof logger.debug === 'function') {
    return (message) => logger.debug(message);
  }
  throw new InvalidArgTypeError(
    `[datastore] [logging] option logger must be a function or have a debug method, got ${describe(logger)}`,
  );
}
