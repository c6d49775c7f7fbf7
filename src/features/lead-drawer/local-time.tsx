import { Text } from '@mantine/core';
import { intlLocale, useLocale } from '@/lib/i18n';
import { NotGiven } from './free-text';
import { formatDateTime } from './lead-drawer-text';

/** A moment from lead data as local date and time; a timestamp outside the calendar is shown as missing. */
export function LocalTime({ value }: { value: number | null }) {
  const locale = useLocale();
  const date = value === null ? null : new Date(value);
  if (date === null || Number.isNaN(date.getTime())) return <NotGiven />;
  return (
    <Text component="time" size="sm" dateTime={date.toISOString()}>
      {formatDateTime(date.getTime(), intlLocale(locale))}
    </Text>
  );
}
