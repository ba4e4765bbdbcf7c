/** A setting has a value the app cannot use; the message names the variable and what is allowed. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
