import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The contract, read from shared/schema.graphql: the one source of the schema. */
export function readTypeDefs(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('@zv/shared/schema.graphql'), 'utf8');
}
