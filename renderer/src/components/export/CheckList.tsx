// A multi-select as a scrollable list of checkboxes; nothing ticked means "all".
import { useTranslation } from 'react-i18next';

interface Props {
  legend: string;
  options: { value: string; label: string }[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

export function CheckList({ legend, options, chosen, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="plain-fieldset export-checklist">
      <legend className="field-label">
        {legend}{' '}
        <span className="muted">
          {chosen.length === 0 ? t('export.allChosen') : t('export.someChosen', { count: chosen.length })}
        </span>
      </legend>
      <div className="export-checklist-items">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(o.value)}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value))
              }
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
