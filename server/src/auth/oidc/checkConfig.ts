import { ConfigError } from '../../configError.js';
import type { Store } from '../../store/index.js';
import type { SignInConfig } from './config.js';

/**
 * What the environment alone cannot tell: every GEMEENTE mapping names a municipality of this
 * region, every break-glass account is a local BEHEERDER. Checked at start, after the first
 * beheerder is made; a mistake stops the server with a ConfigError naming the variable.
 */
export async function checkSignInConfig(config: SignInConfig, store: Store): Promise<void> {
  for (const provider of config.providers) {
    const codes = provider.roleMap.flatMap((mapping) => (mapping.municipalityCode ? [mapping.municipalityCode] : []));
    const found = await store.getMunicipalities(codes);
    const unknown = codes.filter((_code, index) => !found[index]);
    if (unknown.length > 0) {
      throw new ConfigError(
        `ZV_OIDC_${provider.id.toUpperCase().replaceAll('-', '_')}_ROLE_MAP noemt ${unknown.join(', ')}: geen gemeente van deze regio. Gebruik de CBS-code van een gemeente die het dashboard kent (bijvoorbeeld GM0479).`,
      );
    }
  }
  for (const name of config.breakGlassUsers) {
    const user = await store.findUser(name);
    if (!user || user.role !== 'BEHEERDER' || user.oidcProvider !== null) {
      throw new ConfigError(
        `ZV_BREAK_GLASS_USERS noemt "${name}": ${user ? 'dat is geen lokaal account met de rol beheerder' : 'dat account bestaat niet'}. Noem alleen lokale beheerders (bijvoorbeeld admin).`,
      );
    }
  }
}
