import { Group, Kbd, Modal, Table } from '@mantine/core';
import { SHORTCUT_KEYS, type ShortcutRow } from './inbox-shortcuts';

interface ShortcutSheetProps {
  opened: boolean;
  onClose: () => void;
  /** Rows for keys that other parts of the screen answer (the triage actions). */
  extraRows?: readonly ShortcutRow[];
}

export function ShortcutSheet({ opened, onClose, extraRows = [] }: ShortcutSheetProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="md">
      <Table verticalSpacing={6} aria-label="Keyboard shortcuts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Keys</Table.Th>
            <Table.Th scope="col">What they do</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...SHORTCUT_KEYS, ...extraRows].map(({ keys, action }) => (
            <Table.Tr key={action}>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {keys.map((key) => (
                    <Kbd key={key}>{key}</Kbd>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{action}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
