import type { Pipeline } from './crm-schemas';

export interface PipelineChoices {
  /** The pipelines to offer: the active ones, plus an archived one when it is the current choice. */
  pipelines: Pipeline[];
  /** False when the current choice is an id the account does not have (a stale or hand-edited link). */
  isCurrentKnown: boolean;
}

/** What a pipeline filter offers, given the pipeline chosen now (undefined: all pipelines). */
export function pipelineChoices(pipelines: readonly Pipeline[], current: number | undefined): PipelineChoices {
  const shown = pipelines.filter((pipeline) => !pipeline.isArchive || pipeline.id === current);
  return {
    pipelines: shown,
    isCurrentKnown: current === undefined || shown.some((pipeline) => pipeline.id === current),
  };
}
