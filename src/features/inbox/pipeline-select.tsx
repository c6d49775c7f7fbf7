import { Select } from '@mantine/core';
import type { Pipeline } from '@/crm/crm-schemas';
import { pipelineChoices } from '@/crm/pipeline-choices';
import { useMessages } from '@/lib/i18n';
import { type InboxMessages, messages } from './inbox-messages';

const ALL = 'all';

interface PipelineSelectProps {
  value: number | undefined;
  pipelines: readonly Pipeline[] | undefined;
  onChange: (pipelineId: number | undefined) => void;
}

function options(value: number | undefined, pipelines: readonly Pipeline[], m: InboxMessages) {
  const choices = pipelineChoices(pipelines, value);
  return [
    { value: ALL, label: m.allPipelines },
    ...choices.pipelines.map((pipeline) => ({ value: String(pipeline.id), label: pipeline.name })),
    ...(value === undefined || choices.isCurrentKnown ? [] : [{ value: String(value), label: m.pipelineById(value) }]),
  ];
}

export function PipelineSelect({ value, pipelines, onChange }: PipelineSelectProps) {
  const m = useMessages(messages);
  return (
    <Select
      label={m.pipeline}
      size="sm"
      w={200}
      data={options(value, pipelines ?? [], m)}
      value={value === undefined ? ALL : String(value)}
      allowDeselect={false}
      onChange={(next) => onChange(next === null || next === ALL ? undefined : Number(next))}
    />
  );
}
