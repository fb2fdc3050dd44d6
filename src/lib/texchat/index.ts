/**
 * texchat: the model of a chat that renders TeX math, without a DOM and without a server.
 *
 * Main types: `ChatClient` (a participant: rooms, messages, presence, history sync), `Transport`
 * (with `createBus()` for panes of one page and `createBroadcastTransport()` for tabs of one
 * browser), `History` (messages in a datastore under `/Room:<room>/Message:<arrival number>`,
 * bounded per room and per sender), `RateLimiter` (token buckets per sender), `validateMessage`
 * (typed errors for what arrives), and the text helpers `splitSegments` (text, code and TeX) and
 * `tokenizeInline` (mentions and links).
 *
 * @example
 * const bus = createBus();
 * const ada = new ChatClient({ transport: bus.connect(), name: 'Ada' });
 * const emmy = new ChatClient({ transport: bus.connect(), name: 'Emmy' });
 * emmy.on('message', ({ message }) => console.log(message.name, splitSegments(message.text)));
 * await ada.join('lobby'); await emmy.join('lobby'); await ada.send('$e^{i\\pi}+1=0$');
 *
 * @packageDocumentation
 */
export * from './errors.ts';
export * from './names.ts';
export * from './segments.ts';
export * from './inline.ts';
export * from './message.ts';
export * from './protocol.ts';
export * from './transport.ts';
export * from './bus.ts';
export * from './broadcast.ts';
export * from './presence.ts';
export * from './rate-limit.ts';
export * from './history.ts';
export * from './emitter.ts';
export * from './client.ts';
export * from './relay.ts';
