// The relay's environment: defaults, parsed values, and a typed error naming a bad variable.
import { describe, expect, it } from 'vitest';
import { TokenBucket } from '@project-hub/texchat';
import { RelayConfigError, describeStore, readConfig } from '@project-hub/texchat/server';

describe('readConfig', () => {
  it('has defaults that keep the relay on this machine', () => {
    expect(readConfig({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      origins: ['http://localhost:4321'],
      store: { kind: 'sqlite', path: '.texchat/history.sqlite' },
      redisUrl: undefined,
      historyLimit: 1000,
      messageRate: { burst: 20, perSecond: 2 },
      presenceRate: { burst: 20, perSecond: 2 },
    });
  });

  it('reads every variable', () => {
    const config = readConfig({
      TEXCHAT_PORT: '0',
      TEXCHAT_HOST: '0.0.0.0',
      TEXCHAT_ORIGINS: 'https://a.example, http://localhost:4321',
      TEXCHAT_STORE: 'sqlite:/var/lib/texchat/history.sqlite',
      TEXCHAT_REDIS_URL: 'redis://127.0.0.1:6379',
      TEXCHAT_HISTORY_LIMIT: '50',
      TEXCHAT_MESSAGE_RATE: '5/0.5',
    });
    expect(config).toMatchObject({
      port: 0,
      origins: ['https://a.example', 'http://localhost:4321'],
      store: { kind: 'sqlite', path: '/var/lib/texchat/history.sqlite' },
      redisUrl: 'redis://127.0.0.1:6379',
      historyLimit: 50,
      messageRate: { burst: 5, perSecond: 0.5 },
    });
    expect(readConfig({ TEXCHAT_ORIGINS: '*' }).origins).toBe('*');
  });

  it('keeps history in Redis by default when TEXCHAT_REDIS_URL is set (processes share one history)', () => {
    const url = 'redis://127.0.0.1:6379';
    expect(readConfig({ TEXCHAT_REDIS_URL: url }).store).toEqual({ kind: 'redis', url });
    expect(readConfig({ TEXCHAT_REDIS_URL: url, TEXCHAT_STORE: 'redis' }).store).toEqual({
      kind: 'redis',
      url,
    });
    // An explicit store still wins: live traffic shared, history per process.
    expect(readConfig({ TEXCHAT_REDIS_URL: url, TEXCHAT_STORE: 'memory' }).store).toEqual({
      kind: 'memory',
    });
    expect(describeStore({ kind: 'redis', url })).toBe(`redis:${url}`);
  });

  it.each([
    ['TEXCHAT_PORT', '80a'],
    ['TEXCHAT_PORT', '70000'],
    ['TEXCHAT_ORIGINS', 'https://a.example/chat'],
    ['TEXCHAT_STORE', 'postgres'],
    // Redis as the store needs TEXCHAT_REDIS_URL too.
    ['TEXCHAT_STORE', 'redis'],
    ['TEXCHAT_REDIS_URL', 'localhost:6379'],
    ['TEXCHAT_HISTORY_LIMIT', '0'],
    ['TEXCHAT_MESSAGE_RATE', 'fast'],
  ])('refuses %s=%s with a RelayConfigError that names it', (variable, value) => {
    let error: unknown;
    try {
      readConfig({ [variable]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RelayConfigError);
    expect(error).toMatchObject({ name: 'RelayConfigError', code: 'ERR_RELAY_CONFIG', variable });
    expect((error as Error).message).toContain(`${variable}=`);
  });
});

describe('TokenBucket (from the lib, as the relay uses it per connection)', () => {
  it('allows a burst, then regains tokens at its rate', () => {
    let now = 0;
    const bucket = new TokenBucket({ burst: 3, perSecond: 2 }, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    now = 499;
    expect(bucket.take()).toBe(false);
    // One second after the burst ran out: two tokens back (the 499 ms are not lost).
    now = 1000;
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
    now = 60_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
