/**
 * Interface texts in Dutch (the users' language); the English ones are in messagesEn.ts, loaded
 * only when English is chosen. Texts from the sources (theme titles, summaries, domain names) stay
 * Dutch: they are quoted, not translated.
 *
 * This part holds the texts of the first page (the overview, the frame around every page); the
 * texts of the other pages are in pageMessages.ts, loaded with them (decision 0024).
 */
import type { pageNl } from './pageMessages';
import { steeringNl } from './steeringMessages';
import { signalsNl } from './signalMessages';

export const nl = {
  appTitle: 'Dashboard Zorg & Veiligheid',
  skipLink: 'Naar de inhoud',
  navLabel: 'Hoofdnavigatie',
  navOverzicht: 'Overzicht',
  navCasuistiek: 'Casuïstiek',
  navFinancien: 'Financiën',
  navPrioriteiten: 'Prioriteiten',
  navGemeente: 'Gemeente',
  langToggle: 'English',
  langToggleLang: 'en',
  loading: 'Gegevens laden…',
  errorUnreachable:
    'De gegevens konden niet worden geladen: de server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
  errorServer: 'De gegevens konden niet worden geladen: {message}',
  // Only in English mode: a server message without English (a server older than the dashboard).
  errorInDutch: '{message}',
  retry: 'Opnieuw proberen',
  errorKeptPrevious: 'Hieronder staan nog de cijfers die er al waren; elke grafiek noemt de peildatum waar hij over gaat.',
  retrying: 'Bezig…',
  connectionLost:
    'Geen verbinding met de server (sinds {since}). De cijfers op deze pagina zijn van {asOf} en worden niet bijgewerkt tot de verbinding terug is.',
  errorViewUnreachable:
    'Deze pagina kon niet worden geladen: de server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
  errorViewFailed:
    'Deze pagina kon niet worden getoond door een fout in het dashboard. Probeer het opnieuw; blijft het gebeuren, meld het dan aan de beheerder.',
  empty: 'Er zijn (nog) geen gegevens.',
  tableShow: 'Tabel tonen',
  tableHide: 'Tabel verbergen',
  csvDownload: 'CSV downloaden',
  csvShort: 'CSV',
  csvFraction: '{label} (fractie)',
  source: 'Bron',
  peildatum: 'Peildatum',
  printedOn: 'Afgedrukt op {date}',
  print: 'Afdrukken',
  footerAccessibility: 'Toegankelijkheid',
  footerFigures: 'Over de cijfers',
  aboutFigure: 'Over dit cijfer',
  footerData: 'Alle cijfers komen uit openbare raadsstukken; bij elk cijfer staat de bron.',
  footerDataDemo: 'Demonstratie: tellingen, doelen en toelichtingen zijn verzonnen; bij elk cijfer staat de bron.',
  demoBannerTitle: 'Demonstratiegegevens',
  demoBannerText: 'Verzonnen cijfers om het dashboard uit te proberen: geen echte tellingen.',
  demoCsvColumn: 'gegevens',
  demoAccountsTitle: 'Inloggen in de demonstratie',
  demoAccountsIntro: 'Elke rol heeft een account, zodat u kunt zien wat die rol ziet. Deze accounts bestaan alleen in de demonstratie.',
  demoAccountsRole: 'Rol',
  notFoundTitle: 'Pagina niet gevonden',
  notFoundText: 'Deze pagina bestaat niet. Kies een onderdeel in de navigatie.',
  // overview
  overviewTitle: 'Overzicht',
  tileCases: 'Lopende casussen',
  tileCasesPer10k: 'Casussen per 10.000 inwoners',
  tileContributions: 'Gemeentelijke bijdragen {year}',
  changeYearBefore: '{change} t.o.v. een jaar eerder ({date}: {value})',
  colPeriod: 'Sinds vorige telling',
  colPeriodDays: 'Dagen sinds vorige telling',
  periodMonths: '{count, plural, one {# maand} other {# maanden}}',
  periodDays: '{count, plural, one {# dag} other {# dagen}}',
  smallCountsCaution:
    'Let op: {names} {count, plural, one {heeft} other {hebben}} minder dan {below} casussen; bij zulke kleine aantallen verandert het cijfer per 10.000 inwoners al sterk door één casus meer of minder.',
  changeSince: '{change} t.o.v. {date} ({value})',
  noPrevious: 'geen eerdere telling',
  perDate: 'per {date}',
  regionPer10kBasis: 'regio, inwoners {years}',
  toView: 'Naar {view}',
  // caseload
  unspecified: 'Niet gespecificeerd',
  chartCasesTitle: 'Lopende casussen per gemeente, {date}',
  chartCasesShortTitle: 'Lopende casussen per gemeente',
  chartTrendShortTitle: 'Lopende casussen per peildatum',
  chartCasesSummary: '{top} heeft {count} van de {total} lopende casussen; {unspecified} zijn aan geen gemeente toegewezen.',
  chartCasesPer10kSummary: '{top} heeft de meeste lopende casussen per 10.000 inwoners ({value}); de regio als geheel {region}.',
  chartTrendTitle: 'Lopende casussen in de regio per peildatum',
  chartTrendSummary: 'Het aantal lopende casussen ging van {first} ({firstDate}) naar {last} ({lastDate}): {change}.',
  chartTrendDrawn: '{count} peildata getekend, van {firstDate} tot en met {lastDate}.',
  chartTrendPause: 'Tussen {from} en {to} ligt {period} zonder telling.',
  chartTrendGap: 'Gestreept: tussen die peildata ligt een langere pauze dan gewoonlijk; het verloop daartussen is niet bekend.',
  chartTrendSparse: 'Twee peildata: het verloop daartussen is niet bekend.',
  shareOfAssignedAria: '{name} {share} van de toegewezen casussen ({count} van {assigned})',
  shareBasisNoteAll: 'Aandeel casussen: van de {assigned} casussen, die alle aan een gemeente zijn toegewezen.',
  shareBasisNote:
    'Aandeel casussen: van de {assigned} casussen die aan een gemeente zijn toegewezen; de {unspecified} niet gespecificeerde tellen niet mee, zodat de aandelen samen 100 % zijn.',
  colMunicipality: 'Gemeente',
  colCases: 'Casussen',
  colShare: 'Aandeel casussen',
  colPer10k: 'Per 10.000 inwoners',
  colPopulationYear: 'Inwoners (jaar)',
  colDate: 'Peildatum',
  colTotal: 'Totaal',
  colChange: 'Verandering',
  colUnspecifiedShare: 'Niet gespecificeerd',
  casesAria: '{name} {count} casussen, {share} van de toegewezen casussen',
  unspecifiedAria: 'Niet gespecificeerd: {count} casussen, aan geen gemeente toegewezen',
  casesPer10kAria: '{name} {value} casussen per 10.000 inwoners ({count} casussen, inwoners {year})',
  trendAria: '{date}: {value} lopende casussen',
  total: 'Totaal',
  per10kBasisNote: 'Per 10.000 inwoners: per gemeente het laatst bekende inwonertal op of vóór de peildatum (jaar in de tabel).',
  // finance
  year: 'Jaar',
  chartContribTitle: 'Gemeentelijke bijdragen per gemeente, {years}',
  chartContribShortTitle: 'Bijdragen per gemeente, {year}',
  chartContribSummary: 'In {year} dragen de gemeenten samen {total} bij; {top} het meest ({amount}, {share}).',
  contribAria: '{name} {amount} in {year}',
  shareAria: '{name} {value}: {series}',
  colContribution: 'Bijdrage',
  colPerInhabitant: 'Per inwoner',
  colPerCase: 'Per lopende casus',
  colShareContribution: 'Aandeel bijdragen',
  colShareInhabitants: 'Aandeel inwoners',
  colShareCases: 'Aandeel casussen',
  structural: 'structureel',
  // priorities
  status: 'Status',
  statusNOT_ASSESSED: 'Niet beoordeeld',
  statusON_TRACK: 'Op koers',
  statusAT_RISK: 'Risico',
  statusOFF_TRACK: 'Uit koers',
  statusDONE: 'Afgerond',
  statusNote: 'De bronnen geven geen status: elke prioriteit staat op "niet beoordeeld" tot de ZVH haar beoordeelt.',
  keyFacts: 'Feiten uit de bron',
  // municipality
  rowInhabitants: 'Inwoners',
  // the second step of signing in (SecondFactorStep, EnrolSecondFactor)
  toLogin: 'Naar inloggen',
  loggedInAs: 'Ingelogd als {username} ({role})',
  logout: 'Uitloggen',
  logoutFailed: 'Uitloggen is niet gelukt: de server is niet bereikbaar. Probeer het opnieuw.',
  changePasswordLink: 'Mijn account',
  roleBEHEERDER: 'Beheerder',
  roleBESTUURDER: 'Bestuurder',
  roleZVH: 'ZVH-medewerker',
  roleGEMEENTE: 'Gemeente',
  roleGemeenteOf: 'Gemeente {name}',
  navBeheer: 'Beheer',
  // user management
  yes: 'Ja',
  actionFailed: 'Dat is niet gelukt: {message}',
  actionUnreachable:
    'de server is niet bereikbaar, dus er is niets opgeslagen of gewijzigd. Wat u invulde staat er nog: probeer het opnieuw als de verbinding terug is.',
  // account
  oldPassword: 'Huidig wachtwoord',
  newPassword: 'Nieuw wachtwoord',
  // data management (Beheer)
  importFormats:
    'Een CSV uit Nederlandse Excel ("CSV (gescheiden door lijstscheidingsteken)", puntkomma, Windows-1252) is welkom, net als UTF-8, komma-gescheiden CSV of JSON.',
  moreErrors: 'en nog {count} fouten',
  next: 'Volgende',
  pageOf: 'Pagina {page} van {pages}',
  ...steeringNl,
  ...signalsNl,
} as const;

export type MessageKey = keyof typeof nl | keyof typeof pageNl;
export type Messages = Record<MessageKey, string>;
