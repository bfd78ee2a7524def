// The widget's interface words in each language (content/<lang>/strings.json, the files the
// widget is built from), so page objects find things by the names a patient hears in that language.
import { readFileSync } from 'node:fs';

// The words the clinician sheet shares (`shared`, a struct of their own in the widget) are looked
// up like the others.
const read = (lang) => {
  const words = JSON.parse(readFileSync(new URL(`../../content/${lang}/strings.json`, import.meta.url), 'utf8'));
  return { ...words, ...words.shared };
};

export const WORDS = { en: read('en'), es: read('es') };

/** A text with `{blank}`s as a pattern that matches it with anything in the blanks. */
export const pattern = (text) =>
  new RegExp(text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[a-z]+\}/g, '.+'));
