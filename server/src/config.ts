import { resolve } from 'node:path';

/** A setting has a value the app cannot use; the message names the variable and what is allowed. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface Config {
  port: number;
  host: string | undefined;
  dataDir: string;
  databasePath: string;
  production: boolean;
}

export const DATABASE_FILE = 'zorg-veiligheid.sqlite';

/** Reads the configuration from environment variables (see README, "Configuratie"). */
export function readConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd()): Config {
  const rawPort = env.PORT?.trim() || '4000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    throw new ConfigError(`PORT="${rawPort}" is geen geldig poortnummer: gebruik een geheel getal van 0 (een vrije poort) tot en met 65535.`);
  }
  const dataDir = resolve(cwd, env.DATA_DIR?.trim() || './data');
  return {
    port,
    host: env.HOST?.trim() || undefined,
    dataDir,
    databasePath: resolve(dataDir, DATABASE_FILE),
    production: env.NODE_ENV === 'production',
  };
}
