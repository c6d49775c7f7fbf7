import { Anchor, Stack } from '@mantine/core';
import { useOpenUrlHandler } from '@/lib/crm-navigation';
import { useMessages } from '@/lib/i18n';
import { toSafeHttpUrl } from '@/lib/safe-url';
import { NotGiven } from './free-text';
import { messages } from './incoming-lead-details-messages';

/** The call recording. The address is checked again here: only an http(s) file may reach the player. */
export function RecordingPlayer({ url }: { url: string | null }) {
  const m = useMessages(messages);
  const src = toSafeHttpUrl(url);
  const onClick = useOpenUrlHandler(src ?? '');
  if (src === null) return <NotGiven>{m.noRecording}</NotGiven>;
  return (
    <Stack gap={4} align="flex-start">
      {/* preload="none": opening a lead must not download every recording the manager pages past. */}
      <audio controls preload="none" src={src} aria-label={m.callRecording} style={{ width: '100%' }}>
        <track kind="captions" />
      </audio>
      <Anchor href={src} target="_blank" rel="noopener noreferrer" size="sm" onClick={onClick}>
        {m.openRecording}
      </Anchor>
    </Stack>
  );
}
