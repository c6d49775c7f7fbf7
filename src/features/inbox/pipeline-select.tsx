import { Select } from '@mantine/core';
import type { Pipeline } from '@/crm/crm-schemas';

const ALL = 'all';

interface PipelineSelectProps {
  value: number | undefined;
  pipelines: readonly Pipeline[] | undefined;
  onChange: (pipelineId: number | undefined) => void;
}

function options(value: number | undefined, pipelines: readonly Pipeline[]) {
  const shown = pipelines.filter((pipeline) => !pipeline.isArchive || pipeline.id === value);
  const known = value === undefined || shown.some((pipeline) => pipeline.id === value);
  return [
    { value: ALL, label: 'All pipelines' },
    ...shown.map((pipeline) => ({ value: String(pipeline.id), label: pipeline.name })),
    ...(known ? [] : [{ value: String(value), label: `Pipeline ${value}` }]),
  ];
}

export function PipelineSelect({ value, pipelines, onChange }: PipelineSelectProps) {
  return (
    <Select
      label="Pipeline"
      size="sm"
      w={200}
      data={options(value, pipelines ?? [])}
      value={value === undefined ? ALL : String(value)}
      allowDeselect={false}
      onChange={(next) => onChange(next === null || next === ALL ? undefined : Number(next))}
    />
  );
}
