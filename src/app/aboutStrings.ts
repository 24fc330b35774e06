// The strings of the About dialog (its credits), which load with it.
import { partStrings } from '../i18n/partStrings';

const en = {
  approximateNote: 'Some positions are approximate; each feature states its precision.',
  creditArticles: '{outlet}, {dates}: articles ({count}).',
  creditNaturalEarth: 'Natural Earth (public domain): countries, borders, provinces.',
  creditGshhg: 'GSHHG / WDBII (Wessel & Smith), LGPL-3: rivers, lakes.',
  creditGeonames:
    'GeoNames (CC BY 4.0): the towns routes are drawn through, and place names the editor proposes.',
  creditNoto: 'Noto Sans (SIL Open Font License 1.1): labels.',
};

const ru: Record<keyof typeof en, string> = {
  approximateNote: 'Часть координат приблизительна; у каждого объекта указана точность.',
  creditArticles: '{outlet}, {dates}: статьи ({count}).',
  creditNaturalEarth: 'Natural Earth (общественное достояние): страны, границы, провинции.',
  creditGshhg: 'GSHHG / WDBII (Wessel & Smith), LGPL-3: реки, озёра.',
  creditGeonames:
    'GeoNames (CC BY 4.0): города, через которые проведены маршруты, и названия мест, которые предлагает редактор.',
  creditNoto: 'Noto Sans (SIL Open Font License 1.1): подписи.',
};

export const aboutStrings = partStrings({ en, ru });
export const useAboutT = aboutStrings.useT;
