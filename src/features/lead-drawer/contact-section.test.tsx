import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { insertIncomingLead } from '../../../mocks/account/db-inserts';
import { emulator } from '../../../mocks/runtimes/node';
import { buildIncomingLead } from '../../../tests/support/incoming-lead-drafts';
import { renderWithProviders } from '../../../tests/support/render';
import { LeadDrawer } from './lead-drawer';

const WHOLESALE_PIPELINE_ID = 3166396;

function field(sectionName: string, label: string) {
  return within(screen.getByRole('region', { name: sectionName })).getByRole('definition', { name: label });
}

describe('ContactSection and CrmLeadSection', () => {
  it('shows the contact with phones and e-mails, the company, and the lead with price and pipeline', async () => {
    const { uid } = insertIncomingLead(
      emulator.db,
      buildIncomingLead({
        category: 'forms',
        pipeline_id: WHOLESALE_PIPELINE_ID,
        contact: {
          name: 'Anna Smith',
          first_name: 'Anna',
          last_name: 'Smith',
          phones: [
            { value: '+7 (916) 123-45-67', enum_code: 'MOB' },
            { value: '+7 (495) 000-11-22', enum_code: 'WORK' },
          ],
          emails: [{ value: 'anna@example.com', enum_code: 'WORK' }],
        },
        company: { name: 'Smith & Co' },
        lead: { name: 'Sofa for the office', price: 125000 },
      }),
    );
    renderWithProviders(<LeadDrawer uid={uid} onClose={() => {}} />);
    expect(await screen.findByRole('region', { name: 'Contact' })).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'Contact' })).findByText('Anna Smith')).toBeInTheDocument();
    expect(field('Contact', 'Phones')).toHaveTextContent('+7 (916) 123-45-67+7 (495) 000-11-22');
    expect(field('Contact', 'E-mails')).toHaveTextContent('anna@example.com');
    expect(await within(field('Contact', 'Company')).findByText('Smith & Co')).toBeInTheDocument();

    expect(
      await within(screen.getByRole('region', { name: 'Lead' })).findByText('Sofa for the office'),
    ).toBeInTheDocument();
    expect(field('Lead', 'Price')).toHaveTextContent('125,000');
    expect(await within(field('Lead', 'Pipeline')).findByText(/^Wholesale/)).toBeInTheDocument();
  });

  it('says when no contact or lead came with the incoming lead, and still shows its company', async () => {
    const { uid } = insertIncomingLead(
      emulator.db,
      buildIncomingLead({ category: 'chats', contact: null, company: { name: 'Solo Trading' }, lead: null }),
    );
    renderWithProviders(<LeadDrawer uid={uid} onClose={() => {}} />);
    expect(await screen.findByText('No contact came with this incoming lead.')).toBeInTheDocument();
    expect(screen.getByText('No lead came with this incoming lead.')).toBeInTheDocument();
    expect(await within(field('Contact', 'Company')).findByText('Solo Trading')).toBeInTheDocument();
  });
});
