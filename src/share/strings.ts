// Interface strings of the sharing tools (links, regions, notices), in both languages.
import type { Language } from '../i18n/dictionaries';

const en = {
  share: 'Share',
  shareTitle: 'Share this view',
  copyLink: 'Copy link',
  copied: 'Link copied to the clipboard',
  copyFailed: 'Copy the link below (the clipboard is not available here)',
  linkField: 'Link to this view',
  systemShare: 'Share with…',
  close: 'Close',
  region: 'Region',
  chooseRegion: 'Go to a region…',
  dismiss: 'Dismiss',
  notices: 'Notices',
};

export type ShareKey = keyof typeof en;

const ru: Record<ShareKey, string> = {
  share: 'Поделиться',
  shareTitle: 'Поделиться этим видом',
  copyLink: 'Копировать ссылку',
  copied: 'Ссылка скопирована в буфер обмена',
  copyFailed: 'Скопируйте ссылку ниже (буфер обмена здесь недоступен)',
  linkField: 'Ссылка на этот вид',
  systemShare: 'Отправить…',
  close: 'Закрыть',
  region: 'Регион',
  chooseRegion: 'Перейти к региону…',
  dismiss: 'Закрыть',
  notices: 'Уведомления',
};

const STRINGS: Record<Language, Record<ShareKey, string>> = { en, ru };

export function shareString(language: Language, key: ShareKey): string {
  return STRINGS[language][key];
}
