import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertIncomingLead } from '../../../mocks/account/db-inserts';
import type { IncomingCategory, Metadata } from '../../../mocks/account/records';
import { emulator } from '../../../mocks/runtimes/node';
import { buildIncomingLead } from '../../../tests/support/incoming-lead-drafts';
import { renderWithProviders } from '../../../tests/support/render';
import { LeadDrawer } from './lead-drawer';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const JS_URL = 'javascript:alert(1)';
const DATA_URL = 'data:text/html,<script>alert(1)</script>';
const HUGE = 'x'.repeat(20_000);
const RTL = '\u202Eevil.exe';
/** How the app shows RTL: the override character as a visible tag, never applied. */
const RTL_SHOWN = '[U+202E]evil.exe';
const ZERO_WIDTH = 'a\u200Bd\u200Dm\uFEFFin';
// Testing Library would trim U+FEFF as whitespace; the point is to find the text exactly as it came.
const AS_IS = { normalizer: (text: string) => text };

const CASES: { category: IncomingCategory; metadata: Metadata; shown: string[] }[] = [
  {
    category: 'sip',
    metadata: { from: SCRIPT, phone: IMG, service_code: HUGE, link: JS_URL, called_at: 1e15, duration: 5 },
    shown: [SCRIPT, IMG, HUGE],
  },
  { category: 'sip', metadata: { from: RTL, phone: ZERO_WIDTH, link: DATA_URL }, shown: [RTL_SHOWN, ZERO_WIDTH] },
  {
    category: 'forms',
    metadata: { form_name: SCRIPT, form_page: JS_URL, referer: DATA_URL, ip: IMG, visitor_uid: ZERO_WIDTH },
    shown: [SCRIPT, JS_URL, DATA_URL, IMG, ZERO_WIDTH],
  },
  {
    category: 'chats',
    metadata: {
      service: SCRIPT,
      client: { name: IMG, avatar: JS_URL },
      last_message_text: HUGE,
      origin: { chat_id: RTL, ref: ZERO_WIDTH },
    },
    shown: [SCRIPT, IMG, HUGE, RTL_SHOWN, ZERO_WIDTH],
  },
  { category: 'chats', metadata: { client: { name: RTL, avatar: DATA_URL } }, shown: [RTL_SHOWN] },
  {
    category: 'mail',
    metadata: {
      from: { name: SCRIPT, email: IMG },
      subject: RTL,
      content_summary: HUGE,
      thread_id: ZERO_WIDTH,
    },
    shown: [SCRIPT, IMG, RTL_SHOWN, HUGE, ZERO_WIDTH],
  },
];

let alertSpy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  alertSpy = vi.spyOn(window, 'alert').mockImplementation(() => {});
});
afterEach(() => alertSpy.mockRestore());

function expectNothingActive(container: HTMLElement) {
  expect(container.querySelector('script')).toBeNull();
  expect(container.querySelector('[onerror]')).toBeNull();
  for (const element of container.querySelectorAll('a[href]')) {
    expect(element.getAttribute('href')).toMatch(/^https?:\/\//);
  }
  for (const element of container.querySelectorAll('img, audio, source, iframe, object, embed')) {
    expect(element.getAttribute('src') ?? 'https://').toMatch(/^https?:\/\//);
  }
  expect(container.querySelector('iframe, object, embed')).toBeNull();
  expect(alertSpy).not.toHaveBeenCalled();
}

describe('the drawer with hostile lead data', () => {
  it.each(CASES)(
    'shows hostile $category metadata as text and runs none of it',
    async ({ category, metadata, shown }) => {
      const contact = {
        name: SCRIPT,
        first_name: '',
        last_name: '',
        phones: [{ value: IMG, enum_code: 'MOB' as const }],
        emails: [],
      };
      const { uid } = insertIncomingLead(
        emulator.db,
        buildIncomingLead({ category, metadata, contact, company: { name: RTL }, source_name: null }),
      );
      const { container } = renderWithProviders(<LeadDrawer uid={uid} onClose={() => {}} />);
      await screen.findByRole('region', { name: /details$/ });
      for (const text of shown) expect(screen.getAllByText(text, AS_IS).length).toBeGreaterThan(0);
      const contactSection = screen.getByRole('region', { name: 'Contact' });
      expect(await within(contactSection).findByText(SCRIPT)).toBeInTheDocument();
      expect(within(contactSection).getByText(IMG)).toBeInTheDocument();
      expect(await within(contactSection).findByText(RTL_SHOWN)).toBeInTheDocument();
      expectNothingActive(container);
    },
  );

  it('offers no player for a recording link that is not http(s), and no time for an impossible timestamp', async () => {
    const { uid } = insertIncomingLead(
      emulator.db,
      buildIncomingLead({ category: 'sip', metadata: { link: DATA_URL, called_at: 1e15, duration: 5 } }),
    );
    const { container } = renderWithProviders(<LeadDrawer uid={uid} onClose={() => {}} />);
    expect(await screen.findByRole('definition', { name: 'Recording' })).toHaveTextContent('No recording');
    expect(screen.getByRole('definition', { name: 'Call time' })).toHaveTextContent('Not given');
    expect(container.querySelector('audio')).toBeNull();
  });

  it('clamps a 20,000-character message and shows all of it on request', async () => {
    const { uid } = insertIncomingLead(
      emulator.db,
      buildIncomingLead({ category: 'chats', metadata: { last_message_text: HUGE } }),
    );
    const { user } = renderWithProviders(<LeadDrawer uid={uid} onClose={() => {}} />);
    const message = await screen.findByRole('definition', { name: 'Last message' });
    const showAll = within(message).getByRole('button', { name: 'Show all' });
    expect(within(message).getByText(HUGE)).toHaveAttribute('dir', 'auto');
    await user.click(showAll);
    expect(within(message).getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  });
});
