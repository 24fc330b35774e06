// The strings of the timeline, which load with it (only for a corpus of more than one day).
import { partStrings } from '../i18n/partStrings';

const en = {
  datesGroup: 'Dates',
  dateFrom: 'From',
  dateTo: 'To',
  allDates: 'All dates',
  dateRangeShown: '{from} – {to}',
  timelineBar: '{when}: {count} article(s). Click to show only these dates.',
  timelineSummary:
    '{count} articles from {from} to {to}; {shown} of them in the chosen dates. The bars count articles per day.',
};

const ru: Record<keyof typeof en, string> = {
  datesGroup: 'Даты',
  dateFrom: 'С',
  dateTo: 'По',
  allDates: 'Все даты',
  dateRangeShown: '{from} – {to}',
  timelineBar: '{when}: статей — {count}. Нажмите, чтобы показать только эти даты.',
  timelineSummary:
    'Статей: {count}, с {from} по {to}; в выбранные даты: {shown}. Столбцы показывают число статей за день.',
};

export const timelineStrings = partStrings({ en, ru });
export const useTimelineT = timelineStrings.useT;
