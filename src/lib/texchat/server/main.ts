#!/usr/bin/env node
// `npm run texchat:server`: starts a relay configured by the environment and logs one line.
import { describeStore, readConfig } from './config.ts';
import { openStore } from './open-store.ts';
import { startRelay } from './relay-server.ts';

const config = readConfig(process.env);
const opened = await openStore(config.store, config.historyLimit);
const relay = await startRelay({
  store: opened.store,
  ...(opened.history ? { history: opened.history } : {}),
  port: config.port,
  host: config.host,
  origins: config.origins,
  ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
  historyLimit: config.historyLimit,
  limits: { messages: config.messageRate, presence: config.presenceRate },
});
const origins = config.origins === '*' ? 'any origin' : config.origins.join(' ');
console.log(
  `texchat relay listening on ${relay.url} · store ${describeStore(config.store)} · ` +
    `history ${config.historyLimit} per room · redis ${config.redisUrl ?? 'off'} · origins ${origins}`,
);

// A failed background call (a Redis publish that timed out) is logged; the relay stays up.
process.on('unhandledRejection', (reason) => {
  console.error(`texchat relay: ${reason instanceof Error ? reason.message : String(reason)}`);
});

// A stop signal closes connections first, so clients see a clean disconnect and reconnect.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void relay
      .close()
      .then(() => opened.close())
      .finally(() => process.exit(0));
  });
}
