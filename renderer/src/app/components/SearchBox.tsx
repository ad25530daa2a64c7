import { useTranslation } from 'react-i18next';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
}

/** The search field every list has; Escape clears it. */
export function SearchBox({ value, onChange, placeholder }: SearchBoxProps) {
  const { t } = useTranslation();
  return (
    <input
      type="search"
      className="search"
      aria-label={t('common.search')}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && value) {
          e.preventDefault();
          onChange('');
        }
      }}
    />
  );
}
