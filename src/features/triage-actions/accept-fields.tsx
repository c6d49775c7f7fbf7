import { Group, NativeSelect } from '@mantine/core';
import type { Stage } from '@/crm/crm-schemas';
import type { User } from '@/crm/user-schemas';
import { useMessages } from '@/lib/i18n';
import { messages } from './triage-actions-messages';

interface AcceptFieldsProps {
  stages: readonly Stage[];
  stageId: number | undefined;
  onStageChange: (stageId: number) => void;
  /** `undefined` when the current user may not read the users: amoCRM then makes them responsible. */
  users: readonly User[] | undefined;
  userId: number | undefined;
  onUserChange: (userId: number) => void;
}

/** Where an accepted lead goes and who answers for it. */
export function AcceptFields({ stages, stageId, onStageChange, users, userId, onUserChange }: AcceptFieldsProps) {
  const m = useMessages(messages);
  return (
    <Group grow gap="sm" align="flex-start">
      <NativeSelect
        size="xs"
        label={m.stage}
        value={stageId === undefined ? '' : String(stageId)}
        onChange={(event) => onStageChange(Number(event.currentTarget.value))}
        disabled={stages.length === 0}
        data={
          stages.length === 0
            ? [{ value: '', label: m.loadingStages }]
            : stages.map((stage) => ({ value: String(stage.id), label: stage.name }))
        }
      />
      {users && (
        <NativeSelect
          size="xs"
          label={m.responsible}
          value={userId === undefined ? '' : String(userId)}
          onChange={(event) => onUserChange(Number(event.currentTarget.value))}
          data={users.map((user) => ({ value: String(user.id), label: user.name }))}
        />
      )}
    </Group>
  );
}
