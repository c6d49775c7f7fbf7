import type { PipelineRecord, StatusRecord } from './records';

/** The fixed part of the demo account: who it is, its pipelines and stages. */
export const ACCOUNT = {
  id: 31415926,
  name: 'Demo Trading Co.',
  subdomain: 'demo',
  country: 'RU',
  currency: 'RUB',
  currency_symbol: '₽',
  customers_mode: 'disabled',
  is_unsorted_on: true,
  mobile_feature_version: 0,
  is_loss_reason_enabled: true,
  is_helpbot_enabled: false,
  is_technical_account: false,
  contact_name_display_order: 1,
  amojo_id: '5c1f3a0e-7b2d-4e8a-9c61-2f0b8d3e4a17',
  uuid: '9e2d7c41-3f5a-4b6e-8d90-1a2b3c4d5e6f',
  version: 11,
  drive_url: 'https://drive-b.amocrm.ru',
} as const;

/** Closed stages carry the same ids in every amoCRM pipeline. */
export const WON_STATUS_ID = 142;
export const LOST_STATUS_ID = 143;
export const INCOMING_STAGE_COLOR = '#c1c1c1';

export const PHONE_FIELD = { id: 264911, name: 'Телефон', code: 'PHONE' } as const;
export const EMAIL_FIELD = { id: 264913, name: 'Email', code: 'EMAIL' } as const;
export const ENUM_IDS: Record<string, number> = { WORK: 501001, MOB: 501003, OTHER: 501007, PRIV: 501005 };
/** Lead custom fields that add requests may fill (284785 is the field in the reference add example). */
export const LEAD_FIELD_IDS: readonly number[] = [284785, 284787, 284789];
/** Tags that exist before any add request (263809 is the tag in the reference add example). */
export const SEED_TAGS = [
  { id: 263809, name: 'Website' },
  { id: 263811, name: 'VIP' },
  { id: 263813, name: 'Repeat customer' },
] as const;

export const PIPELINE_IDS = { sales: 2194576, wholesale: 3166396, partners: 3166512 } as const;

interface StageSpec {
  id: number;
  name: string;
  color: string;
}
interface PipelineSpec {
  id: number;
  name: string;
  incomingStageId: number;
  stages: StageSpec[];
}

const PIPELINE_SPECS: PipelineSpec[] = [
  {
    id: PIPELINE_IDS.sales,
    name: 'Sales',
    incomingStageId: 30846277,
    stages: [
      { id: 30846280, name: 'First contact', color: '#99ccff' },
      { id: 30846283, name: 'Needs analysis', color: '#ffff99' },
      { id: 30846286, name: 'Proposal sent', color: '#ffcc66' },
      { id: 30846289, name: 'Negotiation', color: '#ff8f92' },
      { id: 30846292, name: 'Contract signing', color: '#deff81' },
    ],
  },
  {
    id: PIPELINE_IDS.wholesale,
    name: 'Wholesale',
    incomingStageId: 41523901,
    stages: [
      { id: 41523904, name: 'Qualification', color: '#98cbff' },
      { id: 41523907, name: 'Price list sent', color: '#fffeb2' },
      { id: 41523910, name: 'Order agreed', color: '#ffce5a' },
    ],
  },
  {
    id: PIPELINE_IDS.partners,
    name: 'Partners',
    incomingStageId: 41527705,
    stages: [
      { id: 41527708, name: 'Application received', color: '#d6eaff' },
      { id: 41527711, name: 'Terms discussion', color: '#ebffb1' },
      { id: 41527714, name: 'Agreement signed', color: '#87f2c0' },
      { id: 41527717, name: 'Onboarding', color: '#f9deff' },
    ],
  },
];

function buildPipeline(spec: PipelineSpec, index: number): PipelineRecord {
  const status = (
    id: number,
    name: string,
    sort: number,
    color: string,
    isEditable: boolean,
    type: 0 | 1,
  ): StatusRecord => ({
    id,
    name,
    sort,
    is_editable: isEditable,
    pipeline_id: spec.id,
    color,
    type,
  });
  return {
    id: spec.id,
    name: spec.name,
    sort: (index + 1) * 1000,
    is_main: index === 0,
    is_unsorted_on: true,
    is_archive: false,
    statuses: [
      status(spec.incomingStageId, 'Incoming leads', 10, INCOMING_STAGE_COLOR, false, 1),
      ...spec.stages.map((s, i) => status(s.id, s.name, 20 + i * 10, s.color, true, 0)),
      status(WON_STATUS_ID, 'Closed – won', 10000, '#CCFF66', false, 0),
      status(LOST_STATUS_ID, 'Closed – lost', 11000, '#D5D8DB', false, 0),
    ],
  };
}

export function buildPipelines(): PipelineRecord[] {
  return PIPELINE_SPECS.map(buildPipeline);
}
