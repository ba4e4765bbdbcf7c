import type { SignInOptionsQuery } from '../generated/graphql';
import { RowsTable } from '../components/RowsTable';
import { useLanguage } from '../i18n/LanguageContext';
import { roleText } from './roles';

type DemoAccount = SignInOptionsQuery['deployment']['demoAccounts'][number];

/**
 * The demonstration's accounts, one per role, with their documented passwords (decision 0023).
 * The server lists them only on the demonstration of npm run demo; a real deployment answers none,
 * and this shows nothing.
 */
export function DemoAccounts({ accounts }: { accounts: readonly DemoAccount[] }) {
  const { t } = useLanguage();
  if (accounts.length === 0) return null;
  return (
    <section className="zv-demo-accounts" aria-labelledby="zv-demo-accounts-title">
      <h2 id="zv-demo-accounts-title" className="utrecht-heading-2">
        {t('demoAccountsTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('demoAccountsIntro')}</p>
      {/* At 320 px the three columns are wider than the box: the table scrolls in it (RowsTable), not the page. */}
      <RowsTable
        caption={t('demoAccountsTitle')}
        columns={[
          { key: 'role', label: t('demoAccountsRole') },
          { key: 'username', label: t('loginUsername') },
          { key: 'password', label: t('loginPassword') },
        ]}
      >
        {accounts.map((account) => (
          <tr key={account.username} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              {roleText({ role: account.role, municipality: account.municipalityName ? { name: account.municipalityName } : null }, t)}
            </th>
            <td className="utrecht-table__cell">
              <code>{account.username}</code>
            </td>
            <td className="utrecht-table__cell">
              <code>{account.password}</code>
            </td>
          </tr>
        ))}
      </RowsTable>
    </section>
  );
}
