/** Texts of the comparison and the factsheet (decision 0022), in Dutch; the English ones are in comparisonMessagesEn.ts. */
export const comparisonNl = {
  comparisonTitle: '{name} vergeleken met de regio',
  comparisonChartTitle: '{name} naast de regio, {date} (regio = 100)',
  comparisonChartLabel: '{name} naast de regio als index: de regio is 100',
  comparisonSeriesRegion: 'Regio (= 100)',
  comparisonMarkAria: '{figure}, {series}: {value} (regio = 100)',
  comparisonFigureCASES_PER_10K: 'Casussen per 10.000 inwoners',
  comparisonFigureSHARE_OF_CASES: 'Aandeel casussen tegenover aandeel inwoners',
  comparisonFigureCONTRIBUTION_PER_INHABITANT: 'Bijdrage per inwoner {year}',
  comparisonFigureCASES_CHANGE: 'Verandering sinds {date}',
  comparisonColOwn: '{name}',
  comparisonColReference: 'Regio',
  comparisonColDifference: 'Verschil',
  comparisonColVerdict: 'Vergelijking',
  comparisonVerdict: '{direction, select, ABOVE {hoger dan de regio} BELOW {lager dan de regio} other {ongeveer gelijk aan de regio}}',
  comparisonRate:
    '{name} heeft {own} casussen per 10.000 inwoners, {direction, select, ABOVE {{pct} meer dan} BELOW {{pct} minder dan} other {ongeveer evenveel als}} de regio ({reference}).',
  comparisonShare:
    '{name} heeft {own} van de casussen en {reference} van de inwoners van de regio: {direction, select, ABOVE {een groter aandeel in de casussen dan in de inwoners ({points} procentpunt meer)} BELOW {een kleiner aandeel in de casussen dan in de inwoners ({points} procentpunt minder)} other {ongeveer even groot}}.',
  comparisonMoney:
    '{name} draagt in {year} {own} per inwoner bij, {direction, select, ABOVE {{pct} meer dan} BELOW {{pct} minder dan} other {ongeveer evenveel als}} de regio gemiddeld ({reference}).',
  comparisonChange:
    'Sinds {date} veranderde het aantal lopende casussen in {name} met {own}, in de regio met {reference}: {direction, select, ABOVE {{points} procentpunt sterker gestegen} BELOW {{points} procentpunt minder gestegen of sterker gedaald} other {ongeveer gelijk}}.',
  comparisonChangeRegionOnly:
    'De telling van {date} is niet per gemeente uitgesplitst: voor {name} is er geen verandering te berekenen. De regio veranderde sindsdien met {reference}.',
  comparisonChangeNone: 'Er is geen eerdere telling om de verandering mee te berekenen.',
  comparisonUnknown: '{figure}: niet te vergelijken, want {name} of de regio heeft er geen cijfer voor.',
  comparisonBasis:
    'Basis: de {assigned} casussen die op {date} aan een gemeente zijn toegewezen ("niet gespecificeerd" hoort bij geen gemeente); inwoners van {name}: {year}. De regio per 10.000: die casussen ÷ de inwoners van alle gemeenten. Bijdrage per inwoner van de regio: alle bijdragen ÷ alle inwoners. De verandering van de regio: het regiototaal. Ongeveer gelijk: minder dan 5% verschil, bij een verandering minder dan 5 procentpunten.',
  comparisonChartNote:
    'De grafiek zet elk cijfer van {name} af tegen dat van de regio (100): 112 is 12% hoger. Het aandeel casussen tegenover het aandeel inwoners geeft dezelfde index als de casussen per 10.000 en staat daarom alleen in de tabel.',
  comparisonNoCount: 'Er is geen telling per gemeente om {name} met de regio te vergelijken.',
  nationalTitle: "{region} vergeleken met andere regio's",
  nationalOnlyRegion:
    "Deze database bevat alleen de regio {region}: er zijn geen andere regio's om mee te vergelijken. Zodra het landelijke netwerk in dezelfde database staat, verschijnt hier het landelijke gemiddelde en de regio's die het meest op {region} lijken.",
  nationalTooFew:
    'Geen andere regio heeft een telling in de 12 maanden tot {date} en de inwoners van al haar gemeenten: er is niets om mee te vergelijken.',
  nationalNoOwn:
    'Voor {region} zijn op {date} niet van alle gemeenten de inwoners bekend: er is geen cijfer per 10.000 inwoners om te vergelijken.',
  nationalChartTitle: "Casussen per 10.000 inwoners: {region}, het landelijke gemiddelde en vergelijkbare regio's",
  nationalSummary:
    "{region} heeft {own} casussen per 10.000 inwoners, {direction, select, ABOVE {{pct} meer dan} BELOW {{pct} minder dan} other {ongeveer evenveel als}} het landelijke gemiddelde van {national} (gewogen naar inwoners, {regions} regio's).",
  nationalSimilar:
    "{count, plural, one {De regio} other {De # regio's}} met het meest vergelijkbare inwonertal: {regions} casussen per 10.000 inwoners.",
  nationalSimilarItem: '{name} met {value}',
  nationalAverage: 'Landelijk gemiddelde',
  nationalNote:
    "de tellingen en inwoners van de regio's in deze database. Landelijk gemiddelde: alle lopende casussen van de vergeleken regio's ÷ al hun inwoners × 10.000 (gewogen naar inwoners). Per regio de laatste telling op of vóór {date}, als die hoogstens 12 maanden ouder is, en de inwoners van al haar gemeenten; {leftOut, plural, =0 {alle regio's in de database hebben die} one {# regio zonder die gegevens telde niet mee} other {# regio's zonder die gegevens telden niet mee}}. Vergelijkbare regio's: de 4 met het dichtstbijzijnde totale inwonertal. Alleen totalen per regio.",
  nationalLeftOut: 'Niet meegeteld: {regions}.',
  nationalLeftOutReason:
    '{served, select, yes {deze regio; } other {}}{reason, select, NO_COUNT {geen telling op of vóór {date}} COUNT_TOO_OLD {laatste telling {peildatum}, ouder dan 12 maanden} other {laatste telling {peildatum}, niet van alle gemeenten de inwoners bekend}}',
  nationalColRegion: 'Regio',
  nationalColInhabitants: 'Inwoners',
  nationalColDate: 'Peildatum',
  nationalColCases: 'Lopende casussen',
  nationalColPer10k: 'Per 10.000 inwoners',
  nationalRowOwn: '{region} (deze regio)',
  nationalMarkAria: '{label}: {value} casussen per 10.000 inwoners',
  factsheetLink: 'Factsheet (A4)',
  factsheetTitle: 'Factsheet {name}',
  factsheetSubtitle: 'Zorg- en Veiligheidshuis {region}: de cijfers van {name} naast die van de regio',
  factsheetPrint: 'Afdrukken of opslaan als pdf',
  factsheetBack: 'Terug naar {name}',
  factsheetFigures: 'Kerncijfers',
  factsheetCases: 'Lopende casussen op {date}',
  factsheetCasesValue: 'van de {total} in de regio',
  factsheetPer10k: 'Per 10.000 inwoners',
  factsheetPer10kValue: 'regio: {region}',
  factsheetShares: 'Aandeel casussen / inwoners',
  factsheetContribution: 'Bijdrage {year}',
  factsheetContributionValue: '{perInhabitant} per inwoner',
  factsheetTrend: 'Verloop',
  factsheetComparison: 'Vergelijking met de regio',
  factsheetContributionShare: 'Bijdrage tegenover aandeel',
  factsheetContributionShareText:
    '{name} betaalt {contribShare} van de bijdragen aan het ZVH in {year}, heeft {inhabitantsShare} van de inwoners en {casesShare} van de casussen.',
  factsheetExplanations: 'Toelichtingen',
  factsheetExplanationsNone: 'Bij deze cijfers zijn (nog) geen toelichtingen gegeven.',
  factsheetExplanationsMore:
    '{cut, select, yes {Ingekort; de volledige tekst{count, plural, =0 {} one { en nog # eerdere toelichting} other { en nog # eerdere toelichtingen}} staan op het dashboard.} other {{count, plural, one {Nog # eerdere toelichting} other {Nog # eerdere toelichtingen}} op het dashboard.}}',
  factsheetSources: 'Bronnen en datum',
  factsheetDate: 'Cijfers per {date} (casussen) en {year} (bijdragen); gemaakt op {today}.',
  factsheetUnknown: 'Gemeente {code} bestaat niet in deze regio.',
};
