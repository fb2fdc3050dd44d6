// A last check on MathJax's output before it enters the page: safe links, no handlers, no scripts.

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;
const FORBIDDEN = 'script, foreignObject, iframe, object, embed, style, use, image, animate, set';
// MathJax's safe styles include `cursor`, whose url() a browser fetches on hover: a tracking pixel.
const LOADS = /(?:url|image-set|image|cross-fade|element)\s*\(/i;

/**
 * True for an http, https or mailto URL with no control characters or spaces that a browser
 * would strip (so `java\nscript:` is refused).
 * @example isSafeUrl('https://a.org') → true; isSafeUrl('javascript:alert(1)') → false
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
  return !/[\u0000-\u0020\u007F-\u009F]/.test(url) && SAFE_URL.test(url);
}

/**
 * The URL with the spaces and control characters around it trimmed (as a browser does), when
 * what is left is safe; undefined otherwise.
 * @example safeUrl(' http://ok ') → 'http://ok'; safeUrl(' javascript:x') → undefined
 */
export function safeUrl(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we trim
  const trimmed = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  return isSafeUrl(trimmed) ? trimmed : undefined;
}

/** Removes anything active from a MathJax node: scripts, handlers, unsafe links, styles that load. */
export function sanitizeMathNode(root: Element): void {
  for (const bad of root.querySelectorAll(FORBIDDEN)) bad.remove();
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const { name, value } of [...element.attributes]) {
      const local = name.toLowerCase();
      if (local.startsWith('on')) element.removeAttribute(name);
      else if (local === 'style' && LOADS.test(value)) element.removeAttribute(name);
      else if ((local === 'href' || local.endsWith(':href')) && !isSafeUrl(value)) {
        element.removeAttribute(name);
      }
    }
    if (element.localName === 'a' && element.hasAttribute('href')) {
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'noopener noreferrer nofollow');
    }
  }
}
