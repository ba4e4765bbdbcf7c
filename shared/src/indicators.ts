/**
 * The definition of every figure the dashboard shows, in Dutch and English. The server serves the
 * Dutch texts with the facts it reads from the data (server/src/domain/indicators.ts); the client
 * shows them in the reader's language ("Over de cijfers"). One list, so both cannot drift apart.
 */
export const INDICATOR_CODES = [
  'RUNNING_CASES',
  'CASES_CHANGE',
  'CASES_PER_10K',
  'SHARE_OF_REGION',
  'CASES_PER_DOMAIN',
  'UNSPECIFIED_CASES',
  'UNSPECIFIED_SHARE',
  'CONTRIBUTIONS',
  'CONTRIBUTIONS_TOTAL',
  'CONTRIBUTION_PER_INHABITANT',
  'CONTRIBUTION_PER_CASE',
  'SHARE_COMPARISON',
  'COMPARISON_WITH_REGION',
  'NATIONAL_CASES_PER_10K',
  'FUNDING_SOURCES',
  'CAPACITY_FTE',
  'PRIORITIES_BY_STATUS',
  'GOALS_BY_STATUS',
  'INFLOW',
  'OUTFLOW',
  'CLOSED_WITHIN_NORM',
  'THROUGHPUT_DAYS',
] as const;

export type IndicatorCode = (typeof INDICATOR_CODES)[number];

export interface IndicatorTexts {
  name: string;
  /** What it counts. */
  definition: string;
  unit: string;
  /** How a derived figure is computed, in words; null for a figure taken as the source gives it. */
  basis: string | null;
  /** How often it is updated, as far as the sources say. */
  frequency: string;
  /** Why it is provisional or final. */
  statusNote: string;
}

export type IndicatorLanguage = 'nl' | 'en';

const COUNT_FREQUENCY_NL =
  'Niet vastgelegd in de bronnen. Het cijfer verandert bij elke nieuwe telling die het ZVH aanlevert (een import).';
const COUNT_FREQUENCY_EN = 'Not laid down in the sources. The figure changes with every new count the ZVH delivers (an import).';
const YEAR_FREQUENCY_NL = 'Per jaar: de bijdragen worden per begrotingsjaar vastgesteld. De bronnen noemen geen vaste datum.';
const YEAR_FREQUENCY_EN = 'Per year: the contributions are set per budget year. The sources name no fixed date.';

const FLOW_FREQUENCY_NL = 'Per maand, als het ZVH in- en uitstroom aanlevert (een import). De bronnen noemen geen vaste datum.';
const FLOW_FREQUENCY_EN = 'Per month, when the ZVH delivers inflow and outflow (an import). The sources name no fixed date.';
const FLOW_STATUS_NL =
  'Zoals het ZVH het aanlevert. Een latere aanlevering kan een maand vervangen (bijvoorbeeld na late registratie); de vorige versie blijft bewaard.';
const FLOW_STATUS_EN =
  'As delivered by the ZVH. A later delivery may replace a month (for example after late registration); the previous version is kept.';

const FINAL_NL =
  'Zoals gepubliceerd of door het ZVH aangeleverd. Een latere aanlevering kan een telling vervangen; de vorige versie blijft bewaard.';
const FINAL_EN = 'As published or delivered by the ZVH. A later delivery may replace a count; the previous version is kept.';
const BUDGET_NL = 'De bedragen komen uit de begroting van het ZVH, die het bestuurlijk overleg nog bespreekt; het is geen jaarrekening.';
const BUDGET_EN = 'The amounts come from the ZVH budget, still to be discussed by the board; they are not the annual accounts.';

export const INDICATOR_TEXTS: Readonly<Record<IndicatorCode, Readonly<Record<IndicatorLanguage, IndicatorTexts>>>> = {
  RUNNING_CASES: {
    nl: {
      name: 'Lopende casussen',
      definition:
        'Het aantal casussen (dossiers) dat het Zorg- en Veiligheidshuis op de peildatum in behandeling heeft, voor de regio en per gemeente. Geaggregeerde aantallen: er wordt geen persoon opgeslagen.',
      unit: 'aantal casussen',
      basis: null,
      frequency: COUNT_FREQUENCY_NL,
      statusNote: FINAL_NL,
    },
    en: {
      name: 'Running cases',
      definition:
        'The number of cases the Care and Safety House (ZVH) has in hand on the count date, for the region and per municipality. Aggregated counts: no person is stored.',
      unit: 'number of cases',
      basis: null,
      frequency: COUNT_FREQUENCY_EN,
      statusNote: FINAL_EN,
    },
  },
  CASES_CHANGE: {
    nl: {
      name: 'Verandering sinds de vorige telling',
      definition: 'Hoeveel het aantal lopende casussen in de regio is gestegen of gedaald ten opzichte van een eerdere telling.',
      unit: 'procent',
      basis:
        '(lopende casussen op de peildatum − lopende casussen op de vergelijkingsdatum) ÷ lopende casussen op de vergelijkingsdatum × 100. De vergelijkingsdatum is dezelfde datum een jaar eerder als die telling bestaat, anders de vorige telling.',
      frequency: COUNT_FREQUENCY_NL,
      statusNote: FINAL_NL,
    },
    en: {
      name: 'Change since the previous count',
      definition: 'How much the number of running cases in the region rose or fell compared with an earlier count.',
      unit: 'per cent',
      basis:
        '(running cases on the count date − running cases on the comparison date) ÷ running cases on the comparison date × 100. The comparison date is the same date a year earlier when that count exists, otherwise the previous count.',
      frequency: COUNT_FREQUENCY_EN,
      statusNote: FINAL_EN,
    },
  },
  CASES_PER_10K: {
    nl: {
      name: 'Casussen per 10.000 inwoners',
      definition: 'Het aantal lopende casussen in verhouding tot het aantal inwoners, zodat grote en kleine gemeenten te vergelijken zijn.',
      unit: 'casussen per 10.000 inwoners',
      basis:
        'lopende casussen ÷ inwoners op 1 januari van het jaar van de peildatum × 10.000. Is dat jaar niet bekend, dan het laatst bekende jaar ervoor; het gebruikte jaar staat bij het cijfer. Voor de regio: alle lopende casussen (ook "niet gespecificeerd") ÷ de inwoners van alle gemeenten samen, per gemeente het laatst bekende jaar op of vóór de peildatum.',
      frequency: COUNT_FREQUENCY_NL,
      statusNote: FINAL_NL,
    },
    en: {
      name: 'Cases per 10,000 inhabitants',
      definition:
        'The number of running cases relative to the number of inhabitants, so that large and small municipalities can be compared.',
      unit: 'cases per 10,000 inhabitants',
      basis:
        'running cases ÷ inhabitants on 1 January of the year of the count date × 10,000. When that year is not known, the latest known year before it; the year used is shown with the figure. For the region: all running cases ("not specified" included) ÷ the inhabitants of all municipalities together, for each municipality the latest known year at or before the count date.',
      frequency: COUNT_FREQUENCY_EN,
      statusNote: FINAL_EN,
    },
  },
  SHARE_OF_REGION: {
    nl: {
      name: 'Aandeel van de regio',
      definition:
        'Welk deel van de lopende casussen die op de peildatum aan een gemeente zijn toegewezen, bij een gemeente hoort. De aandelen van de gemeenten tellen op tot 100%; "niet gespecificeerd" heeft geen aandeel en staat apart.',
      unit: 'procent',
      basis:
        'lopende casussen van de gemeente ÷ lopende casussen die aan een gemeente zijn toegewezen (zonder "niet gespecificeerd") × 100.',
      frequency: COUNT_FREQUENCY_NL,
      statusNote: FINAL_NL,
    },
    en: {
      name: 'Share of the region',
      definition:
        'Which part of the running cases assigned to a municipality on the count date belongs to a municipality. The shares of the municipalities add up to 100%; "not specified" has no share and stands apart.',
      unit: 'per cent',
      basis: 'running cases of the municipality ÷ running cases assigned to a municipality (without "not specified") × 100.',
      frequency: COUNT_FREQUENCY_EN,
      statusNote: FINAL_EN,
    },
  },
  CASES_PER_DOMAIN: {
    nl: {
      name: 'Casussen per kennisdomein',
      definition:
        'Lopende casussen op de peildatum verdeeld over de zes kennisdomeinen van het ZVH, voor de regio en per gemeente, als het ZVH die uitsplitsing aanlevert. Kleine aantallen worden afgeschermd voor rollen die niet met de casussen zelf werken.',
      unit: 'aantal casussen',
      basis: null,
      frequency: COUNT_FREQUENCY_NL,
      statusNote: FINAL_NL,
    },
    en: {
      name: 'Cases per knowledge domain',
      definition:
        'Running cases on the count date divided over the six knowledge domains of the ZVH, for the region and per municipality, when the ZVH delivers that breakdown. Small counts are hidden from roles that do not work with the cases themselves.',
      unit: 'number of cases',
      basis: null,
      frequency: COUNT_FREQUENCY_EN,
      statusNote: FINAL_EN,
    },
  },
  UNSPECIFIED_CASES: {
    nl: {
      name: 'Niet gespecificeerd',
      definition: 'Lopende casussen die in de telling niet aan een gemeente zijn toegewezen.',
      unit: 'aantal casussen',
      basis: null,
      frequency: COUNT_FREQUENCY_NL,
      statusNote: FINAL_NL,
    },
    en: {
      name: 'Not specified',
      definition: 'Running cases that the count does not assign to a municipality.',
      unit: 'number of cases',
      basis: null,
      frequency: COUNT_FREQUENCY_EN,
      statusNote: FINAL_EN,
    },
  },
  UNSPECIFIED_SHARE: {
    nl: {
      name: 'Aandeel niet gespecificeerd',
      definition: 'Welk deel van de lopende casussen niet aan een gemeente is toegewezen.',
      unit: 'procent',
      basis: 'casussen "niet gespecificeerd" ÷ alle lopende casussen op de peildatum × 100.',
      frequency: COUNT_FREQUENCY_NL,
      statusNote: FINAL_NL,
    },
    en: {
      name: 'Share not specified',
      definition: 'Which part of the running cases is not assigned to a municipality.',
      unit: 'per cent',
      basis: 'cases "not specified" ÷ all running cases on the count date × 100.',
      frequency: COUNT_FREQUENCY_EN,
      statusNote: FINAL_EN,
    },
  },
  CONTRIBUTIONS: {
    nl: {
      name: 'Gemeentelijke bijdragen',
      definition:
        'Het bedrag dat elke gemeente per jaar bijdraagt aan het Zorg- en Veiligheidshuis, zoals opgenomen in de begroting van het ZVH (geïndexeerd op de inwonersaantallen van 2021).',
      unit: 'euro per jaar',
      basis: null,
      frequency: YEAR_FREQUENCY_NL,
      statusNote: BUDGET_NL,
    },
    en: {
      name: 'Municipal contributions',
      definition:
        'The amount each municipality contributes per year to the Care and Safety House, as included in the ZVH budget (indexed on the inhabitants of 2021).',
      unit: 'euros per year',
      basis: null,
      frequency: YEAR_FREQUENCY_EN,
      statusNote: BUDGET_EN,
    },
  },
  CONTRIBUTIONS_TOTAL: {
    nl: {
      name: 'Gemeentelijke bijdragen totaal',
      definition: 'De bijdragen van alle gemeenten van de regio samen in een jaar, en de verandering ten opzichte van het jaar ervoor.',
      unit: 'euro per jaar',
      basis:
        'Het totaal zoals de bron het geeft. Verandering: (totaal van het jaar − totaal van het jaar ervoor) ÷ totaal van het jaar ervoor × 100.',
      frequency: YEAR_FREQUENCY_NL,
      statusNote: BUDGET_NL,
    },
    en: {
      name: 'Municipal contributions, total',
      definition: 'The contributions of all municipalities of the region together in a year, and the change from the year before.',
      unit: 'euros per year',
      basis: 'The total as the source gives it. Change: (total of the year − total of the year before) ÷ total of the year before × 100.',
      frequency: YEAR_FREQUENCY_EN,
      statusNote: BUDGET_EN,
    },
  },
  CONTRIBUTION_PER_INHABITANT: {
    nl: {
      name: 'Bijdrage per inwoner',
      definition: 'Wat een gemeente per inwoner bijdraagt aan het ZVH.',
      unit: 'euro per inwoner',
      basis:
        'bijdrage van de gemeente in het jaar ÷ inwoners van de gemeente op 1 januari van dat jaar (of het laatst bekende jaar ervoor; het gebruikte jaar staat bij het cijfer).',
      frequency: YEAR_FREQUENCY_NL,
      statusNote: BUDGET_NL,
    },
    en: {
      name: 'Contribution per inhabitant',
      definition: 'What a municipality contributes to the ZVH per inhabitant.',
      unit: 'euros per inhabitant',
      basis:
        "the municipality's contribution in the year ÷ its inhabitants on 1 January of that year (or the latest known year before it; the year used is shown with the figure).",
      frequency: YEAR_FREQUENCY_EN,
      statusNote: BUDGET_EN,
    },
  },
  CONTRIBUTION_PER_CASE: {
    nl: {
      name: 'Bijdrage per casus',
      definition: 'Wat een gemeente bijdraagt per lopende casus uit die gemeente.',
      unit: 'euro per casus',
      basis:
        'bijdrage van de gemeente in het jaar ÷ lopende casussen van de gemeente op de laatste peildatum. Een momentopname: het aantal casussen is geen jaartotaal.',
      frequency: YEAR_FREQUENCY_NL,
      statusNote: BUDGET_NL,
    },
    en: {
      name: 'Contribution per case',
      definition: 'What a municipality contributes per running case from that municipality.',
      unit: 'euros per case',
      basis:
        "the municipality's contribution in the year ÷ its running cases on the latest count date. A snapshot: the number of cases is not a year's total.",
      frequency: YEAR_FREQUENCY_EN,
      statusNote: BUDGET_EN,
    },
  },
  SHARE_COMPARISON: {
    nl: {
      name: 'Aandeel in bijdragen, inwoners en casussen',
      definition:
        'Per gemeente het aandeel in de bijdragen naast het aandeel in de inwoners en in de lopende casussen die aan een gemeente zijn toegewezen.',
      unit: 'procent',
      basis:
        'bijdrage van de gemeente ÷ totaal van de bijdragen × 100; inwoners van de gemeente ÷ inwoners van de regio × 100; lopende casussen van de gemeente ÷ lopende casussen die aan een gemeente zijn toegewezen × 100.',
      frequency: YEAR_FREQUENCY_NL,
      statusNote: BUDGET_NL,
    },
    en: {
      name: 'Share of contributions, inhabitants and cases',
      definition:
        "Per municipality its share of the contributions beside its share of the region's inhabitants and of the running cases assigned to a municipality.",
      unit: 'per cent',
      basis:
        "the municipality's contribution ÷ total contributions × 100; its inhabitants ÷ the region's inhabitants × 100; its running cases ÷ the running cases assigned to a municipality × 100.",
      frequency: YEAR_FREQUENCY_EN,
      statusNote: BUDGET_EN,
    },
  },
  COMPARISON_WITH_REGION: {
    nl: {
      name: 'Vergelijking met de regio',
      definition:
        'Een gemeente naast haar regio: casussen per 10.000 inwoners, aandeel in de casussen tegenover aandeel in de inwoners, bijdrage per inwoner en de verandering sinds de vorige telling, telkens met de zin of het cijfer hoger, lager of ongeveer gelijk is.',
      unit: 'verschil in procent (niveaus) of procentpunten (aandelen en veranderingen)',
      basis:
        'Casussen per 10.000 en aandelen over de casussen die aan een gemeente zijn toegewezen ("niet gespecificeerd" hoort bij geen gemeente); de regio: die casussen ÷ de inwoners van alle gemeenten × 10.000. Bijdrage per inwoner van de regio: alle bijdragen ÷ alle inwoners in hetzelfde jaar. Verandering van de regio: het regiototaal. "Ongeveer gelijk": minder dan 5% verschil, bij een verandering minder dan 5 procentpunten.',
      frequency: COUNT_FREQUENCY_NL,
      statusNote: BUDGET_NL,
    },
    en: {
      name: 'Comparison with the region',
      definition:
        'A municipality beside its region: cases per 10,000 inhabitants, share of the cases against share of the inhabitants, contribution per inhabitant and the change since the previous count, each with the sentence whether the figure is higher, lower or about equal.',
      unit: 'difference in per cent (levels) or percentage points (shares and changes)',
      basis:
        'Cases per 10,000 and shares over the cases assigned to a municipality ("not specified" belongs to none); the region: those cases ÷ the inhabitants of all municipalities × 10,000. The region\'s contribution per inhabitant: all contributions ÷ all inhabitants in the same year. The region\'s change: the region total. "About equal": less than 5% apart, for a change less than 5 percentage points.',
      frequency: COUNT_FREQUENCY_EN,
      statusNote: BUDGET_EN,
    },
  },
  NATIONAL_CASES_PER_10K: {
    nl: {
      name: 'Landelijk gemiddelde per 10.000 inwoners',
      definition:
        "De lopende casussen per 10.000 inwoners van de regio naast het gemiddelde van de regio's in deze database (het landelijke netwerk), en de regio's die in inwonertal het meest op deze regio lijken. Alleen totalen per regio; nooit cijfers van gemeenten of kennisdomeinen van andere regio's.",
      unit: 'casussen per 10.000 inwoners',
      basis:
        "Gewogen naar inwoners: alle lopende casussen van de vergeleken regio's samen ÷ al hun inwoners × 10.000 (niet het gemiddelde van de cijfers per regio). Per regio de laatste telling op of vóór de peildatum van deze regio, als die hoogstens 12 maanden ouder is, en de inwoners van al haar gemeenten; een regio zonder die gegevens telt niet mee. Vergelijkbare regio's: de 4 met het dichtstbijzijnde totale inwonertal.",
      frequency: COUNT_FREQUENCY_NL,
      statusNote: FINAL_NL,
    },
    en: {
      name: 'National average per 10,000 inhabitants',
      definition:
        "The region's running cases per 10,000 inhabitants beside the average of the regions in this database (the national network), and the regions most like it in number of inhabitants. Region totals only; never figures of other regions' municipalities or knowledge domains.",
      unit: 'cases per 10,000 inhabitants',
      basis:
        "Weighted by inhabitants: all running cases of the regions compared together ÷ all their inhabitants × 10,000 (not the mean of the regions' figures). Per region its latest count at or before this region's count date, if at most 12 months older, and the inhabitants of all its municipalities; a region without those does not count. Similar regions: the 4 nearest in total inhabitants.",
      frequency: COUNT_FREQUENCY_EN,
      statusNote: FINAL_EN,
    },
  },
  FUNDING_SOURCES: {
    nl: {
      name: 'Financieringsbronnen',
      definition: 'De geldstromen waaruit het ZVH wordt betaald, zoals de bronnen ze noemen, met het bedrag waar een bron dat geeft.',
      unit: 'euro per jaar (waar bekend)',
      basis: null,
      frequency: 'Niet vastgelegd in de bronnen.',
      statusNote: 'Zoals de bronnen de geldstromen noemen; bedragen die de bronnen niet geven, zijn niet ingevuld.',
    },
    en: {
      name: 'Funding sources',
      definition: 'The streams of money that pay for the ZVH, as the sources name them, with the amount where a source gives one.',
      unit: 'euros per year (where known)',
      basis: null,
      frequency: 'Not laid down in the sources.',
      statusNote: 'As the sources name the streams of money; amounts the sources do not give are left empty.',
    },
  },
  CAPACITY_FTE: {
    nl: {
      name: 'Capaciteit kernteam',
      definition: 'De formatie van het kernteam van het ZVH zoals de bronnen die noemen, vóór en na de uitbreiding.',
      unit: 'fte',
      basis: null,
      frequency: 'Niet vastgelegd in de bronnen.',
      statusNote: 'De bron noemt de uitbreiding van het team als voornemen bij de (bijgestelde) begroting, deels tijdelijk.',
    },
    en: {
      name: 'Core team capacity',
      definition: "The size of the ZVH's core team as the sources state it, before and after its expansion.",
      unit: 'FTE (full-time equivalents)',
      basis: null,
      frequency: 'Not laid down in the sources.',
      statusNote: 'The source states the expansion of the team as planned with the (revised) budget, partly temporary.',
    },
  },
  PRIORITIES_BY_STATUS: {
    nl: {
      name: 'Prioriteiten per status',
      definition:
        'Het aantal prioriteiten van "Allen voor Een" per status (op koers, risico, niet op koers, afgerond, niet beoordeeld). De bronnen geven geen status: die start als "niet beoordeeld" en wordt door het ZVH bijgehouden.',
      unit: 'aantal prioriteiten',
      basis: 'Geteld uit de status die het ZVH per prioriteit heeft vastgelegd.',
      frequency: 'Niet vastgelegd in de bronnen: wanneer het ZVH een status wijzigt.',
      statusNote: 'Een beoordeling van het ZVH die verandert naarmate het werk vordert.',
    },
    en: {
      name: 'Priorities per status',
      definition:
        'The number of priorities of "Allen voor Een" per status (on track, at risk, off track, done, not assessed). The sources give no status: it starts as "not assessed" and is kept by the ZVH.',
      unit: 'number of priorities',
      basis: 'Counted from the status the ZVH has recorded per priority.',
      frequency: 'Not laid down in the sources: whenever the ZVH changes a status.',
      statusNote: 'An assessment by the ZVH that changes as the work progresses.',
    },
  },
  GOALS_BY_STATUS: {
    nl: {
      name: 'Doelen per status',
      definition: 'Het aantal doelen van het bestuur per status: op koers, risico, niet op koers, geen gegevens of verouderd.',
      unit: 'aantal doelen',
      basis:
        'Per doel de laatste waarde van het gekozen cijfer vergeleken met het streefcijfer en de marge die het ZVH heeft vastgelegd (standaard 10%); "verouderd" als een met de hand gemelde waarde ouder is dan de termijn van het doel (standaard 90 dagen).',
      frequency: 'Volgt de cijfers waarop de doelen rusten.',
      statusNote: 'De status wordt opnieuw bepaald bij elke nieuwe telling of elk nieuw jaar aan bijdragen.',
    },
    en: {
      name: 'Goals per status',
      definition: "The number of the board's goals per status: on track, at risk, off track, no data or stale.",
      unit: 'number of goals',
      basis:
        'Per goal the latest value of its figure compared with the target and margin the ZVH has recorded (10% by default); "stale" when a value reported by hand is older than the goal\'s term (90 days by default).',
      frequency: 'Follows the figures the goals rest on.',
      statusNote: 'The status is determined again with every new count or year of contributions.',
    },
  },
  INFLOW: {
    nl: {
      name: 'Instroom',
      definition:
        'Het aantal casussen dat in een maand nieuw in behandeling is genomen, voor de regio en per gemeente (alle kennisdomeinen samen). Geaggregeerde aantallen: er wordt geen persoon opgeslagen.',
      unit: 'aantal casussen per maand',
      basis: 'Voor de regio de aangeleverde regel "Totaal", anders de som van de gemeenten en "niet gespecificeerd".',
      frequency: FLOW_FREQUENCY_NL,
      statusNote: FLOW_STATUS_NL,
    },
    en: {
      name: 'Inflow',
      definition:
        'The number of cases newly taken on in a month, for the region and per municipality (all knowledge domains together). Aggregated counts: no person is stored.',
      unit: 'number of cases per month',
      basis: 'For the region the delivered "Totaal" row, otherwise the sum of the municipalities and "not specified".',
      frequency: FLOW_FREQUENCY_EN,
      statusNote: FLOW_STATUS_EN,
    },
  },
  OUTFLOW: {
    nl: {
      name: 'Uitstroom',
      definition: 'Het aantal casussen dat in een maand is afgesloten, voor de regio en per gemeente (alle kennisdomeinen samen).',
      unit: 'aantal casussen per maand',
      basis: 'Voor de regio de aangeleverde regel "Totaal", anders de som van de gemeenten en "niet gespecificeerd".',
      frequency: FLOW_FREQUENCY_NL,
      statusNote: FLOW_STATUS_NL,
    },
    en: {
      name: 'Outflow',
      definition: 'The number of cases closed in a month, for the region and per municipality (all knowledge domains together).',
      unit: 'number of cases per month',
      basis: 'For the region the delivered "Totaal" row, otherwise the sum of the municipalities and "not specified".',
      frequency: FLOW_FREQUENCY_EN,
      statusNote: FLOW_STATUS_EN,
    },
  },
  CLOSED_WITHIN_NORM: {
    nl: {
      name: 'Afgesloten binnen de norm',
      definition:
        'Welk deel van de casussen die in een maand zijn afgesloten, binnen de norm is afgesloten: het aantal dagen dat het ZVH zich voor een casus stelt. De norm staat bij elke maand, zoals het ZVH die aanlevert. Alleen getoond als er minstens zoveel casussen zijn afgesloten als de drempel voor kleine aantallen.',
      unit: 'procent van de afgesloten casussen',
      basis: 'afgesloten binnen de norm ÷ uitstroom × 100.',
      frequency: FLOW_FREQUENCY_NL,
      statusNote: FLOW_STATUS_NL,
    },
    en: {
      name: 'Closed within the norm',
      definition:
        'Which part of the cases closed in a month was closed within the norm: the number of days the ZVH sets itself for a case. The norm is shown with each month, as the ZVH delivers it. Shown only when at least as many cases closed as the threshold for small counts.',
      unit: 'per cent of the closed cases',
      basis: 'closed within the norm ÷ outflow × 100.',
      frequency: FLOW_FREQUENCY_EN,
      statusNote: FLOW_STATUS_EN,
    },
  },
  THROUGHPUT_DAYS: {
    nl: {
      name: 'Doorlooptijd',
      definition:
        'Hoe lang de casussen die in een maand zijn afgesloten in behandeling waren, van aanmelding tot afsluiting: de mediaan (de helft korter, de helft langer) en het 80e percentiel (vier op de vijf korter), naast de norm. Alleen getoond als er minstens zoveel casussen zijn afgesloten als de drempel voor kleine aantallen.',
      unit: 'dagen',
      basis:
        'Zoals het ZVH ze aanlevert: een mediaan is niet uit die van de gemeenten te berekenen, dus de regio toont alleen wat op de regel "Totaal" staat.',
      frequency: FLOW_FREQUENCY_NL,
      statusNote: FLOW_STATUS_NL,
    },
    en: {
      name: 'Throughput time',
      definition:
        'How long the cases closed in a month were in hand, from referral to closing: the median (half shorter, half longer) and the 80th percentile (four in five shorter), beside the norm. Shown only when at least as many cases closed as the threshold for small counts.',
      unit: 'days',
      basis:
        'As the ZVH delivers them: a median cannot be computed from those of the municipalities, so the region shows only what the "Totaal" row states.',
      frequency: FLOW_FREQUENCY_EN,
      statusNote: FLOW_STATUS_EN,
    },
  },
};
