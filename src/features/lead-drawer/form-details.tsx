import { IconArrowBackUp, IconBrowser, IconClock, IconFingerprint, IconForms, IconMapPin } from '@tabler/icons-react';
import type { IncomingForm } from '@/incoming-leads/incoming-lead';
import { useMessages } from '@/lib/i18n';
import { DetailList, DetailRow } from './detail-list';
import { ExternalLink } from './external-link';
import { messages } from './incoming-lead-details-messages';
import { LocalTime } from './local-time';

export function FormDetails({ form }: { form: IncomingForm }) {
  const m = useMessages(messages);
  return (
    <DetailList>
      <DetailRow label={m.form} icon={IconForms} value={form.formName} />
      {/* Native amoCRM forms put a description here instead of an address. */}
      <DetailRow label={m.page} icon={IconBrowser}>
        <ExternalLink value={form.formPage} />
      </DetailRow>
      <DetailRow label={m.cameFrom} icon={IconArrowBackUp}>
        <ExternalLink value={form.referer} />
      </DetailRow>
      <DetailRow label={m.ipAddress} icon={IconMapPin} value={form.ip} />
      <DetailRow label={m.sent} icon={IconClock}>
        <LocalTime value={form.sentAt} />
      </DetailRow>
      <DetailRow label={m.visitor} icon={IconFingerprint} value={form.visitorUid} />
    </DetailList>
  );
}
