// A tiny DOM builder: elements with attributes and text children (always textContent, never HTML).

/** Attributes of `el`: strings become attributes; `text` becomes textContent. */
export type Props = Record<string, string | undefined> & { text?: string };

/**
 * Creates an element with attributes and children; strings become text nodes.
 * @example el('p', { class: 'note' }, ['Hello ', el('strong', {}, ['world'])])
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'text') node.textContent = value ?? '';
    else if (value !== undefined) node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

let counter = 0;

/** A unique id for label/input pairs. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** Strips the library prefix from an error message for display. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^(\[[^\]]+\] )+/, '');
}
