import * as z from 'zod/mini';
import type { ApiClient } from '@/lib/http';
import {
  lenientArray,
  lenientBoolean,
  lenientNumber,
  lenientObject,
  lenientText,
  requiredId,
} from '@/lib/lenient-schemas';
import { parseResponse } from '@/lib/parse-response';
import { type Pipeline, stageSchema } from './crm-schemas';

const bySort = (a: { sort: number }, b: { sort: number }) => a.sort - b.sort;

const pipelineSchema = z.pipe(
  z.object({
    id: requiredId,
    name: lenientText,
    sort: lenientNumber,
    is_main: lenientBoolean,
    is_archive: lenientBoolean,
    _embedded: lenientObject({ statuses: lenientArray(stageSchema) }),
  }),
  z.transform((pipeline): Pipeline => {
    const stages = [...pipeline._embedded.statuses].sort(bySort);
    return {
      id: pipeline.id,
      name: pipeline.name ?? '',
      sort: pipeline.sort ?? 0,
      isMain: pipeline.is_main,
      isArchive: pipeline.is_archive,
      stages,
      incomingStageId: stages.find((stage) => stage.kind === 'incoming')?.id ?? null,
    };
  }),
);

const pipelinesSchema = z.object({ _embedded: z.object({ pipelines: z.array(pipelineSchema) }) });

/** Every pipeline with its stages, in the CRM's order. The list is not paged. */
export async function fetchPipelines(api: ApiClient, signal?: AbortSignal): Promise<Pipeline[]> {
  const body = await api.get('/api/v4/leads/pipelines', { signal });
  if (body === null) return [];
  return [...parseResponse(pipelinesSchema, body, 'pipelines')._embedded.pipelines].sort(bySort);
}
