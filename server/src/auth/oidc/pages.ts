import type { RefusalReason } from './SingleSignOn.js';

export type PageLanguage = 'nl' | 'en';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A small page of its own (the dashboard's app is not loaded here); styles from /auth/oidc/page.css, no inline code. */
function page(language: PageLanguage, title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Dashboard Zorg &amp; Veiligheid</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/auth/oidc/page.css">
${head}
</head>
<body>
<main>
<p class="zv-brand">Dashboard Zorg &amp; Veiligheid</p>
<h1>${escape(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/**
 * After a successful sign-in: a same-origin page that moves on to the dashboard. The session
 * cookie is SameSite=Strict, so the browser does not send it on the redirect chain that started
 * at the provider; the next navigation, started from this page, is same-site and carries it.
 */
export function continuePage(language: PageLanguage, returnTo: string): string {
  const href = escape(returnTo);
  const [title, link] = language === 'en' ? ['Signed in', 'Continue to the dashboard'] : ['U bent ingelogd', 'Verder naar het dashboard'];
  return page(language, title, `<p><a href="${href}">${link}</a></p>`, `<meta http-equiv="refresh" content="0;url=${href}">`);
}

const REASONS: Record<RefusalReason | 'unknown-provider' | 'unreachable' | 'too-many', Record<PageLanguage, string>> = {
  request: {
    nl: 'Deze inlogpoging is niet (meer) geldig: ze is verlopen, al gebruikt, of in een andere browser begonnen. Begin opnieuw vanaf de inlogpagina.',
    en: 'This sign-in attempt is not valid (any more): it expired, was already used, or was started in another browser. Start again from the sign-in page.',
  },
  provider: {
    nl: 'Het antwoord van de inlogdienst kon niet worden gecontroleerd, of de inlogdienst heeft het inloggen afgebroken. Probeer het opnieuw; lukt het niet, neem dan contact op met de beheerder.',
    en: 'The answer of the identity provider could not be verified, or the provider cancelled the sign-in. Try again; if it keeps failing, contact the administrator.',
  },
  username: {
    nl: 'De inlogdienst gaf geen gebruikersnaam mee. Vraag de beheerder van uw organisatie om de claim met de gebruikersnaam in te stellen.',
    en: "The identity provider sent no username. Ask your organisation's administrator to configure the username claim.",
  },
  'no-role': {
    nl: 'U bent bij uw organisatie aangemeld, maar u heeft geen rol in dit dashboard: uw account zit in geen van de groepen die toegang geven. Vraag de beheerder van uw organisatie om toegang.',
    en: "You are signed in at your organisation, but you have no role in this dashboard: your account is in none of the groups that give access. Ask your organisation's administrator for access.",
  },
  'name-clash': {
    nl: 'Er bestaat in dit dashboard al een ander account met uw gebruikersnaam. Om veiligheidsredenen worden de twee niet automatisch samengevoegd: een beheerder van het dashboard moet dit oplossen.',
    en: 'This dashboard already has another account with your username. For safety the two are not merged automatically: an administrator of the dashboard must resolve this.',
  },
  deactivated: {
    nl: 'Uw account in dit dashboard is gedeactiveerd. Vraag een beheerder van het dashboard om het weer te activeren.',
    en: 'Your account in this dashboard is deactivated. Ask an administrator of the dashboard to reactivate it.',
  },
  'unknown-provider': {
    nl: 'Deze inlogdienst is hier niet ingesteld. Kies een van de knoppen op de inlogpagina.',
    en: 'This identity provider is not configured here. Choose one of the buttons on the sign-in page.',
  },
  'too-many': {
    nl: 'Te veel inlogpogingen vanaf dit adres. Wacht een minuut en probeer het dan opnieuw.',
    en: 'Too many sign-in attempts from this address. Wait a minute, then try again.',
  },
  unreachable: {
    nl: 'De inlogdienst is op dit moment niet bereikbaar. Probeer het over enkele minuten opnieuw.',
    en: 'The identity provider cannot be reached right now. Try again in a few minutes.',
  },
};

/** A refused sign-in: what happened, what to do, and the way back to the login page. */
export function refusalPage(language: PageLanguage, reason: keyof typeof REASONS): string {
  const [title, back] =
    language === 'en'
      ? ['Signing in did not succeed', 'Back to the sign-in page']
      : ['Inloggen is niet gelukt', 'Terug naar de inlogpagina'];
  return page(language, title, `<p>${escape(REASONS[reason][language])}</p>\n<p><a href="/">${back}</a></p>`);
}

/** The pages' few styles: in a file, as the CSP allows no inline style. */
export const PAGE_CSS = `body{margin:0;font-family:system-ui,sans-serif;font-size:1.125rem;line-height:1.5;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:3rem auto;padding:0 1.5rem}
.zv-brand{font-weight:700;color:#154273}
h1{font-size:1.75rem;line-height:1.25}
a{color:#154273}
a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
`;
