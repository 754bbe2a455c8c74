import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatNumber } from '../format/format';
import { en } from './en';
import { vi } from './vi';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'rehabdesk.language';

function storedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof vi };
    /** Our own "num" format takes a number (see the formatter added below). */
    interpolationFormatTypeMap: { num: number };
  }
}

const initial = storedLanguage();
dayjs.locale(initial);
document.documentElement.lang = initial;

// Resources are bundled, so init finishes synchronously before the first render.
void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  initAsync: false,
});

// "{{count, num}}" writes numbers the Vietnamese way (1.091) in both languages, as the facility's papers do.
i18n.services.formatter?.add('num', (value: unknown) => (typeof value === 'number' ? formatNumber(value) : String(value)));

export function changeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Without storage the choice lasts until the window closes.
  }
  dayjs.locale(language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export { i18n };
