import { useId } from 'react';
import { SelectFilter } from '../../components/SelectFilter';
import { useLanguage } from '../../i18n/LanguageContext';
import { formatDate } from '../../format';
import { snapshotDate } from '../../models/caseload';
import { useUrlParam } from '../../url';

/** Count date and measure, both kept in the URL (?peildatum=…&maat=per10k). */
export function CaseloadFilters({
  snapshots,
  selected,
}: {
  snapshots: { peildatum: string; peildatumPrecision: 'DAY' | 'MONTH' }[];
  /** The count date shown; one the address asked for that has no figures is listed as such. */
  selected: string;
}) {
  const ctx = useLanguage();
  const { t } = ctx;
  const id = useId();
  const [, setPeildatum] = useUrlParam('peildatum');
  const [measure, setMeasure] = useUrlParam('maat', 'absoluut');
  return (
    <div className="zv-filters">
      <SelectFilter
        label={t('peildatum')}
        value={selected}
        options={[
          ...(selected && !snapshots.some((s) => s.peildatum === selected)
            ? [{ value: selected, label: t('peildatumWithoutFigures', { date: formatDate(selected, ctx.lang) }) }]
            : []),
          ...[...snapshots].reverse().map((s) => ({ value: s.peildatum, label: snapshotDate(s, ctx) })),
        ]}
        onChange={(value) => setPeildatum(value === snapshots.at(-1)?.peildatum ? '' : value)}
      />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset zv-filter zv-segmented">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('measure')}</legend>
        {[
          { value: 'absoluut', label: t('measureAbsolute') },
          { value: 'per10k', label: t('measurePer10k') },
        ].map((option) => (
          <label key={option.value} className="zv-segmented__option">
            <input
              type="radio"
              name={`${id}-maat`}
              value={option.value}
              checked={(measure === 'per10k' ? 'per10k' : 'absoluut') === option.value}
              onChange={() => setMeasure(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
