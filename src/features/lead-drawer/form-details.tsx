import { IconArrowBackUp, IconBrowser, IconClock, IconFingerprint, IconForms, IconMapPin } from '@tabler/icons-react';
import type { IncomingForm } from '@/incoming-leads/incoming-lead';
import { DetailList, DetailRow } from './detail-list';
import { ExternalLink } from './external-link';
import { LocalTime } from './local-time';

export function FormDetails({ form }: { form: IncomingForm }) {
  return (
    <DetailList>
      <DetailRow label="Form" icon={IconForms} value={form.formName} />
      {/* Native amoCRM forms put a description here instead of an address. */}
      <DetailRow label="Page" icon={IconBrowser}>
        <ExternalLink value={form.formPage} />
      </DetailRow>
      <DetailRow label="Came from" icon={IconArrowBackUp}>
        <ExternalLink value={form.referer} />
      </DetailRow>
      <DetailRow label="IP address" icon={IconMapPin} value={form.ip} />
      <DetailRow label="Sent" icon={IconClock}>
        <LocalTime value={form.sentAt} />
      </DetailRow>
      <DetailRow label="Visitor" icon={IconFingerprint} value={form.visitorUid} />
    </DetailList>
  );
}
