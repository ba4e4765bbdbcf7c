import { PageHeader } from '../../components/PageHeader';
import { useLanguage } from '../../i18n/LanguageContext';

/** The accessibility statement (toegankelijkheidsverklaring), as the Besluit digitale toegankelijkheid overheid asks. */
export default function ToegankelijkheidPage() {
  const { lang } = useLanguage();
  const nl = lang === 'nl';
  return (
    <>
      <PageHeader
        title={nl ? 'Toegankelijkheid' : 'Accessibility'}
        intro={
          nl
            ? 'Het Dashboard Zorg & Veiligheid wil voor iedereen bruikbaar zijn. Het is gebouwd volgens de WCAG 2.1 op niveau AA, zoals het Besluit digitale toegankelijkheid overheid vraagt.'
            : 'The Care & Safety Dashboard aims to be usable by everyone. It is built to WCAG 2.1 level AA, as the Dutch Besluit digitale toegankelijkheid overheid requires.'
        }
      />
      <section className="zv-section zv-prose" aria-labelledby="a11y-wat">
        <h2 id="a11y-wat" className="utrecht-heading-2">
          {nl ? 'Wat we doen' : 'What we do'}
        </h2>
        <ul>
          {(nl
            ? [
                'Elke grafiek heeft een titel, een samenvatting in één zin, de bron en de peildatum, en een tabel met dezelfde cijfers achter de knop "Tabel tonen".',
                'Alle onderdelen van een grafiek (staven, punten, gemeenten op de kaart) zijn met het toetsenbord te bereiken en noemen hun waarde; Enter op een gemeente opent de pagina van die gemeente.',
                'Kleuren zijn gekozen voor mensen met een kleurenzienstoornis; betekenis zit nooit alleen in kleur: waarden staan als tekst bij elke markering, reeksen verschillen ook in vorm of arcering.',
                'De pagina heeft een link "Naar de inhoud", koppen in de juiste volgorde, zichtbare focus, taalkenmerken en voldoende contrast.',
                'Elke pagina kan worden afgedrukt als nette A4-hand-out met titel, peildatum, bronnen en afdrukdatum.',
                'De toegankelijkheid wordt bij elke wijziging automatisch getest met axe-core in een echte browser.',
              ]
            : [
                'Every chart has a title, a one-sentence summary, its source and count date, and a table with the same numbers behind the "Show table" button.',
                'Every part of a chart (bars, points, municipalities on the map) can be reached with the keyboard and announces its value; Enter on a municipality opens its page.',
                'Colours are chosen for people with colour vision deficiencies; meaning is never carried by colour alone: values are shown as text at every mark, series also differ in shape or hatching.',
                'The page has a "Skip to content" link, headings in order, visible focus, language attributes and sufficient contrast.',
                'Every page prints as a clean A4 handout with title, count date, sources and print date.',
                'Accessibility is tested automatically with axe-core in a real browser on every change.',
              ]
          ).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <h2 className="utrecht-heading-2">{nl ? 'Bekende beperkingen' : 'Known limitations'}</h2>
        <ul>
          {(nl
            ? [
                'De voortgangsteksten van de prioriteiten zijn alleen in het Nederlands beschikbaar: ze komen letterlijk uit de bron.',
                'De kaart is sterk vereenvoudigd; de tabel bij de kaart geeft de exacte cijfers.',
              ]
            : [
                'The progress texts of the priorities are available in Dutch only: they are quoted from the source.',
                'The map is strongly simplified; the table with the map gives the exact figures.',
              ]
          ).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <h2 className="utrecht-heading-2">{nl ? 'Iets werkt niet?' : 'Something does not work?'}</h2>
        <p className="utrecht-paragraph">
          {nl
            ? 'Meld het bij het Zorg- en Veiligheidshuis Zaanstreek-Waterland, de beheerder van dit dashboard. Vermeld de pagina en wat er misgaat; we reageren binnen vijf werkdagen.'
            : 'Please report it to the Zorg- en Veiligheidshuis Zaanstreek-Waterland, which manages this dashboard. Name the page and what goes wrong; we respond within five working days.'}
        </p>
      </section>
    </>
  );
}
