import { useLanguage } from '../i18n/LanguageContext';

export interface SignInProvider {
  id: string;
  label: string;
}

/**
 * One link per single sign-on provider ("Inloggen met …"): a plain navigation to the server,
 * which sends the browser on to the provider and back (server/src/auth/oidc). The page asked for
 * is kept, so the user lands where they were going.
 */
export function SingleSignOnButtons({ providers, returnTo }: { providers: readonly SignInProvider[]; returnTo: string }) {
  const { t } = useLanguage();
  if (providers.length === 0) return null;
  const back = returnTo === '/' ? '' : `?terug=${encodeURIComponent(returnTo)}`;
  return (
    <section className="zv-login__sso" aria-label={t('loginSsoTitle')}>
      <ul className="zv-login__providers">
        {providers.map((provider) => (
          <li key={provider.id}>
            <a
              className="utrecht-button utrecht-button--primary-action zv-login__provider"
              href={`/auth/oidc/${encodeURIComponent(provider.id)}/start${back}`}
            >
              {t('loginWithProvider', { label: provider.label })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
