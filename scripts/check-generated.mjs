/**
 * `npm run check:generated` (part of `npm test`): the committed GraphQL files must be what
 * `npm run codegen` makes of shared/schema.graphql and the client's queries. Generates in memory
 * (nothing is written) and names the files that differ.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const { config } = await loadCodegenConfig({ configFilePath: resolve('codegen.ts') });
const outputs = await generate({ ...config, silent: true }, false);
const stale = outputs.filter(({ filename, content }) => {
  try {
    return readFileSync(resolve(filename), 'utf8') !== content;
  } catch {
    return true;
  }
});
if (outputs.length === 0) {
  console.error('Codegen maakte geen bestanden: klopt codegen.ts?');
  process.exit(1);
}
if (stale.length > 0) {
  console.error(
    `Gegenereerde bestanden zijn niet actueel: ${stale.map((o) => o.filename).join(', ')}.\nDraai npm run codegen en commit ze.`,
  );
  process.exit(1);
}
console.log(`Gegenereerde GraphQL-bestanden actueel (${outputs.length}).`);
