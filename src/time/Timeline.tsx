// The timeline over the map: articles per day, and the reported-date range as two labelled date fields.
// Shown only when the corpus spans more than one day; the map, the list, the counts and What's here
// follow the range (src/data/featureFilters.ts, src/map/timeStyle.ts). On a phone, whose map is short, it
// is one line (its name and the dates shown) until the reader opens it.
import { useId, useMemo, useState } from 'react';
import { NARROW_QUERY, useMediaQuery } from '../app/useMediaQuery';
import { ALL_DATES, isAllDates } from '../data/dateRange';
import { formatDate } from '../i18n/dictionaries';
import { useLanguage } from '../i18n/useT';
import { useTimelineT } from './timelineStrings';
import { useAtlasIndex } from '../panels/useAtlas';
import { useAtlasStore } from '../state/store';
import { articleHistogram, barInRange, corpusSpan } from './histogram';
import './timeline.css';

/** One end of the range: a labelled date field bounded by the corpus's first and last day. */
function DateField({
  label,
  first,
  last,
  value,
  onChange,
}: {
  label: string;
  first: string;
  last: string;
  value: string | null;
  onChange: (day: string) => void;
}) {
  return (
    <label className="timeline-field">
      <span>{label}</span>
      <input
        type="date"
        min={first}
        max={last}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}

export function Timeline() {
  const t = useTimelineT();
  const language = useLanguage();
  const index = useAtlasIndex();
  const range = useAtlasStore((state) => state.dateRange);
  const setDateRange = useAtlasStore((state) => state.setDateRange);
  const groupId = useId();
  const partsId = useId();
  const narrow = useMediaQuery(NARROW_QUERY);
  const [openOnPhone, setOpenOnPhone] = useState(false);
  const dates = useMemo(() => index?.articlesNewestFirst.map((article) => article.date) ?? [], [index]);
  const bars = useMemo(() => articleHistogram(dates), [dates]);
  const span = corpusSpan(dates);
  if (span.from === null || span.to === null || span.from === span.to) return null;
  const tallest = Math.max(...bars.map((bar) => bar.count), 1);
  const shownCount = bars.filter((bar) => barInRange(bar, range)).reduce((sum, bar) => sum + bar.count, 0);
  const summary = t('timelineSummary', {
    count: dates.length,
    from: formatDate(language, span.from),
    to: formatDate(language, span.to),
    shown: shownCount,
  });
  const setEnd = (key: 'from' | 'to', value: string) => {
    const next = { ...range, [key]: value === '' ? null : value };
    // An end dragged past the other moves both: the range never turns inside out.
    if (next.from !== null && next.to !== null && next.from > next.to) {
      if (key === 'from') next.to = next.from;
      else next.from = next.to;
    }
    setDateRange(next);
  };
  const collapsed = narrow && !openOnPhone;
  const days = (from: string, to: string) =>
    from === to
      ? formatDate(language, from)
      : t('dateRangeShown', { from: formatDate(language, from), to: formatDate(language, to) });
  const shown = isAllDates(range) ? t('allDates') : days(range.from ?? span.from, range.to ?? span.to);
  const parts = (
    <>
      <figure className="timeline-histogram">
        {/* A bar with articles shows only its dates when clicked, and says what it counts on hover; the date
            fields below are the keyboard's way to the same. */}
        <svg viewBox={`0 0 ${bars.length} 10`} preserveAspectRatio="none" aria-hidden="true">
          {bars.map((bar, i) => {
            const height = (bar.count / tallest) * 10;
            return (
              <g key={bar.from}>
                <rect
                  x={i + 0.1}
                  y={10 - height}
                  width={0.8}
                  height={height}
                  className={barInRange(bar, range) ? 'timeline-bar in-range' : 'timeline-bar'}
                />
                {bar.count > 0 && (
                  <rect
                    x={i}
                    y={0}
                    width={1}
                    height={10}
                    className="timeline-bar-target"
                    data-from={bar.from}
                    onClick={() => setDateRange({ from: bar.from, to: bar.to })}
                  >
                    <title>{t('timelineBar', { when: days(bar.from, bar.to), count: bar.count })}</title>
                  </rect>
                )}
              </g>
            );
          })}
        </svg>
        <figcaption className="visually-hidden">{summary}</figcaption>
      </figure>
      <DateField
        label={t('dateFrom')}
        first={span.from}
        last={span.to}
        value={range.from}
        onChange={(day) => setEnd('from', day)}
      />
      <DateField
        label={t('dateTo')}
        first={span.from}
        last={span.to}
        value={range.to}
        onChange={(day) => setEnd('to', day)}
      />
      <button type="button" disabled={isAllDates(range)} onClick={() => setDateRange(ALL_DATES)}>
        {t('allDates')}
      </button>
    </>
  );
  return (
    <div
      className={collapsed ? 'timeline timeline-collapsed' : 'timeline'}
      role="group"
      aria-labelledby={groupId}
    >
      {narrow ? (
        <button
          type="button"
          id={groupId}
          className="timeline-title timeline-toggle"
          aria-expanded={!collapsed}
          aria-controls={partsId}
          onClick={() => setOpenOnPhone(collapsed)}
        >
          {t('datesGroup')}
          <span aria-hidden="true">{collapsed ? ' ▴' : ' ▾'}</span>
        </button>
      ) : (
        <span id={groupId} className="timeline-title">
          {t('datesGroup')}
        </span>
      )}
      {collapsed && <span className="timeline-shown">{shown}</span>}
      <div id={partsId} className="timeline-parts">
        {!collapsed && parts}
      </div>
    </div>
  );
}
