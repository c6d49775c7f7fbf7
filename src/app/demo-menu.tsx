import { Button, Group, Modal, Popover, Radio, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFlask } from '@tabler/icons-react';
import { useMessages } from '@/lib/i18n';
import { useTriageOutbox } from '@/triage/outbox-context';
import { DEMO_SCENARIOS, type DemoControls, isDemoScenario, useDemoScenario } from './demo-controls';
import { messages } from './demo-messages';
import { useRefetchEverything } from './refetch-everything';

const NORMAL = 'normal';

/** The "Demo data" badge: picks how the emulated amoCRM behaves and restores its seeded account. */
export function DemoMenu({ demo }: { demo: DemoControls }) {
  const text = useMessages(messages);
  const scenario = useDemoScenario(demo);
  const outbox = useTriageOutbox();
  const refetchEverything = useRefetchEverything();
  const [isOpen, menu] = useDisclosure(false);
  const [isConfirming, confirm] = useDisclosure(false);
  const current = scenario ? text.scenarios[scenario] : text.normal;

  const pick = (value: string) => {
    const next = isDemoScenario(value) ? value : null;
    demo.setScenario(next);
    // Another behaviour of the same account keeps what is on screen until the new answers come; an expired token
    // is another session, and what the old one loaded goes, as on a fresh visit.
    void refetchEverything({ keepData: next !== 'expired-token' });
    notifications.show({
      id: 'demo-scenario',
      message: text.scenarioChanged((next ? text.scenarios[next] : text.normal).label),
      autoClose: 2500,
    });
  };

  const reset = () => {
    // Actions waiting to be sent belong to the account being thrown away.
    for (const action of outbox.getSnapshot()) {
      if (!outbox.undo(action.id)) outbox.dismiss(action.id);
    }
    demo.reset();
    confirm.close();
    void refetchEverything();
    notifications.show({ id: 'demo-reset', color: 'green', message: text.resetDone, autoClose: 3000 });
  };

  return (
    <>
      <Popover opened={isOpen} onChange={menu.set} position="bottom-end" width={320} shadow="md" trapFocus>
        <Popover.Target>
          <Button
            size="compact-sm"
            variant="filled"
            color="yellow"
            autoContrast
            leftSection={<IconFlask size={16} aria-hidden />}
            onClick={menu.toggle}
            aria-expanded={isOpen}
            aria-haspopup="dialog"
          >
            {scenario ? `${text.badge} · ${current.label}` : text.badge}
          </Button>
        </Popover.Target>
        <Popover.Dropdown aria-label={text.badge} role="dialog">
          <Stack gap="sm">
            <Text size="sm">{text.menuTitle}</Text>
            <Radio.Group value={scenario ?? NORMAL} onChange={pick} label={text.scenarioLegend}>
              <Stack gap={6} mt="xs">
                <Radio value={NORMAL} label={text.normal.label} description={text.normal.description} />
                {DEMO_SCENARIOS.map((name) => (
                  <Radio
                    key={name}
                    value={name}
                    label={text.scenarios[name].label}
                    description={text.scenarios[name].description}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Button
              variant="default"
              onClick={() => {
                menu.close();
                confirm.open();
              }}
            >
              {text.resetButton}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <Modal opened={isConfirming} onClose={confirm.close} title={text.resetTitle} centered>
        <Stack>
          <Text size="sm">{text.resetText}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {text.cancel}
            </Button>
            <Button color="red" onClick={reset}>
              {text.resetConfirm}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
