import { describe, expect, it } from 'vitest';
import type { Pipeline } from './crm-schemas';
import { pipelineChoices } from './pipeline-choices';

function pipeline(id: number, isArchive = false): Pipeline {
  return { id, name: `P${id}`, sort: id, isMain: id === 1, isArchive, stages: [], incomingStageId: null };
}

const account = [pipeline(1), pipeline(2), pipeline(3, true)];
const ids = (choices: ReturnType<typeof pipelineChoices>) => choices.pipelines.map((each) => each.id);

describe('pipelineChoices', () => {
  it('offers the active pipelines when all are chosen', () => {
    const choices = pipelineChoices(account, undefined);
    expect(ids(choices)).toEqual([1, 2]);
    expect(choices.isCurrentKnown).toBe(true);
  });

  it('keeps an archived pipeline on offer while it is the choice', () => {
    expect(ids(pipelineChoices(account, 3))).toEqual([1, 2, 3]);
    expect(pipelineChoices(account, 3).isCurrentKnown).toBe(true);
  });

  it('says when the chosen id is not a pipeline of the account', () => {
    const choices = pipelineChoices(account, 99);
    expect(ids(choices)).toEqual([1, 2]);
    expect(choices.isCurrentKnown).toBe(false);
  });
});
