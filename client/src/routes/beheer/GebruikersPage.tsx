import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useLanguage } from '../../i18n/LanguageContext';
import { BeheerSection } from './BeheerSection';
import { CreateUserForm } from './CreateUserForm';
import { UsersQuery } from './usersQuery';
import { UsersTable } from './UsersTable';

/** User management (BEHEERDER). The server refuses the others too; they get a plain "Geen toegang". */
export default function GebruikersPage() {
  return (
    <BeheerSection usersOnly>
      <Users />
    </BeheerSection>
  );
}

function Users() {
  const { t } = useLanguage();
  // Sessions and logins change all the time: always ask the server. The list stays on screen while
  // it is fetched again, so a form being filled in is not thrown away.
  const result = useQuery(UsersQuery, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: false });
  const [status, setStatus] = useState('');
  const changed = async (message: string) => {
    await result.refetch();
    setStatus(message);
  };
  return (
    <>
      <PageHeader title={t('usersTitle')} intro={t('usersIntro')} />
      <p role="status" className="zv-status-message">
        {status}
      </p>
      <QueryView result={result}>
        {(data) => (
          <>
            <section className="zv-section zv-section--first" aria-label={t('usersTableCaption')}>
              <UsersTable users={data.users} municipalities={data.municipalities} onChanged={changed} />
            </section>
            <CreateUserForm municipalities={data.municipalities} onCreated={(username) => changed(t('doneCreated', { username }))} />
          </>
        )}
      </QueryView>
    </>
  );
}
