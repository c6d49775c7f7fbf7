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
import { DetailList, DetailRow } from './detail-list';
import { formatCallDuration } from './lead-drawer-text';
import { LocalTime } from './local-time';
import { RecordingPlayer } from './recording-player';

function durationText(call: IncomingCall): string | null {
  if (call.isMissed) return 'Missed call';
  if (call.durationSeconds === null || call.durationSeconds < 0) return null;
  return formatCallDuration(call.durationSeconds);
}

/** The provider's name and its service code, once when they say the same ("Zadarma", "zadarma"). */
function providerText(serviceCode: string | null, sourceName: string | null): string | null {
  if (sourceName === null || serviceCode === null) return sourceName ?? serviceCode;
  return sourceName.toLowerCase() === serviceCode.toLowerCase() ? sourceName : `${sourceName} · ${serviceCode}`;
}

export function CallDetails({ call, sourceName }: { call: IncomingCall; sourceName: string | null }) {
  return (
    <DetailList>
      <DetailRow label="Caller" icon={IconPhoneIncoming} value={call.from} />
      <DetailRow label="Recipient" icon={IconPhone} value={call.phone} />
      <DetailRow label="Call time" icon={IconClock}>
        <LocalTime value={call.calledAt} />
      </DetailRow>
      <DetailRow label="Duration" icon={IconHourglass} value={durationText(call)} />
      <DetailRow label="Provider" icon={IconHeadset} value={providerText(call.serviceCode, sourceName)} />
      {call.responsible !== null && <DetailRow label="Answered by" icon={IconUser} value={call.responsible} />}
      <DetailRow label="Recording" icon={IconMicrophone}>
        <RecordingPlayer url={call.recordingUrl} />
      </DetailRow>
    </DetailList>
  );
}
