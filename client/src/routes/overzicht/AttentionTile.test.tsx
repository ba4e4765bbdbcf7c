import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import { LanguageProvider } from '../../i18n/LanguageContext';
import { AttentionTile } from './AttentionTile';

const goal = (id: string, status: 'OFF_TRACK' | 'AT_RISK' | 'ON_TRACK') => ({ id, title: `Doel ${id}`, status });

describe('"Doelen en aandachtspunten" on the overview', () => {
  it('shows every goal and priority that needs attention, however many; only other goals stand behind "en N meer"', () => {
    render(
      <LanguageProvider lang="nl">
        <AttentionTile
          goals={[goal('a', 'OFF_TRACK'), goal('b', 'AT_RISK'), goal('c', 'OFF_TRACK'), goal('d', 'ON_TRACK'), goal('e', 'ON_TRACK')]}
          themes={[
            { code: 'zvh', number: 1, title: 'Zorg- en Veiligheidshuis', status: 'AT_RISK' },
            { code: 'pgb', number: 4, title: 'Zorgfraude', status: 'OFF_TRACK' },
          ]}
        />
      </LanguageProvider>,
    );
    const items = within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // Two priorities and three goals need attention: all five are shown, most serious first.
    expect(items).toHaveLength(5);
    expect(items.join(' | ')).toMatch(/4\. Zorgfraude.*Doel a.*Doel c.*1\. Zorg- en Veiligheidshuis.*Doel b/);
    expect(screen.getByRole('link', { name: 'en 2 andere doelen' })).toHaveAttribute('href', '/doelen');
  });
});
