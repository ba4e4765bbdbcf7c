import type { Lang } from '../format';
import { useLanguage } from '../i18n/LanguageContext';

/**
 * Texts of the presentation mode and the board report, kept with these views (not in
 * i18n/messages.ts). `{name}` placeholders are filled with `fill` from the LanguageContext.
 */
const nlTexts = {
  presentTitle: 'Presentatie',
  presentLabel: 'Presentatie van het dashboard',
  slideCounter: '{n} / {count}',
  slideCounterLabel: 'Dia {n} van {count}',
  slideAnnounce: 'Dia {n} van {count}: {title}',
  slideOverview: 'Overzicht',
  slideAttention: 'Aandachtspunten',
  slideTheme: 'Prioriteit {number}: {title}',
  slideCaseload: 'Casuïstiek',
  slideMoney: 'Financiën',
  previous: 'Vorige dia',
  next: 'Volgende dia',
  exit: 'Presentatie sluiten',
  fullscreen: 'Volledig scherm',
  keysHint: 'Pijltjes, PageUp/PageDown, spatie: andere dia · Esc: sluiten',
  noAttention: 'Geen aandachtspunten',
  noAttentionDetail: 'Alle doelen zijn op koers.',
  noGoals: 'Er zijn nog geen doelen vastgelegd.',
  goalsPerStatus: 'Doelen per status',
  prioritiesPerStatus: 'Prioriteiten per status',
  owner: 'Portefeuillehouder',
  progress: 'Voortgang',
  summary: 'Samenvatting',
  nextMilestone: 'Volgende mijlpaal',
  notes: 'Signalen',
  noOwner: 'Niet vastgelegd',
  noMilestone: 'Geen mijlpaal vastgelegd',
  latestValue: 'Laatste waarde',
  target: 'Doel',
  deadline: 'Uiterlijk',
  changeYear: 'Verandering t.o.v. {year}',
  moneyTotal: 'Totaal {year}',
  reportTitle: 'Bestuurlijke rapportage',
  reportIntro: 'De stand van zaken van het Zorg- en Veiligheidshuis: kerncijfers, doelen, prioriteiten en de belangrijkste grafieken.',
  reportRegion: 'Regio',
  reportDate: 'Datum',
  reportPrint: 'Afdrukken',
  reportFigures: 'Kerncijfers',
  reportGoals: 'Doelen',
  reportThemes: 'Prioriteiten',
  reportCharts: 'Grafieken',
  reportSources: 'Bronnen',
  colGoal: 'Doel',
  colAbout: 'Betreft',
  colStatus: 'Status',
  colLatest: 'Laatste waarde',
  colTarget: 'Streefwaarde',
  colDeadline: 'Uiterlijk',
  region: 'regio',
  noteBy: '{author}, {date}',
};

export type SteeringTextKey = keyof typeof nlTexts;

const enTexts: Record<SteeringTextKey, string> = {
  presentTitle: 'Presentation',
  presentLabel: 'Presentation of the dashboard',
  slideCounter: '{n} / {count}',
  slideCounterLabel: 'Slide {n} of {count}',
  slideAnnounce: 'Slide {n} of {count}: {title}',
  slideOverview: 'Overview',
  slideAttention: 'Points of attention',
  slideTheme: 'Priority {number}: {title}',
  slideCaseload: 'Cases',
  slideMoney: 'Finances',
  previous: 'Previous slide',
  next: 'Next slide',
  exit: 'Close presentation',
  fullscreen: 'Full screen',
  keysHint: 'Arrows, PageUp/PageDown, space: change slide · Esc: close',
  noAttention: 'Nothing needs attention',
  noAttentionDetail: 'Every goal is on track.',
  noGoals: 'No goals have been set yet.',
  goalsPerStatus: 'Goals per status',
  prioritiesPerStatus: 'Priorities per status',
  owner: 'Portfolio holder',
  progress: 'Progress',
  summary: 'Summary',
  nextMilestone: 'Next milestone',
  notes: 'Signals',
  noOwner: 'Not recorded',
  noMilestone: 'No milestone recorded',
  latestValue: 'Latest value',
  target: 'Target',
  deadline: 'By',
  changeYear: 'Change from {year}',
  moneyTotal: 'Total {year}',
  reportTitle: 'Board report',
  reportIntro: 'The state of affairs of the Care and Safety House: key figures, goals, priorities and the main charts.',
  reportRegion: 'Region',
  reportDate: 'Date',
  reportPrint: 'Print',
  reportFigures: 'Key figures',
  reportGoals: 'Goals',
  reportThemes: 'Priorities',
  reportCharts: 'Charts',
  reportSources: 'Sources',
  colGoal: 'Goal',
  colAbout: 'Concerns',
  colStatus: 'Status',
  colLatest: 'Latest value',
  colTarget: 'Target',
  colDeadline: 'By',
  region: 'region',
  noteBy: '{author}, {date}',
};

export const steeringTexts: Record<Lang, Record<SteeringTextKey, string>> = { nl: nlTexts, en: enTexts };

export type SteeringT = (key: SteeringTextKey, vars?: Record<string, string | number>) => string;

export function steeringT(lang: Lang): SteeringT {
  const texts = steeringTexts[lang];
  return (key, vars) =>
    vars ? texts[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match)) : texts[key];
}

/** The steering texts in the current language, next to the app's own `t`. */
export function useSteeringTexts() {
  const ctx = useLanguage();
  return { ...ctx, s: steeringT(ctx.lang) };
}
