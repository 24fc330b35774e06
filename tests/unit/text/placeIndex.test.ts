// The place finder on the committed gazetteer: case endings, adjectives, English forms, longest names,
// ambiguity, and the guards against names of people, organisations and months.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gazetteerIndex } from '../../../geo/lib/gazetteer';
import { findPlaces } from '../../../src/text/placeIndex';
import { proposeMentions } from '../../../src/text/proposals';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const index = gazetteerIndex(ROOT);

/** [quote, best candidate] for each place found in the text. */
const found = (text: string): Array<[string, string]> =>
  findPlaces(index, text).map((f) => [text.slice(f.start, f.end), f.ids[0] ?? '']);

describe('findPlaces', () => {
  it('finds Russian names in any case form', () => {
    expect(
      found('Азербайджан, Азербайджана, Азербайджаном; в Новороссийске; из Махачкалы; Каспий и Каспия'),
    ).toEqual([
      ['Азербайджан', 'country-az'],
      ['Азербайджана', 'country-az'],
      ['Азербайджаном', 'country-az'],
      ['Новороссийске', 'city-novorossiysk'],
      ['Махачкалы', 'city-makhachkala'],
      ['Каспий', 'lbl-caspian'],
      ['Каспия', 'lbl-caspian'],
    ]);
  });

  it('finds derived adjectives, both halves of a hyphenated one', () => {
    expect(found('азербайджанской стороне и российско-азербайджанской торговле')).toEqual([
      ['азербайджанской', 'country-az'],
      ['российско', 'country-ru'],
      ['азербайджанской', 'country-az'],
    ]);
  });

  it('lets a multi-word name win over its parts', () => {
    expect(found('у берегов Каспийского моря и в водах Персидского залива, на Южном Кавказе')).toEqual([
      ['Каспийского моря', 'lbl-caspian'],
      ['Персидского залива', 'lbl-persian-gulf'],
      ['Южном Кавказе', 'area-south-caucasus'],
    ]);
  });

  it('finds a border crossing by either side’s name, as КПП or МАПП, or in English', () => {
    expect(found('колонна прошла КПП Самур, затем МАПП Яраг-Казмаляр; the Astara crossing')).toEqual([
      ['КПП Самур', 'xing-samur'],
      ['МАПП Яраг-Казмаляр', 'xing-samur'],
      ['Astara crossing', 'xing-astara'],
    ]);
  });

  it('prefers the gulf to the country it is named after, and the short name of a republic', () => {
    expect(
      found('Tankers left the Gulf of Oman for Oman; trucks crossed Dagestan to the Absheron Peninsula.'),
    ).toEqual([
      ['Gulf of Oman', 'gulf-oman'],
      ['Oman', 'country-om'],
      ['Dagestan', 'adm1-rus-2417'],
      ['Absheron Peninsula', 'peninsula-absheron'],
    ]);
  });

  it('finds English names with plural and possessive forms', () => {
    expect(found("Iran's border, the two Astaras, Azerbaijani trucks and the Caspian Sea’s ports")).toEqual([
      ['Iran', 'country-ir'],
      ['Astaras', 'city-astara-az'],
      ['Azerbaijani', 'country-az'],
      ['Caspian Sea', 'lbl-caspian'],
    ]);
  });

  it('keeps every candidate of an ambiguous name, with a note', () => {
    const { mentions } = proposeMentions(index, {
      id: 'test',
      passages: [{ id: 'p1', kind: 'paragraph', text: 'Грузовики стоят в Астаре.' }],
    });
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.candidates.map((c) => c.id)).toEqual(['city-astara-az', 'city-astara-ir']);
    expect(mentions[0]?.note).toContain('ambiguous: 2 places have this name');
  });

  it('proposes nothing for people, organisations, months and abbreviations that look like names', () => {
    expect(
      found(
        'В марте президент Алиев и аналитик Mary Jones говорили с «Вестником Кавказа» о Каспийском трубопроводном консорциуме; МИД промолчал. Грузы ждут.',
      ),
    ).toEqual([]);
  });

  it('does not take a sentence-opening word for the town of the same name', () => {
    expect(found('Of all the ports, Baku is busiest. Того же мнения в Думе. Нигде нет очередей.')).toEqual([
      ['Baku', 'city-baku'],
    ]);
  });

  it('gives UTF-16 offsets: the quote is the passage text between them', () => {
    const text = '🚚 Грузовики из 🇮🇷 Ирана идут в Баку.';
    const { mentions } = proposeMentions(index, {
      id: 'test',
      passages: [{ id: 'p1', kind: 'paragraph', text }],
    });
    expect(mentions.map((m) => m.quote)).toEqual(['Ирана', 'Баку']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.quote);
  });
});
