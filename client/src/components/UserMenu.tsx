import { useState } from 'react';
import { Link } from 'wouter';
import { useLanguage } from '../i18n/LanguageContext';
import { roleText } from '../session/roles';
import type { SessionValue } from '../session/SessionContext';

/** Who is logged in, with links to change the password and to log out (in the page header). */
export function UserMenu({ session }: { session: SessionValue }) {
  const { t } = useLanguage();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const { user } = session;

  async function logout() {
    setFailed(false);
    setBusy(true);
    try {
      await session.logout();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <div className="zv-user">
      <p className="zv-user__name">{t('loggedInAs', { username: user.username, role: roleText(user, t) })}</p>
      <Link href="/account" className="zv-user__link">
        {t('changePasswordLink')}
      </Link>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action zv-header__button"
        disabled={busy}
        onClick={() => void logout()}
      >
        {t('logout')}
      </button>
      <p role="alert" className="zv-user__error">
        {failed ? t('logoutFailed') : null}
      </p>
    </div>
  );
}
