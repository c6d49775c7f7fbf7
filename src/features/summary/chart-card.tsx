import { Paper, Stack, Table, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useId } from 'react';

interface ChartCardProps {
  title: string;
  /** The drawing; hidden from screen readers, which read the table instead. */
  chart: ReactNode;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
  children?: ReactNode;
}

/** A titled chart with the same numbers as a table for screen readers. */
export function ChartCard({ title, chart, columns, rows, children }: ChartCardProps) {
  const titleId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title id={titleId} order={2} size="h4">
          {title}
        </Title>
        {children}
        <div aria-hidden>{chart}</div>
        <VisuallyHidden>
          <Table>
            <Table.Caption>{title}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column} scope="col">
                    {column}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(([head, ...cells]) => (
                <Table.Tr key={head}>
                  <Table.Th scope="row">{head}</Table.Th>
                  {cells.map((cell, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are columns in a fixed order
                    <Table.Td key={index}>{cell}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </VisuallyHidden>
      </Stack>
    </Paper>
  );
}
