import { Select } from '@mantine/core';
import type { Pipeline } from '@/crm/crm-schemas';
import { useMessages } from '@/lib/i18n';
import { type InboxMessages, messages } from './inbox-messages';

const ALL = 'all';

interface PipelineSelectProps {
  value: number | undefined;
  pipelines: readonly Pipeline[] | undefined;
  onChange: (pipelineId: number | undefined) => void;
}

function options(value: number | undefined, pipelines: readonly Pipeline[], m: InboxMessages) {
  const shown = pipelines.filter((pipeline) => !pipeline.isArchive || pipeline.id === value);
  const known = value === undefined || shown.some((pipeline) => pipeline.id === value);
  return [
    { value: ALL, label: m.allPipelines },
    ...shown.map((pipeline) => ({ value: String(pipeline.id), label: pipeline.name })),
    ...(known ? [] : [{ value: String(value), label: m.pipelineById(value) }]),
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
