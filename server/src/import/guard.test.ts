import { describe, expect, it } from '@jest/globals';
import { loadSeed } from '@zv/seed';
import { classifyCell, columnNameCategory, isBsnLike, passesElevenTest } from './guard.js';
import { parseImport, validateImport, type ReferenceData } from './index.js';

const seed = loadSeed();
const reference: ReferenceData = { municipalities: seed.municipalities, domains: seed.knowledgeDomains, today: '2024-06-01' };
const never = () => false;

/** `count` numbers that pass the 11-test, like real BSNs (none is a real person's). */
function bsns(count: number): string[] {
  const out: string[] = [];
  for (let n = 100_000_000; out.length < count; n += 7) if (passesElevenTest(String(n))) out.push(String(n));
  return out;
}

/** The Dutch Excel form: ';', CRLF. */
const csv = (lines: string[]) => lines.join('\r\n') + '\r\n';

describe('the 11-test and what looks like a BSN', () => {
  it('passes numbers whose weighted digit sum divides by 11, and no others', () => {
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
    expect(passesElevenTest('12345678')).toBe(false);
  });

  it('sees a BSN written with dots or spaces, and one whose leading zero Excel dropped', () => {
    expect(isBsnLike('1112.22.333', false)).toBe(true);
    expect(isBsnLike('111 222 333', false)).toBe(true);
    expect(isBsnLike('24822607', true)).toBe(true);
    expect(isBsnLike('24822607', false)).toBe(false);
    // The same digits passing the test, but written as a Dutch number with thousands dots.
    expect(isBsnLike('15716600', true)).toBe(true);
    expect(isBsnLike('15.716.600', true)).toBe(false);
    expect(isBsnLike('€ 111.222.333', false)).toBe(false);
  });
});

describe('column names that say personal data', () => {
  it.each([
    ['BSN', 'bsn'],
    ['Burgerservicenummer', 'bsn'],
    ['bsn_client', 'bsn'],
    ['Naam', 'name'],
    ['Voornaam', 'name'],
    ['achternaam', 'name'],
    ['Cliënt', 'name'],
    ['Persoon', 'name'],
    ['Geboortedatum', 'birth'],
    ['Geb.datum', 'birth'],
    ['DOB', 'birth'],
    ['Straat', 'address'],
    ['Huisnummer', 'address'],
    ['Woonplaats', 'address'],
    ['Postcode', 'address'],
    ['E-mail', 'contact'],
    ['Telefoonnummer', 'contact'],
    ['Dossiernummer', 'identifier'],
    ['Cliëntnummer', 'identifier'],
    ['Geslacht', 'attributes'],
  ])('puts %j in %s', (header, category) => {
    expect(columnNameCategory(header)).toBe(category);
  });

  it.each(['gemeente', 'gemeentenaam', 'aantal', 'peildatum', 'bron', 'opmerking', ''])('leaves %j alone', (header) => {
    expect(columnNameCategory(header)).toBeNull();
  });
});

describe('values that look personal', () => {
  it('finds postcodes with a house number, alone or inside text', () => {
    expect(classifyCell('1234 AB 12', 'unexpected', true, never)).toBe('postcode');
    expect(classifyCell('1234AB 12-2', 'unexpected', true, never)).toBe('postcode');
    expect(classifyCell('1234ab', 'municipality', true, never)).toBe('postcode');
    expect(classifyCell('Bezocht op 1501 AB, 12 in Zaandam', 'text', true, never)).toBe('postcode');
    expect(classifyCell('CBS 2021 in 3 delen', 'text', true, never)).toBeNull();
  });

  it('finds e-mail addresses and phone numbers', () => {
    expect(classifyCell('j.jansen@example.nl', 'unexpected', true, never)).toBe('contact');
    expect(classifyCell('06-12345678', 'unexpected', true, never)).toBe('contact');
    expect(classifyCell('bel +31 20 123 4567', 'text', true, never)).toBe('contact');
  });

  it('leaves the real population sources alone', () => {
    for (const row of seed.population) {
      const text = `${row.source.document}: ${row.source.url ?? row.source.note ?? ''}`;
      expect(classifyCell(text, 'text', true, never)).toBeNull();
    }
  });

  it('tells names from free text in an unexpected column, and ignores municipality names there', () => {
    expect(classifyCell('Jan de Vries', 'unexpected', true, never)).toBe('name');
    expect(classifyCell('heeft twee kinderen en woont bij zijn moeder', 'unexpected', true, never)).toBe('freetext');
    expect(classifyCell('Zaanstad', 'unexpected', true, (n) => n === 'zaanstad')).toBeNull();
    expect(classifyCell('42', 'unexpected', true, never)).toBeNull();
  });

  it('does not read dates or names into an unexpected column of a file without header', () => {
    expect(classifyCell('12-03-1985', 'unexpected', false, never)).toBeNull();
    expect(classifyCell('Jan de Vries', 'unexpected', false, never)).toBeNull();
    expect(classifyCell('111222333', 'unexpected', false, never)).toBe('bsn');
  });
});

describe('the anonymisation guard on whole files', () => {
  const header = 'peildatum;gemeente;kennisdomein;aantal';

  it('refuses a BSN column, names the column and its lines, and never echoes a number', async () => {
    const numbers = bsns(40);
    const lines = numbers.map((bsn, i) => `1-2-2023;Zaanstad;;${i + 1};${bsn}`);
    const summary = await parseImport('CASELOAD', csv([`${header};bsn`, ...lines]), reference);
    expect(summary.refusedByGuard).toBe(true);
    expect(summary.records).toEqual([]);
    expect(summary.errors[0]?.message).toMatch(/^Bestand geweigerd/);
    expect(summary.errors).toContainEqual({
      line: 2,
      column: 'bsn',
      message: "Kolom 'bsn' (regel 2–41) lijkt burgerservicenummers te bevatten.",
    });
    const text = JSON.stringify(summary);
    for (const bsn of numbers) expect(text).not.toContain(bsn);
  });

  it('finds BSNs by their 11-test in a column with an innocent name, also written with dots', async () => {
    const [a, b] = bsns(2) as [string, string];
    const dotted = `${b.slice(0, 4)}.${b.slice(4, 6)}.${b.slice(6)}`;
    const summary = await parseImport(
      'CASELOAD',
      csv([`${header};nummer`, `1-2-2023;Zaanstad;;3;${a}`, `1-2-2023;Purmerend;;2;${dotted}`]),
      reference,
    );
    expect(summary.refusedByGuard).toBe(true);
    expect(summary.errors).toContainEqual({
      line: 2,
      column: 'nummer',
      message: "Kolom 'nummer' (regel 2–3) lijkt burgerservicenummers te bevatten.",
    });
    const text = JSON.stringify(summary);
    expect(text).not.toContain(a);
    expect(text).not.toContain(dotted);
    expect(text).not.toContain(b);
  });

  it('finds a BSN typed into the count column and does not quote it as a too large count', async () => {
    const [bsn] = bsns(1) as [string];
    const summary = await parseImport('CASELOAD', csv([header, `1-2-2023;Zaanstad;;${bsn}`]), reference);
    expect(summary.refusedByGuard).toBe(true);
    expect(summary.errors.map((e) => e.message)).toContain("Kolom 'aantal' (regel 2) lijkt burgerservicenummers te bevatten.");
    expect(JSON.stringify(summary)).not.toContain(bsn);
  });

  it('refuses a name column without echoing the names', async () => {
    const names = ['Jan de Vries', 'Fatima El Amrani', 'Piet Jansen'];
    const lines = names.map((name, i) => `1-2-2023;${['Zaanstad', 'Purmerend', 'Oostzaan'][i]};;1;${name}`);
    const summary = await parseImport('CASELOAD', csv([`${header};Naam`, ...lines]), reference);
    expect(summary.refusedByGuard).toBe(true);
    expect(summary.errors).toContainEqual({
      line: 2,
      column: 'Naam',
      message: "Kolom 'Naam' (regel 2–4) lijkt namen van personen te bevatten.",
    });
    const text = JSON.stringify(summary);
    for (const name of names) expect(text).not.toContain(name);
  });

  it('refuses names and free text in a column the kind does not have', async () => {
    const summary = await parseImport(
      'CASELOAD',
      csv([
        `${header};opmerking`,
        '1-2-2023;Zaanstad;;3;Mohamed Bakker',
        '1-2-2023;Purmerend;;2;woont sinds kort bij zijn zus in Purmerend-Noord',
      ]),
      reference,
    );
    expect(summary.refusedByGuard).toBe(true);
    const messages = summary.errors.map((e) => e.message);
    expect(messages).toContain("Kolom 'opmerking' (regel 2) lijkt namen van personen te bevatten.");
    expect(messages).toContain(
      "Kolom 'opmerking' (regel 3) bevat vrije tekst; hier horen alleen codes, namen van gemeenten of kennisdomeinen en getallen.",
    );
    const text = JSON.stringify(summary);
    expect(text).not.toContain('Bakker');
    expect(text).not.toContain('zus');
  });

  it('refuses birth dates, by column name and as dates in an unexpected column, without echoing them', async () => {
    const byName = await parseImport('CASELOAD', csv([`${header};Geboortedatum`, '1-2-2023;Zaanstad;;3;12-03-1985']), reference);
    expect(byName.refusedByGuard).toBe(true);
    expect(byName.errors.map((e) => e.message)).toContain("Kolom 'Geboortedatum' (regel 2) lijkt geboortedata of leeftijden te bevatten.");
    expect(JSON.stringify(byName)).not.toContain('12-03-1985');

    const byValue = await parseImport(
      'CASELOAD',
      csv([`${header};datum`, '1-2-2023;Zaanstad;;3;1985-03-12', '1-2-2023;Landsmeer;;2;7-11-1979']),
      reference,
    );
    expect(byValue.refusedByGuard).toBe(true);
    expect(byValue.errors.map((e) => e.message)).toContain(
      "Kolom 'datum' (regel 2–3) bevat datums waar die niet horen (mogelijk geboortedata).",
    );
    const text = JSON.stringify(byValue);
    expect(text).not.toContain('1985-03-12');
    expect(text).not.toContain('7-11-1979');
  });

  it('reads count dates before 2000 as birth dates and does not echo them', async () => {
    const summary = await parseImport('CASELOAD', csv([header, '12-3-1985;Zaanstad;;3', '1-2-2023;Zaanstad;;3']), reference);
    expect(summary.refusedByGuard).toBe(true);
    expect(summary.errors.map((e) => e.message)).toContain(
      "Kolom 'peildatum' (regel 2) bevat datums vóór 2000; dat zijn geen peildata van een telling (mogelijk geboortedata).",
    );
    expect(JSON.stringify(summary)).not.toContain('12-3-1985');
  });

  it('refuses postcodes with house numbers, in an extra column and inside a source text', async () => {
    const extra = await parseImport(
      'CASELOAD',
      csv([`${header};locatie`, '1-2-2023;Zaanstad;;3;1501 AB 12', '1-2-2023;Oostzaan;;1;1511AB 3']),
      reference,
    );
    expect(extra.refusedByGuard).toBe(true);
    expect(extra.errors.map((e) => e.message)).toContain(
      "Kolom 'locatie' (regel 2–3) bevat postcodes (met huisnummer), dus adresgegevens.",
    );
    expect(JSON.stringify(extra)).not.toMatch(/1501 AB|1511AB/);

    const inSource = await parseImport(
      'POPULATION',
      csv(['jaar;gemeente;inwoners;bron', '2023;Zaanstad;157.000;Telling buurthuis 1501 AB 12']),
      reference,
    );
    expect(inSource.refusedByGuard).toBe(true);
    expect(inSource.errors.map((e) => e.message)).toContain("Kolom 'bron' (regel 2) bevat postcodes (met huisnummer), dus adresgegevens.");
    expect(JSON.stringify(inSource)).not.toContain('1501 AB');
  });

  it('refuses address, e-mail and dossier number columns', async () => {
    const summary = await parseImport(
      'CASELOAD',
      csv([`${header};Straat;E-mail;Dossiernummer`, '1-2-2023;Zaanstad;;1;Dorpsstraat 4;j@example.nl;D-2023-0042']),
      reference,
    );
    expect(summary.refusedByGuard).toBe(true);
    const messages = summary.errors.map((e) => e.message);
    expect(messages).toContain("Kolom 'Straat' (regel 2) lijkt adresgegevens te bevatten.");
    expect(messages).toContain("Kolom 'E-mail' (regel 2) lijkt e-mailadressen of telefoonnummers te bevatten.");
    expect(messages).toContain(
      "Kolom 'Dossiernummer' (regel 2) lijkt dossier- of cliëntnummers te bevatten (één regel per persoon of casus).",
    );
    const text = JSON.stringify(summary);
    for (const value of ['Dorpsstraat', 'j@example.nl', 'D-2023-0042']) expect(text).not.toContain(value);
  });

  it('refuses a file of one row per person: every count 1 on 20 or more rows', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `${(i % 28) + 1}-1-2023;${seed.municipalities[i % 7]?.name};;1`);
    const summary = await parseImport('CASELOAD', csv([header, ...rows]), reference);
    expect(summary.refusedByGuard).toBe(true);
    expect(summary.errors.map((e) => e.message)).toContain(
      'Alle 25 regels hebben aantal 1: dat lijkt een lijst van personen of casussen, geen telling. Lever per peildatum en gemeente het aantal dossiers.',
    );
  });

  it('accepts a real count with many ones among other counts', async () => {
    const rows = seed.municipalities.map((m) => `1-2-2023;${m.name};;1`);
    const summary = await parseImport('CASELOAD', csv([header, ...rows, '1-2-2023;Totaal;;7']), reference);
    expect(summary.errors).toEqual([]);
    expect(summary.refusedByGuard).toBe(false);
  });

  it('refuses a file without aantal whose rows repeat the same gemeente: one row per case', async () => {
    const rows = Array.from({ length: 6 }, () => '1-2-2023;Zaanstad;Mensenhandel');
    const summary = await parseImport('CASELOAD', csv(['peildatum;gemeente;kennisdomein', ...rows]), reference);
    expect(summary.refusedByGuard).toBe(true);
    const messages = summary.errors.map((e) => e.message);
    expect(messages).toContain(
      'Regel 2, regel 4 en andere hebben dezelfde peildatum, gemeente en kennisdomein (3 keer of vaker): dat lijkt één regel per persoon of casus. Lever per peildatum, gemeente en kennisdomein één regel met het aantal.',
    );
    expect(messages).toContain(
      "Kolom 'aantal' ontbreekt; verwachte kolommen: peildatum;gemeente;kennisdomein;aantal (hoofdletters en volgorde vrij).",
    );
  });

  it('refuses many different unknown values in the gemeente column as probable names, unquoted', async () => {
    const people = ['Jansen', 'De Boer', 'Visser', 'Smit', 'Meijer', 'Mulder'];
    const summary = await parseImport('CASELOAD', csv([header, ...people.map((p) => `1-2-2023;${p};;2`)]), reference);
    expect(summary.refusedByGuard).toBe(true);
    expect(summary.errors.map((e) => e.message)).toContain(
      "Kolom 'gemeente' (regel 2–7) bevat meer dan vijf verschillende onbekende waarden; dat lijken geen gemeenten of kennisdomeinen maar mogelijk namen van personen.",
    );
    const text = JSON.stringify(summary);
    for (const p of people) expect(text).not.toContain(p);
    expect(summary.errors.filter((e) => e.column === 'gemeente' && e.line === 2)[1]?.message).toBe(
      'Onbekende gemeente; kies uit ' +
        seed.municipalities.map((m) => `'${m.name}'`).join(', ') +
        ", 'Niet gespecificeerd' of 'Totaal' (of de CBS-code, bijv. GM0385).",
    );
  });

  it('refuses prose in the gemeente column', async () => {
    const prose = 'Betrokkene is in Zaanstad bekend bij de wijkagent en bij het sociaal wijkteam sinds vorig jaar';
    const summary = await parseImport('CASELOAD', csv([header, `1-2-2023;${prose};;1`]), reference);
    expect(summary.refusedByGuard).toBe(true);
    expect(summary.errors.map((e) => e.message)).toContain(
      "Kolom 'gemeente' (regel 2) bevat vrije tekst; hier horen alleen codes, namen van gemeenten of kennisdomeinen en getallen.",
    );
    expect(JSON.stringify(summary)).not.toContain('wijkagent');
  });

  it('refuses a person file without a header, naming columns by position and quoting nothing', async () => {
    const [bsn] = bsns(1) as [string];
    const summary = await parseImport('CASELOAD', csv([`${bsn};Jan de Vries;12-03-1985`, `${bsns(2)[1]};Ans Bos;1-1-1990`]), reference);
    expect(summary.refusedByGuard).toBe(true);
    expect(summary.errors).toContainEqual({
      line: 1,
      column: 'kolom 1',
      message: 'Kolom 1 (regel 1–2) lijkt burgerservicenummers te bevatten.',
    });
    expect(summary.errors.map((e) => e.message)).toContain(
      'De eerste regel is geen kopregel: geen van de verwachte kolommen gevonden. Begin het bestand met de kopregel peildatum;gemeente;kennisdomein;aantal (hoofdletters en volgorde vrij).',
    );
    const text = JSON.stringify(summary);
    for (const value of [bsn, 'Jan de Vries', '12-03-1985', 'Ans Bos']) expect(text).not.toContain(value);
  });

  it('looks at fields beyond the header too', async () => {
    const summary = await parseImport('CASELOAD', csv([header, '1-2-2023;Zaanstad;;3;Jan Jansen']), reference);
    expect(summary.refusedByGuard).toBe(true);
    expect(summary.errors.map((e) => e.message)).toContain('Kolom 5 (regel 2) lijkt namen van personen te bevatten.');
    expect(JSON.stringify(summary)).not.toContain('Jansen');
  });

  it('hands nothing to the sink of a refused file, also not the rows before the personal data', async () => {
    const batches: unknown[] = [];
    const summary = await validateImport(
      'CASELOAD',
      [csv([`${header};naam`, '1-2-2023;Zaanstad;;3;', '1-2-2023;Purmerend;;2;', '1-2-2023;Oostzaan;;1;Jan'])],
      reference,
      (batch) => void batches.push(batch),
      { batchSize: 1 },
    );
    expect(summary.refusedByGuard).toBe(true);
    expect(batches).toEqual([]);
  });
});
