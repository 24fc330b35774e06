// Writes corpus files as text the way the repository's formatter (prettier, printWidth 110) lays JSON out,
// so a downloaded file drops into geo/ with a diff that shows only what changed.
const WIDTH = 110;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function flat(value: Json): string | null {
  if (Array.isArray(value)) {
    const parts = value.map(flat);
    return parts.every((p): p is string => p !== null) ? `[${parts.join(', ')}]` : null;
  }
  if (value !== null && typeof value === 'object') return Object.keys(value).length === 0 ? '{}' : null;
  return JSON.stringify(value);
}

/** `lead` is what precedes the value on its line, `tail` what follows it (a comma or nothing). */
function print(value: Json, indent: string, lead: number, tail: number): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const oneLine = flat(value);
    if (oneLine !== null && lead + oneLine.length + tail <= WIDTH) return oneLine;
    if (value.every((item) => typeof item === 'number')) {
      // Numbers fill their lines, as many to a line as fit.
      const lines: string[] = [];
      let line = '';
      value.forEach((item, i) => {
        const piece = `${JSON.stringify(item)}${i < value.length - 1 ? ',' : ''}`;
        if (line !== '' && inner.length + line.length + 1 + piece.length > WIDTH) {
          lines.push(line);
          line = piece;
        } else line = line === '' ? piece : `${line} ${piece}`;
      });
      lines.push(line);
      return `[\n${lines.map((l) => inner + l).join('\n')}\n${indent}]`;
    }
    const items = value.map(
      (item, i) => inner + print(item, inner, inner.length, i < value.length - 1 ? 1 : 0),
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return '{}';
    const entries = keys.map((key, i) => {
      const label = `${JSON.stringify(key)}: `;
      const item = value[key] as Json;
      return inner + label + print(item, inner, inner.length + label.length, i < keys.length - 1 ? 1 : 0);
    });
    return `{\n${entries.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The file's text: formatted JSON ending with a newline. Undefined members are left out, as JSON.stringify does. */
export function corpusJson(value: unknown): string {
  const plain = JSON.parse(JSON.stringify(value)) as Json;
  return `${print(plain, '', 0, 0)}\n`;
}
