import { useState } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { TRegime } from '@papi/contracts';
import { NARRATIVE_SECTIONS, REPORTER_LEVELS } from '@papi/domain';
import type { ReporterLevel } from '@papi/domain';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';
import { useCurrentUser } from '../auth/CurrentUser.tsx';
import { LEVEL_KEYS, NARRATIVE_KEYS } from '../reports/labels.ts';
import { useSaveRegime } from './api.ts';
import { PeriodEditor } from './PeriodEditor.tsx';

type Definition = TRegime['definition'];

/**
 * A new regime starts without the district level: regimes made now are for periods after
 * 01/07/2025, when districts no longer exist. One kept from before shows it (history).
 */
function withoutDistrict(def: Definition): Definition {
  const levels = def.levels.filter((l) => l !== 'district');
  if (def.trigger === 'event') {
    const { district: _gone, ...dueDays } = def.dueDays;
    return { ...def, levels, dueDays };
  }
  const periods = def.periods.map((p) => {
    const { district: _gone, ...due } = p.due;
    return { ...p, due };
  });
  return { ...def, levels, periods };
}

interface Props {
  /** null: a new regime, starting from `template`'s definition. */
  regime: TRegime | null;
  template: Definition;
  onClose: () => void;
}

export function RegimeFormModal({ regime, template, onClose }: Props) {
  const t = useT();
  const me = useCurrentUser();
  const save = useSaveRegime();
  const [code, setCode] = useState(regime?.code ?? '');
  const [name, setName] = useState(regime?.name ?? '');
  const [active, setActive] = useState(regime?.active ?? true);
  const [def, setDef] = useState<Definition>(regime?.definition ?? withoutDistrict(template));
  const offered = REPORTER_LEVELS.filter(
    (l) => l !== 'district' || regime?.definition.levels.includes('district'),
  );

  const toggleLevel = (level: ReporterLevel, on: boolean) =>
    setDef({ ...def, levels: on ? [...def.levels, level] : def.levels.filter((l) => l !== level) });

  const submit = () =>
    save.mutate(
      regime
        ? { id: regime.id, body: { version: regime.version, name, active, definition: def } }
        : { id: null, body: { unitId: me.unit.id, code, name, definition: def } },
      { onSuccess: onClose },
    );

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={regime ? t('regime.edit', { code: regime.code }) : t('regime.create')}
    >
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          {!regime && (
            <TextInput
              label={t('regime.code')}
              required
              value={code}
              onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
              w={160}
            />
          )}
          <TextInput
            label={t('regime.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            style={{ flex: 1, minWidth: 240 }}
          />
          {regime && (
            <Switch
              label={t('common.active')}
              checked={active}
              onChange={(e) => setActive(e.currentTarget.checked)}
              mb={8}
            />
          )}
        </Group>
        <Title order={4} size="h6">
          {t('regime.levels')}
        </Title>
        <Group gap="md">
          {offered.map((level) => (
            <Checkbox
              key={level}
              label={t(LEVEL_KEYS[level])}
              checked={def.levels.includes(level)}
              onChange={(e) => toggleLevel(level, e.currentTarget.checked)}
            />
          ))}
        </Group>
        <Title order={4} size="h6">
          {t('regime.content')}
        </Title>
        <Group gap="md">
          <Checkbox
            label={t('report.section.snapshot')}
            checked={def.content.taskStatuses}
            onChange={(e) =>
              setDef({ ...def, content: { ...def.content, taskStatuses: e.currentTarget.checked } })
            }
          />
          <Checkbox
            label={t('report.section.indicators')}
            checked={def.content.indicators}
            onChange={(e) =>
              setDef({ ...def, content: { ...def.content, indicators: e.currentTarget.checked } })
            }
          />
          {NARRATIVE_SECTIONS.map((s) => (
            <Checkbox
              key={s}
              label={t(NARRATIVE_KEYS[s])}
              checked={def.content.narratives.includes(s)}
              onChange={(e) =>
                setDef({
                  ...def,
                  content: {
                    ...def.content,
                    narratives: e.currentTarget.checked
                      ? NARRATIVE_SECTIONS.filter(
                          (x) => x === s || def.content.narratives.includes(x),
                        )
                      : def.content.narratives.filter((x) => x !== s),
                  },
                })
              }
            />
          ))}
        </Group>
        <Title order={4} size="h6">
          {def.trigger === 'periodic' ? t('regime.periods') : t('regime.eventDue')}
        </Title>
        {def.trigger === 'periodic' ? (
          <Stack gap="xs">
            {def.periods.map((p, i) => (
              <PeriodEditor
                key={i}
                period={p}
                levels={def.levels}
                onChange={(next) =>
                  setDef({ ...def, periods: def.periods.map((x, j) => (j === i ? next : x)) })
                }
                onRemove={() => setDef({ ...def, periods: def.periods.filter((_, j) => j !== i) })}
              />
            ))}
            <Group>
              <Button
                variant="default"
                size="xs"
                onClick={() =>
                  setDef({
                    ...def,
                    periods: [
                      ...def.periods,
                      {
                        key: `P${def.periods.length + 1}`,
                        label: '',
                        window: {
                          from: { day: 1, month: 1, yearOffset: 0 },
                          to: { day: 30, month: 6, yearOffset: 0 },
                        },
                        due: {},
                      },
                    ],
                  })
                }
              >
                {t('regime.addPeriod')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group gap="sm">
            {def.levels.map((level) => (
              <NumberInput
                key={level}
                label={t('regime.daysAfter', { level: t(LEVEL_KEYS[level]) })}
                min={0}
                max={365}
                value={def.dueDays[level] ?? ''}
                onChange={(v) =>
                  setDef({
                    ...def,
                    dueDays: { ...def.dueDays, [level]: typeof v === 'number' ? v : 0 },
                  })
                }
                w={150}
              />
            ))}
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('regime.holidayNote')}
        </Text>
        <MutationErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={save.isPending} onClick={submit}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
