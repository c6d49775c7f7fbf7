import {
  IconClock,
  IconHeadset,
  IconHourglass,
  IconMicrophone,
  IconPhone,
  IconPhoneIncoming,
  IconUser,
} from '@tabler/icons-react';
import type { IncomingCall } from '@/incoming-leads/incoming-lead';
import { type Locale, useLocale, useMessages } from '@/lib/i18n';
import { DetailList, DetailRow } from './detail-list';
import { messages } from './lead-drawer-messages';
import { formatCallDuration } from './lead-drawer-text';
import { LocalTime } from './local-time';
import { RecordingPlayer } from './recording-player';

function durationText(call: IncomingCall, locale: Locale): string | null {
  if (call.isMissed) return messages[locale].missedCall;
  if (call.durationSeconds === null || call.durationSeconds < 0) return null;
  return formatCallDuration(call.durationSeconds, locale);
}

/** The provider's name and its service code, once when they say the same ("Zadarma", "zadarma"). */
function providerText(serviceCode: string | null, sourceName: string | null): string | null {
  if (sourceName === null || serviceCode === null) return sourceName ?? serviceCode;
  return sourceName.toLowerCase() === serviceCode.toLowerCase() ? sourceName : `${sourceName} · ${serviceCode}`;
}

export function CallDetails({ call, sourceName }: { call: IncomingCall; sourceName: string | null }) {
  const locale = useLocale();
  const m = useMessages(messages);
  return (
    <DetailList>
      <DetailRow label={m.caller} icon={IconPhoneIncoming} value={call.from} />
      <DetailRow label={m.recipient} icon={IconPhone} value={call.phone} />
      <DetailRow label={m.callTime} icon={IconClock}>
        <LocalTime value={call.calledAt} />
      </DetailRow>
      <DetailRow label={m.duration} icon={IconHourglass} value={durationText(call, locale)} />
      <DetailRow label={m.provider} icon={IconHeadset} value={providerText(call.serviceCode, sourceName)} />
      {call.responsible !== null && <DetailRow label={m.answeredBy} icon={IconUser} value={call.responsible} />}
      <DetailRow label={m.recording} icon={IconMicrophone}>
        <RecordingPlayer url={call.recordingUrl} />
      </DetailRow>
    </DetailList>
  );
}
