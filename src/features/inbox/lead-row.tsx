import { Checkbox, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { formatPrice } from '@/crm/price';
import type { IncomingLead } from '@/incoming-leads/incoming-lead';
import { intlLocale, type Locale, useLocale, useMessages } from '@/lib/i18n';
import { ChannelIcon } from './channel-icon';
import { messages } from './inbox-messages';
import type { InboxRow } from './inbox-rows';
import { formatWaiting, waitingColor } from './incoming-lead-text';
import classes from './lead-list.module.css';
import { LeadLink } from './open-lead';

interface LeadRowProps {
  row: InboxRow;
  now: number;
  pipelineName: string | undefined;
  /** The one row the Tab key lands on (roving tabindex). */
  isTabStop: boolean;
  onFocus: (uid: string) => void;
}

interface RowCheckboxProps {
  label: string;
  isSelected: boolean;
  /** `isRange` when Shift was held: select from the last toggled row to this one. */
  onToggle: (isRange: boolean) => void;
}

/**
 * Beside the row's link, never inside it: a control within a link is invalid and would open the lead. Out of the
 * Tab order, like the rows' own roving stop; x selects from the keyboard.
 */
export function RowCheckbox({ label, isSelected, onToggle }: RowCheckboxProps) {
  return (
    <Checkbox
      className={classes.select}
      aria-label={label}
      checked={isSelected}
      tabIndex={-1}
      // The click carries Shift; the change event that follows it does not.
      onChange={() => {}}
      onClick={(event) => onToggle(event.shiftKey)}
    />
  );
}

/** "Call from Anna Petrova: Missed, waiting 12 min": the channel, who, what and the wait, in one sentence. */
export function rowName(row: InboxRow, now: number, locale: Locale): string {
  const m = messages[locale];
  return m.rowName(
    m.categoryLabels[row.lead.category],
    row.who,
    row.what,
    formatWaiting(row.lead.createdAt, now, locale),
  );
}

/** One incoming lead as a link that opens it in the drawer; lead data is shown as text only. */
export function LeadRow({ row, now, pipelineName, isTabStop, onFocus }: LeadRowProps) {
  const detailsId = useId();
  const locale = useLocale();
  const m = useMessages(messages);
  const { lead, crmLead } = row;
  const isMissed = lead.category === 'sip' && lead.call.isMissed;
  const price = formatPrice(crmLead?.price, intlLocale(locale));
  return (
    <LeadLink
      uid={lead.uid}
      className={classes.row}
      aria-label={rowName(row, now, locale)}
      aria-describedby={detailsId}
      tabIndex={isTabStop ? 0 : -1}
      data-uid={lead.uid}
      onFocus={() => onFocus(lead.uid)}
    >
      <ChannelIcon lead={lead} />
      <div className={classes.cell}>
        <Text size="sm" fw={600} truncate dir="auto">
          {row.who}
          {row.whoDetail && (
            <Text span size="xs" c="dimmed" fw={400} ml={6} dir="auto">
              {row.whoDetail}
            </Text>
          )}
        </Text>
        <Text size="sm" truncate dir="auto" c={isMissed ? 'var(--color-danger-text)' : undefined}>
          <Text span size="sm" c="dimmed">
            {m.categoryLabels[lead.category]} ·{' '}
          </Text>
          {row.what}
        </Text>
      </div>
      <div id={detailsId} className={`${classes.cell} ${classes.lead}`}>
        <Text size="sm" truncate dir="auto">
          {crmLead?.name ?? m.leadWithoutName}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {price ?? m.noPrice}
        </Text>
      </div>
      <div className={`${classes.cell} ${classes.meta}`}>
        <Text size="sm" c={waitingColor(lead.createdAt, now)}>
          {lead.createdAt === null ? (
            formatWaiting(null, now, locale)
          ) : (
            <time dateTime={new Date(lead.createdAt).toISOString()}>{formatWaiting(lead.createdAt, now, locale)}</time>
          )}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {pipelineName}
        </Text>
      </div>
    </LeadLink>
  );
}

/**
 * Lead data is untrusted: a row that cannot be drawn says which lead it is (so it can be found in amoCRM), and
 * the rest of the list goes on. A new version of the lead gets a fresh try.
 */
export function ContainedRow({ lead, children }: { lead: IncomingLead; children: ReactNode }) {
  return (
    <ErrorBoundary resetKeys={[lead]} fallback={<UnshowableRow uid={lead.uid} />}>
      {children}
    </ErrorBoundary>
  );
}

function UnshowableRow({ uid }: { uid: string }) {
  const m = useMessages(messages);
  return (
    <Text size="sm" c="dimmed" className={classes.row} role="note">
      {m.rowCouldNotBeShown(uid)}
    </Text>
  );
}
