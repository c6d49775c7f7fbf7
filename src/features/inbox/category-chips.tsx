import { Chip, Group } from '@mantine/core';
import { isLeadCategory, LEAD_CATEGORIES, type LeadCategory } from '@/incoming-leads/incoming-lead';
import { formatNumber, useLocale, useMessages } from '@/lib/i18n';
import { messages } from './inbox-messages';

interface CategoryChipsProps {
  value: readonly LeadCategory[];
  /** Waiting per category in the chosen pipeline; unknown while the first count loads. */
  counts: Record<LeadCategory, number> | undefined;
  onChange: (categories: LeadCategory[]) => void;
}

/** Several categories at once; none chosen means all. Empty categories stay visible, dimmed. */
export function CategoryChips({ value, counts, onChange }: CategoryChipsProps) {
  const m = useMessages(messages);
  const locale = useLocale();
  return (
    <Chip.Group multiple value={[...value]} onChange={(next) => onChange(next.filter(isLeadCategory))}>
      <Group gap="xs" role="group" aria-label={m.categories}>
        {LEAD_CATEGORIES.map((category) => {
          const count = counts?.[category];
          return (
            <Chip key={category} value={category} size="sm" variant="light" opacity={count === 0 ? 0.6 : 1}>
              {m.categoryGroupLabels[category]}
              {count !== undefined && ` ${formatNumber(locale, count)}`}
            </Chip>
          );
        })}
      </Group>
    </Chip.Group>
  );
}
