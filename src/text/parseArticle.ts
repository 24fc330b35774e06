// Plain article text -> front matter and blocks. The format: optional front matter between two `---` lines
// (`key: value`), then paragraphs separated by blank lines; `## ` starts a heading, `> ` a quotation.
// Without a title in the front matter, the first line is the title.

export const FRONT_MATTER_KEYS = ['title', 'outlet', 'date', 'lang', 'url', 'id'] as const;
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];
export type FrontMatter = Partial<Record<FrontMatterKey, string>>;

export interface Block {
  kind: 'heading' | 'paragraph' | 'quotation';
  text: string;
}

export interface ParsedText {
  frontMatter: FrontMatter;
  /** From the front matter, else the first line of the body; null for a body without text. */
  title: string | null;
  blocks: Block[];
  /** Lines the parser did not understand, with their 1-based line numbers. */
  warnings: string[];
}

const isKey = (key: string): key is FrontMatterKey => (FRONT_MATTER_KEYS as readonly string[]).includes(key);

/** One line of text per passage: inner line breaks and runs of spaces become one space. */
const oneLine = (lines: readonly string[]): string =>
  lines
    .join(' ')
    .replace(/[ \t]+/g, ' ')
    .trim();

function readFrontMatter(
  lines: string[],
  warnings: string[],
): { frontMatter: FrontMatter; bodyStart: number } {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || lines[first]?.trim() !== '---') return { frontMatter: {}, bodyStart: 0 };
  const close = lines.findIndex((l, i) => i > first && l.trim() === '---');
  if (close < 0) {
    warnings.push(`line ${first + 1}: front matter opened with --- but never closed; read as text`);
    return { frontMatter: {}, bodyStart: 0 };
  }
  const frontMatter: FrontMatter = {};
  for (let i = first + 1; i < close; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const m = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    const key = m?.[1]?.toLowerCase();
    if (m === null || key === undefined || !isKey(key)) {
      warnings.push(
        `line ${i + 1}: front matter keys are ${FRONT_MATTER_KEYS.join(', ')}; ignored: ${line.trim()}`,
      );
      continue;
    }
    const value = (m[2] ?? '').replace(/^(["'])(.*)\1$/, '$2');
    if (value !== '') frontMatter[key] = value;
  }
  return { frontMatter, bodyStart: close + 1 };
}

function blocksOf(group: readonly string[]): Block[] {
  const out: Block[] = [];
  let paragraph: string[] = [];
  let quotation: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) out.push({ kind: 'paragraph', text: oneLine(paragraph) });
    if (quotation.length > 0) out.push({ kind: 'quotation', text: oneLine(quotation) });
    paragraph = [];
    quotation = [];
  };
  for (const raw of group) {
    const line = raw.trim();
    if (line.startsWith('## ')) {
      flush();
      out.push({ kind: 'heading', text: oneLine([line.slice(3)]) });
    } else if (line.startsWith('>')) {
      if (paragraph.length > 0) flush();
      quotation.push(line.replace(/^>\s?/, ''));
    } else {
      if (quotation.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return out.filter((b) => b.text !== '');
}

export function parseArticleText(input: string): ParsedText {
  const warnings: string[] = [];
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const { frontMatter, bodyStart } = readFrontMatter(lines, warnings);
  const body = lines.slice(bodyStart);
  let title: string | null = frontMatter.title ?? null;
  if (title === null) {
    const first = body.findIndex((l) => l.trim() !== '');
    if (first >= 0) {
      title = oneLine([(body[first] ?? '').replace(/^##\s+/, '')]);
      body.splice(first, 1);
    }
  }
  const groups: string[][] = [[]];
  for (const line of body) {
    if (line.trim() === '') groups.push([]);
    else groups[groups.length - 1]?.push(line);
  }
  const blocks = groups.filter((g) => g.length > 0).flatMap(blocksOf);
  return { frontMatter, title, blocks, warnings };
}
