import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { useNow } from '@/lib/clock-context';
import { useLocale, useMessages } from '@/lib/i18n';
import { useTriageActions, useTriageOutbox, useTriageOutboxPersistence } from '@/triage/outbox-context';
import type { TriageAction } from '@/triage/triage-action';
import { describeBatch, describePendingAction } from './pending-action-text';
import classes from './pending-actions-tray.module.css';
import { messages } from './triage-actions-messages';

/** More than this and the tray says "and N more" instead of growing over the list. */
const MAX_LINES = 6;
/** Grace countdowns count whole seconds; half a second keeps the shown number from lagging. */
const COUNTDOWN_INTERVAL_MS = 500;

interface PendingActionsTrayProps {
  /** The lead drawer is open on the right: the tray moves beside it instead of covering its footer. */
  isBesideDrawer: boolean;
}

function ActionLine({ action, now, isOnline }: { action: TriageAction; now: number; isOnline: boolean }) {
  const outbox = useTriageOutbox();
  const locale = useLocale();
  const m = useMessages(messages);
  const { title, detail } = describePendingAction(action, now, isOnline, locale);
  return (
    <Group component="li" gap="xs" justify="space-between" wrap="nowrap">
      <div style={{ minWidth: 0 }}>
        <Text size="sm" truncate dir="auto">
          {title}
        </Text>
        <Text size="xs" c={action.state === 'failed' ? 'red' : 'dimmed'}>
          {detail}
        </Text>
      </div>
      <Group gap={4} wrap="nowrap">
        {action.state === 'grace' && (
          <Button size="compact-xs" variant="light" onClick={() => outbox.undo(action.id)}>
            {m.undo}
          </Button>
        )}
        {action.state === 'failed' && action.failure?.canRetry !== false && (
          <Button size="compact-xs" variant="light" onClick={() => outbox.retry(action.id)}>
            {m.retry}
          </Button>
        )}
        {action.state === 'failed' && (
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => outbox.dismiss(action.id)}>
            {m.dismiss}
          </Button>
        )}
      </Group>
    </Group>
  );
}

function BatchLine({ batchId, actions }: { batchId: string; actions: TriageAction[] }) {
  const outbox = useTriageOutbox();
  const results = outbox.getBatchResults(batchId);
  const locale = useLocale();
  const m = useMessages(messages);
  const sent = results.done.length + results.alreadyHandled.length + results.failed.length;
  const kind = actions[0]?.kind ?? 'accept';
  return (
    <Group component="li" gap="xs" justify="space-between" wrap="nowrap">
      <div>
        <Text size="sm">{describeBatch(kind, sent + results.pending, locale)}</Text>
        <Text size="xs" c="dimmed">
          {m.sentOf(sent, sent + results.pending)}
        </Text>
      </div>
      <Button size="compact-xs" variant="light" onClick={() => outbox.cancelBatch(batchId)}>
        {m.cancel}
      </Button>
    </Group>
  );
}

/** Bulk runs show as one line each; their failures, like every other action, show one by one. */
function groupLines(actions: readonly TriageAction[]) {
  const singles: TriageAction[] = [];
  const batches = new Map<string, TriageAction[]>();
  for (const action of actions) {
    if (action.batchId === undefined || action.state === 'failed') singles.push(action);
    else batches.set(action.batchId, [...(batches.get(action.batchId) ?? []), action]);
  }
  return { singles, batches: [...batches] };
}

/** Every action not yet confirmed by amoCRM, bottom right: a countdown with Undo, then its progress or failure. */
export function PendingActionsTray({ isBesideDrawer }: PendingActionsTrayProps) {
  const actions = useTriageActions();
  const isPersistent = useTriageOutboxPersistence();
  const { online } = useNetwork();
  const m = useMessages(messages);
  const now = useNow(
    COUNTDOWN_INTERVAL_MS,
    actions.some((action) => action.state === 'grace'),
  );
  if (actions.length === 0) return null;
  const { singles, batches } = groupLines(actions);
  const hidden = Math.max(0, singles.length + batches.length - MAX_LINES);
  return (
    <Paper
      component="section"
      aria-label={m.pendingActions}
      className={classes.tray}
      data-beside-drawer={isBesideDrawer ? '' : undefined}
      shadow="md"
      withBorder
      p="sm"
    >
      {!isPersistent && (
        <Text size="xs" c="var(--color-warning-text)" role="status" mb="xs">
          {m.notStored}
        </Text>
      )}
      <Stack component="ul" gap="xs" className={classes.lines}>
        {batches.slice(0, MAX_LINES).map(([batchId, batch]) => (
          <BatchLine key={batchId} batchId={batchId} actions={batch} />
        ))}
        {singles.slice(0, Math.max(0, MAX_LINES - batches.length)).map((action) => (
          <ActionLine key={action.id} action={action} now={now} isOnline={online} />
        ))}
      </Stack>
      {hidden > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          {m.andMore(hidden)}
        </Text>
      )}
    </Paper>
  );
}
