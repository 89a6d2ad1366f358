import { DatePicker, type DatePickerProps } from 'antd';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../lib/format';

type Props = Omit<DatePickerProps, 'value' | 'onChange' | 'format' | 'picker'> & {
  /** YYYY-MM-DD */
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/**
 * A date picker whose value is an ISO date string (what the API speaks) shown and typed as dd/mm/yyyy.
 * Typing is allowed: "30/06/2024", "1/7/2025" and "30062024" all work (press Enter or leave the field).
 */
/** The first is how dates are shown; the others are also accepted when typed. */
const DATE_FORMATS = [DATE_FORMAT, 'D/M/YYYY', 'DDMMYYYY', 'YYYY-MM-DD'];

export function IsoDatePicker({ value, onChange, ...rest }: Props) {
  return (
    <DatePicker
      {...rest}
      format={DATE_FORMATS}
      value={fromIsoDate(value ?? null)}
      onChange={(day) => onChange?.(toIsoDate(Array.isArray(day) ? day[0] : day) ?? null)}
    />
  );
}
