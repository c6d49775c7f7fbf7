import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testCall } from '../../../tests/support/incoming-leads';
import { ContainedRow } from './lead-row';

function Broken(): never {
  throw new Error('cannot draw this record');
}

describe('ContainedRow', () => {
  it('names the lead that could not be drawn and leaves the other rows alone', () => {
    // React reports the caught error on the console; that report is what this test provokes.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = testCall('bad-uid-1');
    const good = testCall('good-uid-2');
    render(
      <ul>
        <li>
          <ContainedRow lead={bad}>
            <Broken />
          </ContainedRow>
        </li>
        <li>
          <ContainedRow lead={good}>Anna Petrova</ContainedRow>
        </li>
      </ul>,
      { wrapper: MantineProvider },
    );
    expect(screen.getByRole('note')).toHaveTextContent('This incoming lead could not be shown (bad-uid-1)');
    expect(screen.getByText('Anna Petrova')).toBeInTheDocument();
  });
});
