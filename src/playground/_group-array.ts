// Node's array grouping for util.inspect: many short entries laid out in aligned columns.

/** Where the array is printed and Node's layout options. */
export interface GroupLayout {
  indent: number;
  breakLength: number;
  maxItems: number;
  compact: number;
}

/** Node's `groupArrayElements`: many short entries are laid out in aligned columns. */
export function groupArrayElements(
  output: string[],
  array: ArrayLike<unknown>,
  { indent, breakLength, maxItems, compact }: GroupLayout,
): string[] {
  const more = output.length > maxItems ? output.at(-1) : undefined;
  const items = more === undefined ? output : output.slice(0, -1);
  if (items.some((item) => item.includes('\n'))) return output;
  const separatorSpace = 2;
  const lengths = items.map((item) => item.length);
  const totalLength = lengths.reduce((sum, len) => sum + len + separatorSpace, 0);
  const maxLength = Math.max(...lengths);
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + indent >= breakLength || (totalLength / actualMax <= 5 && maxLength > 6))
    return output;
  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedMax * items.length) / biasedMax),
    Math.floor((breakLength - indent) / actualMax),
    compact * 4,
    15,
  );
  if (columns <= 1) return output;
  const widths = Array.from({ length: columns }, (_, column) => {
    let width = 0;
    for (let j = column; j < items.length; j += columns) width = Math.max(width, lengths[j] ?? 0);
    return width + separatorSpace;
  });
  // As Node: a hole counts as a non-number (`every` would skip it).
  let numeric = true;
  for (let i = 0; i < output.length; i++) {
    if (typeof array[i] !== 'number' && typeof array[i] !== 'bigint') numeric = false;
  }
  const rows: string[] = [];
  for (let i = 0; i < items.length; i += columns) {
    const row = items.slice(i, i + columns);
    const cells = row.map((item, k) => {
      const width = widths[k] ?? 0;
      if (k < row.length - 1)
        return numeric ? `${item}, `.padStart(width) : `${item}, `.padEnd(width);
      return numeric ? item.padStart(width - separatorSpace) : item;
    });
    rows.push(cells.join(''));
  }
  return more === undefined ? rows : [...rows, more];
}
