// The live chat, loaded when <texchat-demo> starts: Ada and Emmy side by side, or one participant
// in the room the URL hash names; panes share a bus, bridged to other tabs by BroadcastChannel.
import {
  ChatClient,
  bridge,
  createBroadcastTransport,
  createBus,
  createPrivateRoomName,
  History,
  MAX_NICKNAME_LENGTH,
  randomNickname,
  type InPageBus,
  type RelayTransport,
  type Transport,
} from '@project-hub/texchat';
import { routeFromHash, type HashRoute } from './hash.ts';
import { el } from './message-view.ts';
import { ChatPane } from './pane.ts';
import { RoomBar } from './room-bar.ts';
import { chosenRelay, openRelayLink, rememberRelay, type RelayLink } from './relay-link.ts';
import { RelayPanel } from './relay-panel.ts';
import { TexRenderer } from './tex-renderer.ts';

/** The opening lines Ada and Emmy exchange, so a reader sees a conversation at once. */
export const OPENING: readonly [string, string][] = [
  ['Ada', 'Hello @Emmy! Euler wrote $e^{i\\pi} + 1 = 0$, and I still find it beautiful.'],
  [
    'Emmy',
    'So do I. And the Gaussian integral:\n$$\\int_{-\\infty}^{\\infty} e^{-x^2}\\,dx = \\sqrt{\\pi}$$',
  ],
  [
    'Ada',
    'Type TeX between `$…$` or `\\(…\\)`, display math between `$$…$$` or `\\[…\\]`; `\\$` is a dollar. Try it below.',
  ],
];

/**
 * How long a silent member stays listed. Chromium runs the timers of a tab hidden for five minutes
 * once a minute, so a shorter timeout would drop background tabs that are still there.
 */
export const TIMEOUT_MS = 75_000;

/** The running demo inside one host element. */
class ChatApp {
  readonly #renderer = new TexRenderer();
  readonly #bus: InPageBus = createBus();
  readonly #bar = new RoomBar();
  readonly #panes = el('div', 'tc-panes');
  readonly #live = el('div', 'tc-visually-hidden');
  #clients: ChatClient[] = [];
  #paneViews: ChatPane[] = [];
  #single = false;
  // What a switch between Ada and Emmy and a room keeps, so Back and Forward find each
  // conversation again: the pair's private room, each participant's history, the newcomer's name.
  readonly #pairRoom = createPrivateRoomName();
  readonly #histories = new Map<string, History>();
  #singleName = randomNickname(['Ada', 'Emmy']);
  /** The id of the message last read out, so one arriving in both panes is read once. */
  #announced = '';
  // With a relay, the reader is one participant in a room shared with other machines.
  #relay: RelayLink | undefined;
  readonly #relayPanel = new RelayPanel(chosenRelay(), (url) => void this.#useRelay(url));

  constructor(readonly host: HTMLElement) {
    installStyles(this.#renderer);
    // Lives as long as the page: the goodbyes of closing clients still reach other tabs.
    bridge(this.#bus.connect(), createBroadcastTransport());
    this.#live.setAttribute('aria-live', 'polite');
    host.replaceChildren(this.#relayPanel.element, this.#bar.element, this.#panes, this.#live);
    addEventListener('hashchange', this.#onHash);
    addEventListener('pagehide', this.#close);
    addEventListener('pageshow', (event) => event.persisted && void this.start());
  }

  /** Builds the view the URL hash asks for. */
  async start(): Promise<void> {
    const relay = chosenRelay();
    if (relay) return this.#useRelay(relay, false);
    await this.#go(routeFromHash(location.hash) ?? { kind: 'pair' });
  }

  /** Switches to the relay at `url` ('' for none), remembering the reader's choice. */
  async #useRelay(url: string, remember = true): Promise<void> {
    if (remember) rememberRelay(url);
    this.#relayPanel.show(url);
    this.#relay = url ? await openRelayLink(url) : undefined;
    this.#reset(this.#single);
    await this.#go(routeFromHash(location.hash) ?? { kind: 'pair' });
  }

  async #go(route: HashRoute): Promise<void> {
    if (route.kind === 'room') return this.#startSingle(route.room);
    // Ada and Emmy live in this page; through a relay the reader starts in the lobby.
    if (this.#relay) return this.#startSingle('lobby');
    // Ada and Emmy already talking stay as they are; a refused room name is only reported.
    if (!this.#single && this.#clients.length > 0) return this.#showPairBar(route.refused);
    await this.#startPair(route.refused);
  }

  async #startPair(refused: string | undefined): Promise<void> {
    this.#reset(false);
    const room = this.#pairRoom;
    const [ada, emmy] = [this.#addClient('Ada', 'Ada'), this.#addClient('Emmy', 'Emmy')];
    this.#showPairBar(refused);
    await ada.join(room);
    await emmy.join(room);
    // Back from another room, the conversation is still there; only a new one opens with lines.
    if ((await ada.history.ids(room)).length > 0) {
      await Promise.all(this.#paneViews.map((pane) => pane.showHistory()));
      return;
    }
    // Each line reaches the other pane before the next is sent: a pane orders what it shows by
    // arrival, so a reply sent before the greeting arrived would show above it.
    for (const [who, text] of OPENING) {
      const [from, to] = who === 'Ada' ? [ada, emmy] : [emmy, ada];
      const delivered = new Promise<void>((resolve) => {
        const off = to.on('message', () => (off(), resolve()));
      });
      await from.send(text);
      await delivered;
    }
  }

  async #startSingle(room: string): Promise<void> {
    if (!this.#single) this.#reset(true);
    // A newcomer is a scientist, but not one of the two on the main demo.
    const client = this.#clients[0] ?? this.#addClient(this.#singleName, 'newcomer');
    this.#paneViews[0]?.clear();
    await client.join(room);
    // Not the nickname: it can change; the pane's heading and label show the current one.
    this.#bar.showRoom(room, 'You are', { back: !this.#relay });
    await this.#paneViews[0]?.showHistory();
  }

  /** A participant named `name`, whose history is kept under `who` across view switches. */
  #addClient(name: string, who: string): ChatClient {
    // A relay's rooms are not this page's rooms: their history is kept apart.
    const key = this.#relay ? `${who}@${this.#relay.url}` : who;
    const history = this.#histories.get(key) ?? new History();
    this.#histories.set(key, history);
    const id = createClientId();
    // On a relay, a nickname already used in the room is refused: take the next free variant.
    const transport = this.#transport(id, () => {
      client.rename(nextVariant(client.name));
      pane.refreshTitle();
    });
    const client = new ChatClient({ transport, id, name, history, timeoutMs: TIMEOUT_MS });
    // Back from a lost relay connection: fetch what the room said meanwhile.
    if ('onReconnect' in transport) transport.onReconnect(() => void client.resync());
    const pane = new ChatPane(client, { renderer: this.#renderer, announce: this.#announce });
    client.on('rooms', (rooms) => this.#bar.showRooms(rooms));
    client.on('error', (error) => console.warn('[texchat]', error));
    this.#clients.push(client);
    this.#paneViews.push(pane);
    this.#panes.append(pane.element);
    return client;
  }

  /** The in-page bus, or a connection to the relay whose state the relay panel shows. */
  #transport(id: string, onNameTaken: () => void): Transport | RelayTransport {
    const relay = this.#relay;
    if (!relay) return this.#bus.connect();
    const transport = relay.transport(id);
    // A transport closed by a switch to another relay (or none) no longer speaks for the page.
    const current = () => this.#relay === relay;
    transport.onState((state) => current() && this.#relayPanel.showState(relay.url, state));
    transport.onError((error) => {
      if (!current()) return;
      if (error.code === 'ERR_NAME_TAKEN') onNameTaken();
      else this.#relayPanel.showError(error);
    });
    return transport;
  }

  #showPairBar(refused: string | undefined): void {
    this.#bar.showRoom(this.#pairRoom, 'Ada and Emmy are', {
      back: false,
      ...(refused === undefined ? {} : { refused }),
    });
  }

  #reset(single: boolean): void {
    if (this.#single && this.#clients[0]) this.#singleName = this.#clients[0].name;
    this.#paneViews.forEach((pane) => pane.destroy());
    this.#clients.forEach((client) => client.close());
    this.#clients = [];
    this.#paneViews = [];
    this.#panes.replaceChildren();
    this.#panes.classList.toggle('tc-single', single);
    this.#single = single;
  }

  // The two panes announce through one region, so a message is read out once, not per pane.
  // A message from another tab reaches both panes; the second announcement (same id) is skipped,
  // while the same words sent again are a new message and are read again.
  readonly #announce = (text: string, id: string): void => {
    if (id === this.#announced) return;
    this.#announced = id;
    this.#live.textContent = text;
  };

  // A section link (#contact, the skip link's #main) is no route: the chat stays as it is.
  readonly #onHash = (): void => {
    const route = routeFromHash(location.hash);
    if (route) void this.#go(route);
    else if (!this.#single) this.#showPairBar(undefined);
  };

  // Closing the clients says goodbye to the others; the bridge stays so the goodbyes get out.
  readonly #close = (): void => this.#reset(this.#single);
}

/** Starts the chat inside `host` (the <texchat-demo> element), replacing its fallback content. */
export async function mountChat(host: HTMLElement): Promise<void> {
  await new ChatApp(host).start();
}

/**
 * The next variant of a nickname: a number added, or the one there counted up.
 * @example nextVariant('Ada') → 'Ada2'; nextVariant('Ada2') → 'Ada3'
 */
export function nextVariant(name: string): string {
  const match = /^(.*?)(\d+)$/.exec(name);
  const next = match ? `${match[1]}${Number(match[2]) + 1}` : `${name}2`;
  return next.length <= MAX_NICKNAME_LENGTH ? next : `${name.slice(0, MAX_NICKNAME_LENGTH - 1)}2`;
}

function createClientId(): string {
  const words = crypto.getRandomValues(new Uint32Array(2));
  return [...words].map((word) => word.toString(16).padStart(8, '0')).join('');
}

function installStyles(renderer: TexRenderer): void {
  if (document.getElementById('tc-mathjax-css')) return;
  const style = document.createElement('style');
  style.id = 'tc-mathjax-css';
  style.textContent = renderer.styleSheet();
  document.head.append(style);
}
