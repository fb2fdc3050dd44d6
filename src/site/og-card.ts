// The link-preview card of a project (og:image): 1200×630, the hub's look, drawn as SVG and
// turned into PNG at build time (social sites do not show SVG previews).
import sharp from 'sharp';

export interface CardText {
  title: string;
  tagline: string;
}

const WIDTH = 1200;
const HEIGHT = 630;
const MONO = "Monaco, Menlo, 'SF Mono', 'DejaVu Sans Mono', monospace";
const SANS = "system-ui, 'DejaVu Sans', Arial, sans-serif";

/** The card as SVG markup. */
export function cardSvg({ title, tagline }: CardText): string {
  const lines = wrap(tagline, 38);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="100%" height="100%" fill="#0d1117"/>
  <rect x="0" y="0" width="16" height="${HEIGHT}" fill="#6cb6ff"/>
  <text x="88" y="130" fill="#9da7b3" font-family="${MONO}" font-size="36">project hub</text>
  <text x="88" y="290" fill="#e6edf3" font-family="${MONO}" font-size="104" font-weight="700">${escapeXml(title)}</text>
  ${lines.map((line, i) => `<text x="88" y="${390 + i * 60}" fill="#9da7b3" font-family="${SANS}" font-size="46">${escapeXml(line)}</text>`).join('\n  ')}
  <text x="88" y="570" fill="#6cb6ff" font-family="${SANS}" font-size="32">Runnable TypeScript examples in the page</text>
</svg>`;
}

/** The card as PNG bytes. */
export async function cardPng(text: CardText): Promise<ArrayBuffer> {
  const png = await sharp(Buffer.from(cardSvg(text)))
    .png()
    .toBuffer();
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}

/** Greedy word wrap into lines of at most `width` characters (three lines at most). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.slice(0, 3);
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char,
  );
}
