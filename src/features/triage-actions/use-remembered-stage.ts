import { useState } from 'react';
import type { Stage } from '@/crm/crm-schemas';
import { chooseStage } from './triage-requests';

const KEY_PREFIX = 'incoming-leads-triage.stage.';

/** The stage the manager last accepted into in this pipeline, in this browser. */
export function readRememberedStage(pipelineId: number): number | undefined {
  try {
    const value = Number(globalThis.localStorage?.getItem(`${KEY_PREFIX}${pipelineId}`));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

export function rememberStage(pipelineId: number, stageId: number): void {
  try {
    globalThis.localStorage?.setItem(`${KEY_PREFIX}${pipelineId}`, String(stageId));
  } catch {
    // Without storage the first stage stays the default; accepting still works.
  }
}

/**
 * The stage picked for one lead: what the manager chose here, else the pipeline's remembered stage, else its
 * first regular stage. The choice is remembered once the lead is accepted into it.
 */
export function useRememberedStage(pipelineId: number, stages: readonly Stage[]) {
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const stageId = chooseStage(stages, chosen ?? readRememberedStage(pipelineId));
  return { stageId, choose: setChosen, remember: (id: number) => rememberStage(pipelineId, id) };
}
