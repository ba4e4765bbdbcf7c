import { createReadStream, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { IMPORT_KINDS, type ImportKind } from '../import/index.js';
import { createServices } from '../services.js';
import { openStore } from '../store/index.js';

const usage = `Gebruik: npm run import -- <bestand> --kind <${IMPORT_KINDS.join('|')}> [--dry-run]

Leest een CSV- of JSON-bestand in de database onder DATA_DIR, via dezelfde controle als de
Beheer-pagina. Bij één fout wordt niets geschreven en is de afsluitcode 1.
  --kind      soort gegevens: ${IMPORT_KINDS.join(', ')}
  --dry-run   alleen controleren en tonen wat er zou veranderen`;

async function run(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { kind: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const [file] = positionals;
  const kind = String(values.kind ?? '').toUpperCase() as ImportKind;
  if (!file || !IMPORT_KINDS.includes(kind)) {
    console.error(`Fout: ${!file ? 'geef het bestand' : `onbekende --kind "${values.kind ?? ''}"`}.\n\n${usage}`);
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`Fout: bestand ${file} bestaat niet.`);
    return 2;
  }
  const config = readConfig(process.env);
  const store = await openStore(config);
  try {
    const services = createServices(store, { suppressBelow: config.suppressBelow });
    const dryRun = values['dry-run'] ?? false;
    const result = await services.imports.run(kind, createReadStream(file), {
      dryRun,
      actor: { username: `cli:${userInfo().username}`, origin: 'cli' },
      fileName: basename(file),
    });
    console.log(`${result.rowsRead} regels gelezen uit ${file} (${kind}).`);
    if (result.errors.length > 0) {
      for (const e of result.errors) console.error(`  regel ${e.line ?? '-'}${e.column ? `, kolom ${e.column}` : ''}: ${e.message}`);
      if (result.moreErrors > 0) console.error(`  … en nog ${result.moreErrors} fouten`);
      console.error('Er is niets geschreven.');
      return 1;
    }
    for (const c of result.changes) {
      const effect = { ADDED: 'nieuw', CHANGED: 'gewijzigd', UNCHANGED: 'ongewijzigd' }[c.effect];
      const totals = c.totalBefore !== c.totalAfter && c.totalAfter !== null ? `, totaal ${c.totalBefore ?? '–'} → ${c.totalAfter}` : '';
      console.log(
        `  ${c.key}: ${effect} (${c.added} toegevoegd, ${c.changed} gewijzigd, ${c.unchanged} ongewijzigd, ${c.removed} verwijderd${totals})`,
      );
    }
    const check = result.flowConsistency;
    if (check) {
      // A warning, not a refusal (decision 0020): the import goes on either way.
      for (const m of check.mismatches) {
        const place = m.unspecified ? 'Niet gespecificeerd' : (m.municipality ?? 'de regio');
        console.warn(
          `  Let op: ${place} ${m.from} → ${m.to} (${m.months.join(', ')}): vorige telling + instroom − uitstroom is ${m.expected}, geteld ${m.actual}.`,
        );
      }
      for (const u of check.unchecked)
        console.warn(`  Niet te controleren: ${u.from} → ${u.to}, geen in- en uitstroom voor ${u.months.join(', ')}.`);
      if (check.checked.length > 0 && check.mismatches.length === 0)
        console.log('  De lopende casussen volgen uit de vorige telling plus instroom min uitstroom.');
    }
    console.log(
      dryRun
        ? 'Proefimport: er is niets geschreven.'
        : `Klaar: ${result.added} toegevoegd, ${result.changed} gewijzigd, ${result.unchanged} ongewijzigd, ${result.removed} verwijderd.`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

run()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    const known = ['ConfigError', 'StoreOpenError'].includes((error as Error).name);
    console.error(known ? `Fout: ${(error as Error).message}` : error);
    process.exitCode = 1;
  });
