import { Link, useLocation } from 'wouter';
import { requestFullscreen } from './fullscreen';
import { useLanguage } from '../i18n/LanguageContext';

/**
 * The main navigation's items for the presentation (full screen on the click, back to this view
 * on Escape) and the board report.
 */
export function SteeringLinks() {
  const { t } = useLanguage();
  const [location] = useLocation();
  const from = location.startsWith('/presentatie') ? '/' : location;
  const reportCurrent = location === '/rapport';
  return (
    <>
      <li className="zv-nav__item">
        <Link href={`/presentatie?van=${encodeURIComponent(from)}`} className="zv-nav__link" onClick={requestFullscreen}>
          <span aria-hidden="true">▶ </span>
          {t('boardPresentTitle')}
        </Link>
      </li>
      <li className="zv-nav__item">
        <Link
          href="/rapport"
          className={`zv-nav__link${reportCurrent ? ' zv-nav__link--current' : ''}`}
          aria-current={reportCurrent ? 'page' : undefined}
        >
          {t('boardReportTitle')}
        </Link>
      </li>
    </>
  );
}
