// Words and phrases that contain or look like place names but name something else. The matcher treats each
// phrase like a name of its own: where it is at least as long as a place name found at the same word, the
// place is not proposed (so "Каспийский трубопроводный консорциум" hides "Каспийский").

/** Organisations and publications whose names contain a place name. */
const ORGANISATIONS = [
  'Вестник Кавказа',
  'Каспийский трубопроводный консорциум',
  'Caspian Pipeline Consortium',
  'Каспийская флотилия',
  'Caspian Flotilla',
  'Tehran Times',
  'Baku Network',
  'Radio Azatliq',
  'Азербайджанские железные дороги',
  'Azerbaijan Railways',
  'Российские железные дороги',
  'Russian Railways',
  'Caucasian Knot',
  'Кавказский узел',
];

/**
 * People whose surnames or given names are also the names of places in the region (GeoNames has villages
 * named after many surnames). Given names are only listed where they are also a place here.
 */
const PEOPLE = [
  'Алиев',
  'Aliyev',
  'Пашинян',
  'Pashinyan',
  'Путин',
  'Putin',
  'Мария',
  'Mary',
  'Adam',
  'Тося',
  'Ана',
];

/**
 * Ordinary words that are also the names of towns (Of in Turkey, Niğde, Togo, Douma) and start a sentence
 * with a capital: the town is given up for the word. Дума is mostly the State Duma in Russian news.
 */
const WORDS = ['Of', 'Lice', 'Того', 'Нигде', 'Дума', 'Салам'];

/** Month names, a few of which are also towns ("Mart"), never places in a dated news text. */
const MONTHS = [
  'January February March April May June July August September October November December',
  'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
]
  .join(' ')
  .split(' ');

export const NOT_PLACES: readonly string[] = [...ORGANISATIONS, ...PEOPLE, ...WORDS, ...MONTHS];

/** Titles that put a person's name after them: "президент Алиев", "President Raisi". */
export const TITLES: ReadonlySet<string> = new Set(
  [
    'президент президента президенту президентом',
    'премьер премьер-министр министр министра главы глава генерал генерала',
    'president prime minister mr mrs ms dr general',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Adjectives whose stem is not the place name plus -ский (the rest are derived from the names by the index).
 * Keys are nominative masculine adjectives; values are gazetteer ids.
 */
export const IRREGULAR_ADJECTIVES: Readonly<Record<string, string>> = {
  армянский: 'country-am',
  грузинский: 'country-ge',
  турецкий: 'country-tr',
  туркменский: 'country-tm',
  казахстанский: 'country-kz',
  казахский: 'country-kz',
  американский: 'country-us',
  бакинский: 'city-baku',
  московский: 'city-moscow',
  махачкалинский: 'city-makhachkala',
  тебризский: 'city-tabriz',
  Turkish: 'country-tr',
  Kazakh: 'country-kz',
  Turkmen: 'country-tm',
  American: 'country-us',
  Saudi: 'country-sa',
  Emirati: 'country-ae',
};
