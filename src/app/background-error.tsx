import { notifications } from '@mantine/notifications';
import { useErrorMessage } from '@/lib/error-message';
import { useMessages } from '@/lib/i18n';
import { messages } from './app-messages';

function Title() {
  return useMessages(messages).couldNotRefresh;
}

function Message({ error }: { error: unknown }) {
  return useErrorMessage()(error);
}

/**
 * A refetch failed while older data stays on screen. Shown from the query cache, outside React; the words are
 * components, so they come out in the interface's language of the moment.
 */
export function notifyBackgroundError(error: unknown): void {
  notifications.show({ color: 'red', title: <Title />, message: <Message error={error} /> });
}
