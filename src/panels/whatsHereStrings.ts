// The strings of the What's here panel, which load with it.
import { partStrings } from '../i18n/partStrings';

const en = {
  whatsHereRegion: 'What’s here',
  whatsHereHeading: 'What’s here',
  closeWhatsHere: 'Close “What’s here”',
  coordinatesLabel: 'Coordinates',
  north: 'N',
  south: 'S',
  east: 'E',
  west: 'W',
  provinceLabel: 'Province',
  countryLabel: 'Country',
  outsideProvinces: 'Outside the mapped provinces (sea or beyond the region).',
  disputedTerritory: 'Disputed territory; shown without endorsement of any claim.',
  riskZonesHereLabel: 'Risk zones at this point',
  noRiskZonesHere: 'No mapped risk zone covers this point.',
  nearestCrossingLabel: 'Nearest border crossing',
  distanceKm: 'about {km} km away',
  noCrossings: 'No border crossings in the atlas.',
  adminLoading: 'Looking up the province…',
  adminError: 'The province lookup failed: {message}',
};

const ru: Record<keyof typeof en, string> = {
  whatsHereRegion: 'Что здесь',
  whatsHereHeading: 'Что здесь',
  closeWhatsHere: 'Закрыть «Что здесь»',
  coordinatesLabel: 'Координаты',
  north: 'с. ш.',
  south: 'ю. ш.',
  east: 'в. д.',
  west: 'з. д.',
  provinceLabel: 'Регион',
  countryLabel: 'Страна',
  outsideProvinces: 'Вне регионов на карте (море или за пределами района).',
  disputedTerritory: 'Спорная территория; показана без признания чьих-либо притязаний.',
  riskZonesHereLabel: 'Зоны риска в этой точке',
  noRiskZonesHere: 'Эта точка не входит ни в одну зону риска на карте.',
  nearestCrossingLabel: 'Ближайший пограничный переход',
  distanceKm: 'примерно в {km} км',
  noCrossings: 'В атласе нет пограничных переходов.',
  adminLoading: 'Определяем регион…',
  adminError: 'Не удалось определить регион: {message}',
};

export const whatsHereStrings = partStrings({ en, ru });
export const useWhatsHereT = whatsHereStrings.useT;
