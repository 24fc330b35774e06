// The strings of the share dialog (link, picture, data, embed code, citation) and of the embedded map, in
// both languages. They load with the dialog or the embed, not with the page, so the reader's first-load
// JavaScript does not grow with them.
import type { Language, MessageKey, MessageParams } from './dictionaries';
import { partStrings } from './partStrings';

const en = {
  shareTitle: 'Share this view',
  copyLink: 'Copy link',
  linkCopied: 'Link copied to the clipboard',
  copyFailed: 'Copy the link below (the clipboard is not available here)',
  linkField: 'Link to this view',
  systemShare: 'Share with…',
  closeDialog: 'Close',
  openInAtlas: 'Open in Risk Atlas',
  legendHeading: 'Legend',
  downloadImage: 'Download image',
  imageScaleLabel: 'Image size',
  downloadData: 'Download data',
  dataFormatLabel: 'Format',
  embedCode: 'Embed code',
  embedWidth: 'Width (px)',
  embedHeight: 'Height (px)',
  copyCode: 'Copy code',
  codeCopied: 'Embed code copied to the clipboard',
  citeView: 'Cite this view',
  citationField: 'Citation',
  copyCitation: 'Copy citation',
  citationCopied: 'Citation copied to the clipboard',
  copyManually: 'Select the text above and copy it (the clipboard is not available here)',
  exportPreparing: 'Preparing {file}…',
  exportSaved: 'Saved {file}',
  exportFailed: 'The file could not be made: {detail}',
  viewTitleDefault: 'South Caucasus and the Caspian',
  citation: '{atlas}: {view}. Map after {sources}. {link} (accessed {accessed}).',
  citationNoSource: '{atlas}: {view}. {link} (accessed {accessed}).',
  citationSource: '“{title}”, {outlet}, {date}',
  imageSources: 'After {sources}',
  imageSource: '{outlet}, {date}: “{title}”',
  madeOn: 'Made {date}',
  searchMarked: 'Marked: names containing “{query}” ({count})',
} as const;

export type ShareMessageKey = keyof typeof en;

const ru: Record<ShareMessageKey, string> = {
  shareTitle: 'Поделиться этим видом',
  copyLink: 'Копировать ссылку',
  linkCopied: 'Ссылка скопирована в буфер обмена',
  copyFailed: 'Скопируйте ссылку ниже (буфер обмена здесь недоступен)',
  linkField: 'Ссылка на этот вид',
  systemShare: 'Отправить…',
  closeDialog: 'Закрыть',
  openInAtlas: 'Открыть в «Атласе рисков»',
  legendHeading: 'Легенда',
  downloadImage: 'Скачать изображение',
  imageScaleLabel: 'Размер изображения',
  downloadData: 'Скачать данные',
  dataFormatLabel: 'Формат',
  embedCode: 'Код для встраивания',
  embedWidth: 'Ширина (пикс.)',
  embedHeight: 'Высота (пикс.)',
  copyCode: 'Копировать код',
  codeCopied: 'Код скопирован в буфер обмена',
  citeView: 'Цитировать этот вид',
  citationField: 'Библиографическая ссылка',
  copyCitation: 'Копировать библиографическую ссылку',
  citationCopied: 'Библиографическая ссылка скопирована в буфер обмена',
  copyManually: 'Выделите текст выше и скопируйте его (буфер обмена здесь недоступен)',
  exportPreparing: 'Готовим {file}…',
  exportSaved: 'Сохранено: {file}',
  exportFailed: 'Файл не удалось создать: {detail}',
  viewTitleDefault: 'Южный Кавказ и Каспий',
  citation: '{atlas}: {view}. Карта по материалам: {sources}. URL: {link} (дата обращения: {accessed}).',
  citationNoSource: '{atlas}: {view}. URL: {link} (дата обращения: {accessed}).',
  citationSource: '«{title}» // {outlet}. {date}',
  imageSources: 'По материалам: {sources}',
  imageSource: '{outlet}, {date}: «{title}»',
  madeOn: 'Создано {date}',
  searchMarked: 'Отмечены названия, в которых есть «{query}» ({count})',
};

export const shareStrings = partStrings({ en, ru });

export function translateShare(language: Language, key: ShareMessageKey, params?: MessageParams): string {
  return shareStrings.translate(language, key, params);
}

export type AnyMessageKey = ShareMessageKey | MessageKey;

/** Either dictionary: the page's own strings, or the share dialog's. */
export const translateAny = shareStrings.translate;

/** The share dialog's lookup: both dictionaries, in the interface language. */
export const useShareT = shareStrings.useT;
