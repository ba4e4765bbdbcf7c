import { PageHeader } from '../components/PageHeader';
import { useLanguage } from '../i18n/LanguageContext';

export function NotFoundPage() {
  const { t } = useLanguage();
  return <PageHeader title={t('notFoundTitle')} intro={t('notFoundText')} />;
}
