/**
 * Texts of board steering: goals (doelstellingen), theme editing and notes ("rode draden"), in
 * Dutch, those the overview shows. Kept apart from messages.ts, which spreads them into its `nl`;
 * the others are in steeringPageMessages.ts (part of pageMessages.ts, decision 0024), the English
 * ones in steeringMessagesEn.ts.
 */
export const steeringNl = {
  navDoelen: 'Doelen',
  goalStatusON_TRACK: 'Op koers',
  goalStatusAT_RISK: 'Risico',
  goalStatusOFF_TRACK: 'Uit koers',
  goalStatusNO_DATA: 'Geen gegevens',
  goalStatusSTALE: 'Verouderd',
  targetAT_MOST: 'hoogstens {target}',
  targetAT_LEAST: 'minstens {target}',
  targetBETWEEN: 'tussen {target} en {upper}',
  basisCount: 'uit de telling van de ZVH',
  basisContributions: 'bijdragen {year}',
  basisReported: 'handmatig gemeld',
  errGoalTitle: 'Vul een titel in.',
  errGoalIndicator: 'Kies een indicator.',
  errGoalTarget: 'Vul een doelwaarde in (een getal).',
  errGoalUpper: 'Vul bij "tussen" ook een bovengrens in (een getal).',
  errGoalUpperOrder: 'De bovengrens moet hoger zijn dan de ondergrens.',
  errGoalMargin: 'Vul als marge een percentage van 0 tot en met 100 in.',
  errGoalStale: 'Vul een heel aantal dagen groter dan 0 in.',
  errGoalDate: 'Vul een geldige datum in.',
  errGoalUnit: 'Vul de eenheid in, bijvoorbeeld "casussen", "%" of "dagen".',
  errGoalUnitLong: 'Maak de eenheid korter: hoogstens 40 tekens.',
  // overview
  attentionTitle: 'Doelen en aandachtspunten',
  attentionNone: 'Geen aandachtspunten',
  attentionMoreGoals: '{count, plural, one {en # ander doel} other {en # andere doelen}}',
  attentionCounts: '{goals} doelen, {themes} prioriteiten',
  attentionGoal: 'doel',
  attentionTheme: 'prioriteit',
  // themes
  historyFieldstatus: 'Status',
  historyFieldstatusNote: 'Toelichting',
  historyFieldowner: 'Portefeuillehouder',
  historyFieldprogressNote: 'Voortgang',
  historyFieldnextMilestone: 'Volgende mijlpaal',
  historyFieldnextMilestoneDate: 'Datum mijlpaal',
  historyFielddomains: 'Kennisdomeinen',
  historyFielddomainCodes: 'Kennisdomeinen',
  historyBy: 'door {by}',
  // The presentation and the board report.
  boardPresentTitle: 'Presentatie',
  boardReportTitle: 'Bestuurlijke rapportage',
} as const;
