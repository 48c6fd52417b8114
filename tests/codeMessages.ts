/** A locale's UI strings (`i18n/<locale>/code.json`), by id: read by the unit and browser tests alike. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Messages = Record<string, { message: string }>;

export const readCodeMessages = (locale: string): Messages =>
  JSON.parse(readFileSync(join(__dirname, '..', 'i18n', locale, 'code.json'), 'utf8')) as Messages;
