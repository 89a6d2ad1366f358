import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface Props {
  id?: string;
  /** "YYYY-MM-DDTHH:mm", the wall-clock time in Vietnam. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  disabled?: boolean;
  'aria-describedby'?: string;
  'data-testid'?: string;
}

const SHOWN = 'DD/MM/YYYY HH:mm';
// Typed forms also accepted: a phone's keypad, no leading zeros.
const TYPED = [SHOWN, 'D/M/YYYY H:mm', 'DD/MM/YYYY HHmm', 'DDMMYYYY HHmm'];
const WALL = 'YYYY-MM-DDTHH:mm';

/**
 * A date and time shown and typed as dd/mm/yyyy HH:mm. The value is the wall-clock time as written, with no zone:
 * it is read as Vietnam's time when sent (article-form.ts), so a browser set to another zone changes nothing.
 */
export function DateTimeInput({ value, onChange, ...rest }: Props) {
  // An ISO date-time without an offset is read by dayjs as the browser's wall clock, which is what is shown.
  const day = value ? dayjs(value) : null;
  return (
    <DatePicker
      {...rest}
      showTime={{ format: 'HH:mm' }}
      format={TYPED}
      value={day?.isValid() ? day : null}
      onChange={(next) => onChange?.(next?.isValid() ? next.format(WALL) : null)}
      style={{ width: '100%' }}
    />
  );
}
