// The publication day a pasted article often carries near its top ("6 марта 2026", "March 6, 2026",
// "06.03.2026"): offered to the editor to confirm, never taken without asking.
import { isCalendarDate } from '../data/dateRange';

const RU_MONTHS = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** How many non-empty lines from the top are looked at: a dateline sits by the title, not in the body. */
const LINES_LOOKED_AT = 5;

const iso = (year: number, month: number, day: number): string | null => {
  const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(text) ? text : null;
};

const monthOf = (name: string): number => {
  const lower = name.toLowerCase();
  const ru = RU_MONTHS.indexOf(lower);
  if (ru >= 0) return ru + 1;
  return (
    EN_MONTHS.findIndex((month) => month === lower || (lower.length >= 3 && month.startsWith(lower))) + 1
  );
};

/** The first real calendar day written in the text's first lines, as YYYY-MM-DD, or null. */
export function statedDay(text: string): string | null {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== '---')
    .slice(0, LINES_LOOKED_AT);
  const patterns: Array<[RegExp, (match: RegExpExecArray) => string | null]> = [
    [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => iso(Number(m[1]), Number(m[2]), Number(m[3]))],
    [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, (m) => iso(Number(m[3]), Number(m[2]), Number(m[1]))],
    // 6 марта 2026, 6 March 2026
    [
      /(?<![\p{L}\d])(\d{1,2})\s+(\p{L}+)\.?,?\s+(\d{4})(?!\d)/u,
      (m) => iso(Number(m[3]), monthOf(m[2] ?? ''), Number(m[1])),
    ],
    // March 6, 2026
    [
      /(?<![\p{L}\d])(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})(?!\d)/u,
      (m) => iso(Number(m[3]), monthOf(m[1] ?? ''), Number(m[2])),
    ],
  ];
  for (const line of lines) {
    for (const [pattern, read] of patterns) {
      const match = pattern.exec(line);
      const day = match ? read(match) : null;
      if (day) return day;
    }
  }
  return null;
}
