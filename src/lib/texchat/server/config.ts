// The relay's configuration, read from the environment; a bad value names the variable and a fix.
import type { Rate } from '../rate-limit.ts';
import { RelayConfigError } from './errors.ts';
import { DEFAULT_HISTORY_LIMIT } from './room-history.ts';
import { DEFAULT_LIMITS } from './relay-server.ts';

/**
 * Where the history lives: in memory (lost on restart), in a file, or in the Redis at
 * TEXCHAT_REDIS_URL (shared by every relay process on that Redis).
 */
export type StoreSpec =
  | { kind: 'memory' }
  | { kind: 'sqlite'; path: string }
  | { kind: 'fs'; path: string }
  | { kind: 'redis'; url: string };

/** Everything `npm run texchat:server` reads from the environment. */
export interface RelayConfig {
  port: number;
  host: string;
  origins: string[] | '*';
  store: StoreSpec;
  redisUrl: string | undefined;
  historyLimit: number;
  messageRate: Rate;
  presenceRate: Rate;
}

/** The variables and their defaults, as the docs list them. */
export const DEFAULTS = {
  TEXCHAT_PORT: '8080',
  TEXCHAT_HOST: '127.0.0.1',
  TEXCHAT_ORIGINS: 'http://localhost:4321',
  TEXCHAT_STORE: 'sqlite:.texchat/history.sqlite',
  TEXCHAT_HISTORY_LIMIT: String(DEFAULT_HISTORY_LIMIT),
  TEXCHAT_MESSAGE_RATE: `${DEFAULT_LIMITS.messages.burst}/${DEFAULT_LIMITS.messages.perSecond}`,
  TEXCHAT_PRESENCE_RATE: `${DEFAULT_LIMITS.presence.burst}/${DEFAULT_LIMITS.presence.perSecond}`,
} as const;

/**
 * Reads the relay configuration from `env`.
 * @example readConfig({ TEXCHAT_PORT: '9000' }).port → 9000
 */
export function readConfig(env: Record<string, string | undefined>): RelayConfig {
  const get = (name: keyof typeof DEFAULTS) => env[name]?.trim() || DEFAULTS[name];
  const redis = redisUrl(env['TEXCHAT_REDIS_URL']?.trim() || undefined);
  // Scaled out, processes must share one history: Redis is the default store then.
  const storeValue = env['TEXCHAT_STORE']?.trim() || (redis ? 'redis' : DEFAULTS.TEXCHAT_STORE);
  return {
    port: integer('TEXCHAT_PORT', get('TEXCHAT_PORT'), 0, 65535),
    host: get('TEXCHAT_HOST'),
    origins: origins(get('TEXCHAT_ORIGINS')),
    store: store(storeValue, redis),
    redisUrl: redis,
    historyLimit: integer('TEXCHAT_HISTORY_LIMIT', get('TEXCHAT_HISTORY_LIMIT'), 1, 1_000_000),
    messageRate: rate('TEXCHAT_MESSAGE_RATE', get('TEXCHAT_MESSAGE_RATE')),
    presenceRate: rate('TEXCHAT_PRESENCE_RATE', get('TEXCHAT_PRESENCE_RATE')),
  };
}

/** How the log line names a store. */
export function describeStore(spec: StoreSpec): string {
  if (spec.kind === 'memory') return 'memory (history lost on restart)';
  return spec.kind === 'redis' ? `redis:${spec.url}` : `${spec.kind}:${spec.path}`;
}

// --- Internal helpers ---

function integer(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new RelayConfigError(name, value, `use a whole number from ${min} to ${max}`);
  }
  return n;
}

function origins(value: string): string[] | '*' {
  if (value === '*') return '*';
  const list = value
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of list) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin) {
      throw new RelayConfigError(
        'TEXCHAT_ORIGINS',
        origin,
        'list origins like https://chat.example.org (scheme, host, port; no path), comma-separated, or *',
      );
    }
  }
  return list;
}

function store(value: string, redis: string | undefined): StoreSpec {
  if (value === 'memory') return { kind: 'memory' };
  if (value === 'redis') {
    if (redis) return { kind: 'redis', url: redis };
    throw new RelayConfigError(
      'TEXCHAT_STORE',
      value,
      'set TEXCHAT_REDIS_URL (like redis://127.0.0.1:6379) too, or use sqlite:<file> or fs:<directory>',
    );
  }
  const match = /^(sqlite|fs):(.+)$/.exec(value);
  if (match) return { kind: match[1] as 'sqlite' | 'fs', path: match[2]! };
  throw new RelayConfigError(
    'TEXCHAT_STORE',
    value,
    'use memory, sqlite:<file>, fs:<directory> or redis (with TEXCHAT_REDIS_URL)',
  );
}

function redisUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^rediss?:\/\//.test(value)) {
    throw new RelayConfigError('TEXCHAT_REDIS_URL', value, 'use a URL like redis://127.0.0.1:6379');
  }
  return value;
}

function rate(name: string, value: string): Rate {
  const match = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(value);
  if (!match || Number(match[1]) < 1 || Number(match[2]) <= 0) {
    throw new RelayConfigError(name, value, 'use <burst>/<per second>, like 20/5');
  }
  return { burst: Number(match[1]), perSecond: Number(match[2]) };
}
