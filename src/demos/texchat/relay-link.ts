// The page's link to a relay server: socket.io-client is imported here, dynamically, so it is
// fetched only when a relay is configured; the address is remembered in localStorage.
import {
  createRelayToken,
  createRelayTransport,
  type RelayConnect,
  type RelayTransport,
} from '@project-hub/texchat';

declare global {
  interface ImportMetaEnv {
    /** Defined in astro.config.mjs from the environment of the build. */
    readonly TEXCHAT_RELAY_URL?: string;
  }
}

/** Where the address a reader pasted is remembered. */
export const RELAY_STORAGE_KEY = 'texchat.relay';

/** The relay address built into the page (TEXCHAT_RELAY_URL at build time), or ''. */
export const BUILT_IN_RELAY: string = import.meta.env.TEXCHAT_RELAY_URL ?? '';

/** A relay the page talks to: one connection (and transport) per participant. */
export interface RelayLink {
  readonly url: string;
  transport(id: string): RelayTransport;
}

/** The relay to use: the one the reader chose (or turned off), else the built-in one. */
export function chosenRelay(): string {
  const stored = readStorage();
  return stored ?? BUILT_IN_RELAY;
}

/** Remembers the reader's choice; '' means "no relay", even when one is built in. */
export function rememberRelay(url: string): void {
  try {
    localStorage.setItem(RELAY_STORAGE_KEY, url);
  } catch {
    // Storage may be off (private mode); the choice then lasts for this page only.
  }
}

/**
 * Checks an address a reader typed; the relay speaks http(s), a ws(s) address is accepted too.
 * @example relayAddress('ws://localhost:8080') → 'http://localhost:8080'
 */
export function relayAddress(input: string): string | undefined {
  try {
    const url = new URL(input.trim());
    if (url.protocol === 'ws:') url.protocol = 'http:';
    if (url.protocol === 'wss:') url.protocol = 'https:';
    return /^https?:$/.test(url.protocol) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Loads socket.io-client and returns a link to the relay at `url`. */
export async function openRelayLink(url: string): Promise<RelayLink> {
  const { io } = await import('socket.io-client');
  const connect: RelayConnect = (address, options) => io(address, { ...options, forceNew: true });
  // One secret per page: a reconnect of the same participant is recognised, nobody else's is.
  const token = createRelayToken();
  return { url, transport: (id) => createRelayTransport({ url, id, token, connect }) };
}

function readStorage(): string | undefined {
  try {
    return localStorage.getItem(RELAY_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
