import '@testing-library/jest-dom/jest-globals';
import { configure } from '@testing-library/react';
import { loadLanguage, loadPageTexts } from '../src/i18n/LanguageContext';

// findBy… and waitFor wait up to 1 s by default: too short on a busy 2-core machine. A test that
// waits for something that never comes still fails, only later.
configure({ asyncUtilTimeout: 15_000 });

// Components are tested in both languages: the English texts are a chunk the app loads on demand,
// as are the Dutch texts of the pages that are not the first (lazyView loads them with a page).
await Promise.all([loadLanguage('en'), loadPageTexts()]);
