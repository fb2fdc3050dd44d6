// Errors of the relay: a bad configuration (thrown at start), and what a client is told.
import { TexchatError } from '../errors.ts';

/** An environment variable of the relay with a value it cannot use. */
export class RelayConfigError extends TexchatError {
  override name = 'RelayConfigError';
  override readonly code = 'ERR_RELAY_CONFIG';
  constructor(
    readonly variable: string,
    readonly value: string,
    hint: string,
  ) {
    super(`[texchat] [relay] ${variable}=${JSON.stringify(value)}: ${hint}`);
  }
}

/** The codes of the `relay-error` event a client gets for a refused event. */
export type RefusalCode =
  | 'ERR_INVALID_PACKET'
  | 'ERR_NOT_IN_ROOM'
  | 'ERR_WRONG_SENDER'
  | 'ERR_NAME_TAKEN'
  | 'ERR_FORBIDDEN'
  | 'ERR_BAD_DATE'
  | 'ERR_RATE_LIMITED'
  | 'ERR_UNAVAILABLE';

/** A refused inbound event: the code and a sentence for the person at the other end. */
export interface Refusal {
  code: RefusalCode;
  message: string;
}

/** Builds a refusal. */
export function refuse(code: RefusalCode, message: string): Refusal {
  return { code, message };
}
