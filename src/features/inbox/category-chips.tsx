import { Chip, Group } from '@mantine/core';
import { isLeadCategory, LEAD_CATEGORIES, type LeadCategory } from '@/incoming-leads/incoming-lead';
import { CATEGORY_GROUP_LABELS } from './incoming-lead-text';

interface CategoryChipsProps {
  value: readonly LeadCategory[];
  /** Waiting per category in the chosen pipeline; unknown while the first count loads. */
  counts: Record<LeadCategory, number> | undefined;
  onChange: (categories: LeadCategory[]) => void;
}

/** Several categories at once; none chosen means all. Empty categories stay visible, dimmed. */
export function CategoryChips({ value, counts, onChange }: CategoryChipsProps) {
  return (
    <Chip.Group multiple value={[...value]} onChange={(next) => onChange(next.filter(isLeadCategory))}>
      <Group gap="xs" role="group" aria-label="Categories">
        {LEAD_CATEGORIES.map((category) => {
          const count = counts?.[category];
          return (
            <Chip key={category} value={category} size="sm" variant="light" opacity={count === 0 ? 0.6 : 1}>
              {CATEGORY_GROUP_LABELS[category]}
              {count !== undefined && ` ${count}`}
            </Chip>
          );
        })}
      </Group>
    </Chip.Group>
  );
}
