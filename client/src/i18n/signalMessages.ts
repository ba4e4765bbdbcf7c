/** Texts of the early-warning list ("Signalen"), in Dutch; the English ones are in signalMessagesEn.ts. */
export const signalsNl = {
  signalsTitle: 'Signalen',
  signalsNone: 'Geen signalen: elk cijfer ligt binnen zijn recente bandbreedte en geen doel zit in zijn risicomarge.',
  signalsNoneShort: 'Geen signalen',
  signalsTooFewAll: 'Te weinig peildata om te signaleren: {counts} van de {needed} nodig.',
  signalsTooFewOne: '{figure}: te weinig peildata: {counts} van de {needed} nodig.',
  signalsRuleRange:
    'Regel: de laatste telling ligt meer dan 2 mediane absolute afwijkingen (MAD) van de mediaan van de zes tellingen ervoor, en meer dan {min} ervan af.',
  signalsRuleRangeShort: 'buiten de recente bandbreedte',
  signalsRuleGoal: 'in de risicomarge van het doel',
  signalsRuleGoalOff: 'voorbij de risicomarge van het doel',
  signalsRulesExplained:
    'Een signaal: een cijfer dat meer dan 2 mediane absolute afwijkingen van de mediaan van de zes tellingen ervoor ligt (en meer dan 2 casussen of 0,5 per 10.000 inwoners), of een doel in of voorbij zijn risicomarge.',
  signalsRange:
    '{figure} staat op {date} op {value}: {direction, select, ABOVE {boven} other {onder}} de recente bandbreedte ({low} tot {high}; mediaan {median} van de zes tellingen ervoor).',
  signalsGoal:
    'Doel “{goal}” staat op {date} op {value}: {status, select, GOAL_OFF_TRACK {voorbij de risicomarge} other {in de risicomarge}} ({direction, select, ABOVE {boven het doel van {edge}} other {onder het doel van {edge}}}).',
  signalsRangeShort:
    '{figure}: {value} op {date}, {direction, select, ABOVE {boven} other {onder}} de recente bandbreedte ({low} tot {high})',
  signalsCrossed: 'Op {date} lag het nog op koers.',
  signalsCrossedShort: '(nieuw)',
  signalsGoalShort: 'Doel “{goal}”: {value} op {date}, {status, select, GOAL_OFF_TRACK {voorbij de risicomarge} other {in de risicomarge}}',
  signalsFigureRegionCases: 'Lopende casussen in de regio',
  signalsFigureRegionPer10k: 'Casussen per 10.000 inwoners in de regio',
  signalsFigureCases: 'Lopende casussen in {name}',
  signalsFigurePer10k: 'Casussen per 10.000 inwoners in {name}',
  signalsFigureDomain: 'Lopende casussen in het kennisdomein {name}',
  signalsSeverityHIGH: 'Hoog',
  signalsSeverityMEDIUM: 'Let op',
  signalsColFigure: 'Cijfer',
  signalsColRule: 'Regel',
  signalsColDate: 'Peildatum',
  signalsColValue: 'Waarde',
  signalsColRange: 'Bandbreedte of doel',
  signalsColSeverity: 'Ernst',
  signalsTableCaption: 'Signalen',
  signalsMore: '{count, plural, one {en # ander signaal} other {en # andere signalen}}',
  signalsSlide: 'Signalen',
} as const;
