import { Group, NativeSelect, ScrollArea, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { crmQueries } from '@/crm/crm-queries';
import type { Pipeline } from '@/crm/crm-schemas';
import { pipelineChoices } from '@/crm/pipeline-choices';
import { useApiClient } from '@/lib/api-client-context';
import { useMessages } from '@/lib/i18n';
import { messages } from './summary-messages';
import { type DayKey, isDayKey, MAX_RANGE_DAYS, SUMMARY_PRESETS, type SummaryPreset } from './summary-range';
import type { SummarySearchChange, SummaryView } from './summary-view';

const ALL = 'all';

interface SummaryFiltersProps {
  view: SummaryView;
  today: DayKey;
  onChange: (change: SummarySearchChange) => void;
}

function pipelineOptions(value: number | undefined, pipelines: readonly Pipeline[], t: typeof messages.en) {
  const choices = pipelineChoices(pipelines, value);
  return [
    { value: ALL, label: t.allPipelines },
    ...choices.pipelines.map((pipeline) => ({ value: String(pipeline.id), label: pipeline.name })),
    ...(value === undefined || choices.isCurrentKnown
      ? []
      : [{ value: String(value), label: t.unknownPipeline(value) }]),
  ];
}

/** Period presets, the dates of a custom period, and the pipeline; every choice goes to the URL. */
export function SummaryFilters({ view, today, onChange }: SummaryFiltersProps) {
  const t = useMessages(messages);
  const api = useApiClient();
  const pipelines = useQuery(crmQueries.pipelines(api)).data;
  const periodId = useId();
  const { from, to } = view.range;
  const choosePreset = (preset: SummaryPreset) =>
    onChange(preset === 'custom' ? { range: preset, from, to } : { range: preset, from: undefined, to: undefined });
  const chooseDate = (edge: 'from' | 'to', value: string) => {
    if (isDayKey(value)) onChange({ range: 'custom', from, to, [edge]: value });
  };
  return (
    <Group align="flex-start" gap="md">
      <Stack gap={4} maw="100%">
        <Text id={periodId} component="span" size="sm" fw={500}>
          {t.period}
        </Text>
        {/* On a phone the five periods are wider than the screen: they scroll sideways instead of spilling out. */}
        <ScrollArea type="never" maw="100%">
          <SegmentedControl
            aria-labelledby={periodId}
            data={SUMMARY_PRESETS.map((preset) => ({ value: preset, label: t.presets[preset] }))}
            value={view.preset}
            onChange={(value) => choosePreset(value as SummaryPreset)}
          />
        </ScrollArea>
      </Stack>
      {view.preset === 'custom' && (
        <>
          <TextInput
            type="date"
            label={t.from}
            value={from}
            max={to}
            onChange={(event) => chooseDate('from', event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t.to}
            value={to}
            min={from}
            max={today}
            description={t.rangeCapped(MAX_RANGE_DAYS)}
            inputWrapperOrder={['label', 'input', 'description']}
            onChange={(event) => chooseDate('to', event.currentTarget.value)}
          />
        </>
      )}
      <NativeSelect
        label={t.pipeline}
        w={200}
        data={pipelineOptions(view.pipelineId, pipelines ?? [], t)}
        value={view.pipelineId === undefined ? ALL : String(view.pipelineId)}
        onChange={(event) => {
          const { value } = event.currentTarget;
          onChange({ pipeline: value === ALL ? undefined : Number(value) });
        }}
      />
    </Group>
  );
}
