import { Code } from '@mantine/core';
import {
  IconClock,
  IconCode,
  IconHeadset,
  IconHourglass,
  IconMicrophone,
  IconPhone,
  IconPhoneIncoming,
  IconUser,
} from '@tabler/icons-react';
import type { IncomingCall } from '@/incoming-leads/incoming-lead';
import { type Locale, useLocale, useMessages } from '@/lib/i18n';
import { ContactValue } from './contact-value';
import { DetailList, DetailRow } from './detail-list';
import { messages } from './incoming-lead-details-messages';
import { formatCallDuration } from './lead-drawer-text';
import { LocalTime } from './local-time';
import { RecordingPlayer } from './recording-player';

function durationText(call: IncomingCall, locale: Locale): string | null {
  if (call.isMissed) return messages[locale].missedCall;
  if (call.durationSeconds === null || call.durationSeconds < 0) return null;
  return formatCallDuration(call.durationSeconds, locale);
}

/** The provider's name and its service code, once when they say the same ("Zadarma", "zadarma"). */
export function CallDetails({ call, sourceName }: { call: IncomingCall; sourceName: string | null }) {
  const locale = useLocale();
  const m = useMessages(messages);
  return (
    <DetailList>
      <DetailRow label={m.caller} icon={IconPhoneIncoming}>
        {call.from === null ? undefined : <ContactValue value={call.from} kind="phone" />}
      </DetailRow>
      <DetailRow label={m.recipient} icon={IconPhone}>
        {call.phone === null ? undefined : <ContactValue value={call.phone} kind="phone" />}
      </DetailRow>
      <DetailRow label={m.callTime} icon={IconClock}>
        <LocalTime value={call.calledAt} />
      </DetailRow>
      <DetailRow label={m.duration} icon={IconHourglass} value={durationText(call, locale)} />
      <DetailRow label={m.provider} icon={IconHeadset} value={sourceName} />
      {/* The provider's own code for the integration (`service_code`), as it sent it: a code, not a name. */}
      {call.serviceCode !== null && (
        <DetailRow label={m.providerCode} icon={IconCode}>
          <Code dir="ltr">{call.serviceCode}</Code>
        </DetailRow>
      )}
      {call.responsible !== null && <DetailRow label={m.answeredBy} icon={IconUser} value={call.responsible} />}
      <DetailRow label={m.recording} icon={IconMicrophone}>
        <RecordingPlayer url={call.recordingUrl} />
      </DetailRow>
    </DetailList>
  );
}
