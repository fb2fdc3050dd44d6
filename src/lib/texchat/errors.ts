// Error classes of the chat model, each with a stable `name` and `code`.

/** Base class of every error the texchat library throws on purpose. */
export class TexchatError extends Error {
  override name = 'TexchatError';
  readonly code: string = 'ERR_TEXCHAT';
}

/** A nickname or room name that is empty once escaped. */
export class InvalidNameError extends TexchatError {
  override name = 'InvalidNameError';
  override readonly code = 'ERR_INVALID_NAME';
  constructor(
    readonly kind: 'room' | 'nickname',
    readonly input: string,
  ) {
    super(`[texchat] ${kind} name ${JSON.stringify(input.slice(0, 80))} is empty once escaped`);
  }
}

/** A message with no visible text. */
export class EmptyMessageError extends TexchatError {
  override name = 'EmptyMessageError';
  override readonly code = 'ERR_EMPTY_MESSAGE';
  constructor() {
    super('[texchat] a message needs some text');
  }
}

/** A client used after `close()`, or before it joined a room. */
export class ClientStateError extends TexchatError {
  override name = 'ClientStateError';
  override readonly code = 'ERR_CLIENT_STATE';
  constructor(what: string) {
    super(`[texchat] [client] ${what}`);
  }
}

/** Which part of a message from elsewhere was refused. */
export type MessageField = 'message' | 'id' | 'room' | 'name' | 'text' | 'date';

/** A message from elsewhere (another tab, a relay) that is malformed or impossible. */
export class InvalidMessageError extends TexchatError {
  override name = 'InvalidMessageError';
  override readonly code = 'ERR_INVALID_MESSAGE';
  constructor(
    readonly field: MessageField,
    readonly reason: string,
  ) {
    super(`[texchat] [message] ${field} ${reason}`);
  }
}

/** A sender that sent more than its rate allows; `retryAfterMs` says when one more would pass. */
export class RateLimitError extends TexchatError {
  override name = 'RateLimitError';
  override readonly code = 'ERR_RATE_LIMITED';
  constructor(
    readonly key: string,
    readonly retryAfterMs: number,
  ) {
    super(
      `[texchat] [rate] ${JSON.stringify(key.slice(0, 80))} sends too fast; retry in ${Math.ceil(retryAfterMs)} ms`,
    );
  }
}
