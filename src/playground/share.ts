// Share links: an example's code in the URL fragment, deflated with the platform's CompressionStream.
//
//   #share=<example index>.<base64url of deflate-raw(JSON {code, setup?, lang, of?})>
//
// `of` is a fingerprint of the example's original code: a link still finds its example after the
// page gains or loses examples above it; the index is the fallback (and the playground's slot).
//
// A fragment is never sent to a server. Reading it is bounded twice: the fragment's length, and the
// inflated size (the stream is read until the limit and then abandoned), so a crafted link cannot
// make the page inflate a bomb. Anything that does not parse is refused with a reason.

/** What a share link carries. `setup` and `lang` are used by the playground page only. */
export interface SharedCode {
  index: number;
  code: string;
  setup?: string;
  lang?: 'ts' | 'js';
  /** `fingerprint()` of the original code of the example the link was made from. */
  of?: string;
}

/** Longest fragment accepted or produced: about what chat apps and browsers keep intact. */
export const MAX_FRAGMENT_CHARS = 16_000;
/** Largest shared source (code plus setup, as JSON), in UTF-8 bytes. */
export const MAX_SHARED_BYTES = 64 * 1024;

/** A share link that could not be made or read; `message` says why, for the reader. */
export class ShareError extends Error {
  override readonly name = 'ShareError';
}

const PREFIX = '#share=';

/** Whether a URL fragment is a share link at all (anything else is left alone). */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(PREFIX);
}

/** The fragment (with `#`) for `shared`; throws ShareError when it would be too long. */
export async function encodeShare(shared: SharedCode): Promise<string> {
  const json = JSON.stringify({
    code: shared.code,
    setup: shared.setup,
    lang: shared.lang,
    of: shared.of,
  });
  const bytes = new TextEncoder().encode(json);
  if (bytes.length > MAX_SHARED_BYTES) {
    throw new ShareError(`the code is too long to share (over ${MAX_SHARED_BYTES / 1024} KB)`);
  }
  const packed = await pipe(bytes, new CompressionStream('deflate-raw'), Infinity);
  const fragment = `${PREFIX}${shared.index}.${toBase64Url(packed)}`;
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    throw new ShareError(
      `the code is too long to share (the link would exceed ${MAX_FRAGMENT_CHARS} characters)`,
    );
  }
  return fragment;
}

/** Reads a share fragment; throws ShareError saying what is wrong with it. */
export async function decodeShare(hash: string): Promise<SharedCode> {
  if (hash.length > MAX_FRAGMENT_CHARS) throw new ShareError('the shared link is too long');
  const match = /^#share=(\d{1,4})\.([A-Za-z0-9_-]+)$/.exec(hash);
  if (!match) throw new ShareError('the shared link is malformed');
  let bytes: Uint8Array;
  try {
    bytes = await pipe(
      fromBase64Url(match[2]!),
      new DecompressionStream('deflate-raw'),
      MAX_SHARED_BYTES,
    );
  } catch (error) {
    if (error instanceof ShareError) throw error;
    throw new ShareError('the shared link is damaged (its code does not decompress)');
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ShareError('the shared link is damaged (its code is not readable)');
  }
  return { index: Number(match[1]), ...checkShape(data) };
}

/** A short, stable name of an example's original code (FNV-1a, 32 bits, as 8 hex digits). */
export function fingerprint(code: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) {
    hash ^= code.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

// --- Internal helpers ---

function checkShape(data: unknown): Omit<SharedCode, 'index'> {
  const get = (name: string): unknown =>
    typeof data === 'object' && data !== null && Object.hasOwn(data, name)
      ? (Reflect.get(data, name) as unknown)
      : undefined;
  const code = get('code');
  const setup = get('setup');
  const lang = get('lang');
  const of = get('of');
  if (
    typeof code !== 'string' ||
    (setup !== undefined && typeof setup !== 'string') ||
    (lang !== undefined && lang !== 'ts' && lang !== 'js') ||
    (of !== undefined && (typeof of !== 'string' || !/^[0-9a-f]{8}$/.test(of)))
  ) {
    throw new ShareError('the shared link is damaged (unexpected content)');
  }
  return {
    code,
    ...(setup === undefined ? {} : { setup }),
    ...(lang === undefined ? {} : { lang }),
    ...(of === undefined ? {} : { of }),
  };
}

/** Streams `input` through `transform`, refusing output longer than `limit` bytes. */
async function pipe(
  input: Uint8Array,
  transform: TransformStream<BufferSource, Uint8Array>,
  limit: number,
): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  void writer.write(input as BufferSource).catch(() => {});
  void writer.close().catch(() => {});
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      void reader.cancel().catch(() => {});
      throw new ShareError(`the shared code is too large (over ${limit / 1024} KB)`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) (out.set(chunk, offset), (offset += chunk.length));
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
