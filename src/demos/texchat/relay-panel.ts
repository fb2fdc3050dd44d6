// "Connect to a relay": the address field, and the connection state while a relay is in use.
import type { RelayError, RelayState } from '@project-hub/texchat';
import { relayAddress } from './relay-link.ts';
import { el } from './message-view.ts';

/** What the reader reads for each state of the connection. */
export const STATE_TEXT: Record<RelayState, string> = {
  connecting: 'connecting…',
  connected: 'connected',
  reconnecting: 'reconnecting… (messages you send now go out when it is back)',
  offline: 'offline',
};

/** The relay controls; `choose` gets the new address, or '' to chat without a relay. */
export class RelayPanel {
  readonly element = el('details', 'tc-relay');
  readonly #input = el('input', 'input tc-relay-input');
  readonly #status = el('p', 'tc-relay-status');
  readonly #disconnect = el('button', 'button', 'Chat without a relay');

  constructor(
    current: string,
    readonly choose: (url: string) => void,
  ) {
    this.element.append(
      el('summary', 'tc-relay-summary', 'Connect to a relay'),
      this.#form(),
      this.#status,
    );
    this.#status.setAttribute('role', 'status');
    this.show(current);
  }

  /** Shows which relay is in use ('' for none). */
  show(url: string): void {
    this.#input.value = url;
    this.#disconnect.hidden = url === '';
    this.element.open ||= url !== '';
    this.#status.textContent =
      url === '' ? 'No relay: the chat stays in this browser.' : `Relay ${url}: connecting…`;
    this.#status.dataset['state'] = url === '' ? 'none' : 'connecting';
  }

  /** Shows the state of the connection to `url`. */
  showState(url: string, state: RelayState): void {
    this.#status.textContent = `Relay ${url}: ${STATE_TEXT[state]}`;
    this.#status.dataset['state'] = state;
  }

  /** Shows what the relay refused. */
  showError(error: RelayError): void {
    this.#status.append(el('span', 'tc-relay-error', ` ${error.message}.`));
  }

  #form(): HTMLFormElement {
    const form = el('form', 'tc-relay-form');
    this.#input.id = 'tc-relay-url';
    this.#input.type = 'url';
    this.#input.placeholder = 'https://relay.example.org';
    this.#input.autocomplete = 'off';
    const label = el('label', 'tc-label', 'Relay address');
    label.htmlFor = this.#input.id;
    const connect = el('button', 'button', 'Connect');
    connect.type = 'submit';
    this.#disconnect.type = 'button';
    this.#disconnect.addEventListener('click', () => this.choose(''));
    form.append(label, this.#input, connect, this.#disconnect);
    this.#input.addEventListener('input', () => this.#input.setCustomValidity(''));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = relayAddress(this.#input.value);
      this.#input.setCustomValidity(url ? '' : 'Use an address like https://relay.example.org');
      if (url) this.choose(url);
      else this.#input.reportValidity();
    });
    return form;
  }
}
