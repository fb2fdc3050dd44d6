/**
 * The TeXchat relay server (Node only): socket.io 4, identities bound at the handshake, every
 * event checked, rate limits, bounded history through a datastore, Redis adapter for scale-out.
 * `npm run texchat:server` runs `main.ts`, configured by the environment (see `readConfig`).
 *
 * @example
 * const relay = await startRelay({ store: new DictDatastore(), port: 8080, origins: ['https://chat.example.org'] });
 *
 * @packageDocumentation
 */
export * from './relay-server.ts';
export * from './config.ts';
export * from './open-store.ts';
export * from './errors.ts';
export * from './inbound.ts';
export * from './room-history.ts';
export * from './room-list.ts';
export * from './identities.ts';
export * from './shared-history.ts';
export * from './shared-identities.ts';
