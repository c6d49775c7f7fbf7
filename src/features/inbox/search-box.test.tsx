import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SearchBox } from './search-box';

/** A parent whose value, like the URL, catches up only after a delay. */
function LaggingParent({ external }: { external?: string }) {
  const [value, setValue] = useState('');
  const [log, setLog] = useState<string[]>([]);
  return (
    <>
      <SearchBox
        value={value}
        onChange={(next) => {
          setLog((previous) => [...previous, next]);
          setTimeout(() => setValue(next), 20);
        }}
      />
      <button type="button" onClick={() => setValue(external ?? '')}>
        Go back
      </button>
      <output>{log.at(-1)}</output>
    </>
  );
}

describe('SearchBox', () => {
  it('keeps what is typed while the URL catches up', async () => {
    render(<LaggingParent />, { wrapper: MantineProvider });
    const box = screen.getByRole('searchbox', { name: 'Search loaded incoming leads' });
    await userEvent.type(box, 'anna petrova');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(box).toHaveValue('anna petrova');
    expect(screen.getByRole('status')).toHaveTextContent('anna petrova');
  });

  it('takes a value the URL gets from elsewhere, such as Back', async () => {
    render(<LaggingParent external="olga" />, { wrapper: MantineProvider });
    const box = screen.getByRole('searchbox', { name: 'Search loaded incoming leads' });
    await userEvent.type(box, 'anna');
    await new Promise((resolve) => setTimeout(resolve, 60));
    await userEvent.click(screen.getByRole('button', { name: 'Go back' }));
    expect(box).toHaveValue('olga');
  });
});
