import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Passwords too common to accept: zxcvbn-ts's list of ~49.000 leaked passwords, plus Dutch ones
 * and the obvious words of this dashboard that such lists miss.
 */
const DUTCH = [
  'welkom',
  'welkom01',
  'welkom1',
  'welkom12',
  'welkom123',
  'welkom2023',
  'welkom2024',
  'welkom2025',
  'welkom2026',
  'wachtwoord',
  'wachtwoord1',
  'wachtwoord01',
  'wachtwoord12',
  'wachtwoord123',
  'geheim',
  'geheim01',
  'geheim123',
  'welkomwelkom',
  'hallo123',
  'hallohallo',
  'lente2024',
  'zomer2024',
  'zomer2025',
  'herfst2024',
  'winter2024',
  'voorjaar2025',
  'januari2025',
  'februari2025',
  'nederland',
  'nederland1',
  'amsterdam',
  'amsterdam1',
  'ajax1900',
  'feyenoord',
  'psv12345',
  'oranje123',
  'gemeente',
  'gemeente1',
  'gemeente123',
  'zaanstad',
  'zaanstad1',
  'purmerend',
  'edamvolendam',
  'landsmeer',
  'oostzaan',
  'waterland',
  'wormerland',
  'zorgenveiligheid',
  'zorgveiligheid',
  'veiligheid',
  'veiligheidshuis',
  'dashboard',
  'dashboard1',
  'beheerder',
  'beheerder1',
  'bestuurder',
  'administrator',
  'qwerty123',
];

const COMMON = new Set([...(dictionary['passwords-common'] as string[]), ...DUTCH].map((p) => p.toLowerCase()));

/** True when the password (ignoring case) is in the list of common passwords. */
export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
