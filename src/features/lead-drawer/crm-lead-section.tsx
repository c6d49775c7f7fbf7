import { Skeleton } from '@mantine/core';
import { IconBriefcase, IconCoin, IconFileDescription, IconRoute } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { crmQueries } from '@/crm/crm-queries';
import type { CrmLead } from '@/crm/crm-schemas';
import { formatPrice } from '@/crm/price';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { useApiClient } from '@/lib/api-client-context';
import { intlLocale, useLocale, useMessages } from '@/lib/i18n';
import { DetailList, DetailRow } from './detail-list';
import { DrawerSection } from './drawer-section';
import { NotGiven } from './free-text';
import { OpenInCrmLink } from './open-in-crm-link';
import { messages } from './related-records-messages';
import { SectionError, SectionSkeleton } from './section-states';

function PipelineName({ pipelineId, stageId }: { pipelineId: number; stageId: number | null }) {
  const api = useApiClient();
  const pipelines = useQuery(crmQueries.pipelines(api));
  const m = useMessages(messages);
  if (pipelines.isPending) return <Skeleton height={18} width="50%" role="status" aria-label={m.loadingPipeline} />;
  const pipeline = pipelines.data?.find((candidate) => candidate.id === pipelineId);
  const stage = pipeline?.stages.find((candidate) => candidate.id === stageId);
  const name = pipeline?.name || m.pipelineById(pipelineId);
  return <>{stage ? `${name} · ${stage.name}` : name}</>;
}

function LeadDetails({ crmLead, pipelineId }: { crmLead: CrmLead | null; pipelineId: number }) {
  const m = useMessages(messages);
  const locale = useLocale();
  return (
    <DetailList>
      <DetailRow label={m.name} icon={IconFileDescription} value={crmLead?.name ?? null} />
      <DetailRow label={m.price} icon={IconCoin}>
        {formatPrice(crmLead?.price, intlLocale(locale)) ?? <NotGiven>{m.noPrice}</NotGiven>}
      </DetailRow>
      <DetailRow label={m.pipeline} icon={IconRoute}>
        <PipelineName pipelineId={crmLead?.pipelineId ?? pipelineId} stageId={crmLead?.statusId ?? null} />
      </DetailRow>
    </DetailList>
  );
}

function LeadState({ lead }: { lead: IncomingLead }) {
  const api = useApiClient();
  const leads = useQuery(crmQueries.leadsByIds(api, lead.leadId === null ? [] : [lead.leadId]));
  const m = useMessages(messages);
  if (lead.leadId === null) return <NotGiven>{m.noLead}</NotGiven>;
  if (leads.isPending) return <SectionSkeleton label={m.loadingLead} />;
  // A failed refresh keeps the lead on screen: the page-wide banner says it may be out of date.
  if (leads.data === undefined) {
    return <SectionError title={m.couldNotLoadCrmLead} error={leads.error} onRetry={() => void leads.refetch()} />;
  }
  return (
    <>
      <LeadDetails crmLead={leads.data[0] ?? null} pipelineId={lead.pipelineId} />
      <OpenInCrmLink kind="lead" id={lead.leadId} />
    </>
  );
}

/** The lead amoCRM created with the incoming lead: what accepting it turns into a deal. */
export function CrmLeadSection({ lead }: { lead: IncomingLead }) {
  const m = useMessages(messages);
  return (
    <DrawerSection title={m.lead} icon={IconBriefcase}>
      <LeadState lead={lead} />
    </DrawerSection>
  );
}
