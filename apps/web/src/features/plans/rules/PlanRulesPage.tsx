import { useState } from 'react';
import {
  Accordion,
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updatePlanTypes } from '@papi/contracts/paths';
import { DEFAULT_PLAN_TYPES, TASK_FIELDS } from '@papi/domain';
import { call } from '../../../api/client.ts';
import { MutationErrorAlert } from '../../../components/MutationErrorAlert.tsx';
import { useT } from '../../../i18n/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { usePlanTypes } from '../api.ts';
import { PlansNav } from '../PlansNav.tsx';
import { rulesState, toOverride } from './overrides.ts';
import type { RuleState, TypeRules } from './overrides.ts';

type Settings = NonNullable<ReturnType<typeof usePlanTypes>['data']>;

/** Parameters a rule takes, edited in place. */
function Params({
  name,
  state,
  onChange,
}: {
  name: string;
  state: RuleState;
  onChange: (p: Record<string, unknown>) => void;
}) {
  const t = useT();
  const p = state.params;
  switch (name) {
    case 'covers_all_dimensions':
      return (
        <Select
          size="xs"
          w={200}
          aria-label={t('plans.rules.level')}
          value={p.level === 'sub_dimension' ? 'sub_dimension' : 'dimension'}
          onChange={(v) => onChange({ ...p, level: v ?? 'dimension' })}
          data={[
            { value: 'dimension', label: t('plans.rules.levelDimension') },
            { value: 'sub_dimension', label: t('plans.rules.levelSub') },
          ]}
        />
      );
    case 'task_requires':
      return (
        <MultiSelect
          size="xs"
          w={320}
          aria-label={t('plans.rules.fields')}
          value={Array.isArray(p.fields) ? (p.fields as string[]) : []}
          onChange={(fields) => onChange({ ...p, fields })}
          data={TASK_FIELDS.map((f) => ({ value: f, label: t(`plans.rules.field.${f}`) }))}
        />
      );
    case 'budget_required':
      return (
        <Checkbox
          size="xs"
          label={t('plans.rules.requireSource')}
          checked={p.requireSource !== false}
          onChange={(e) => onChange({ ...p, requireSource: e.currentTarget.checked })}
        />
      );
    case 'min_tasks':
      return (
        <NumberInput
          size="xs"
          w={100}
          min={0}
          aria-label={t('plans.rules.min')}
          value={typeof p.min === 'number' ? p.min : 1}
          onChange={(v) => typeof v === 'number' && onChange({ ...p, min: v })}
        />
      );
    case 'document_number':
      return (
        <TextInput
          size="xs"
          w={100}
          aria-label={t('plans.rules.typeCode')}
          value={typeof p.typeCode === 'string' ? p.typeCode : 'KH'}
          onChange={(e) => onChange({ ...p, typeCode: e.currentTarget.value })}
        />
      );
    default:
      return null;
  }
}

function Editor({ settings }: { settings: Settings }) {
  const t = useT();
  const client = useQueryClient();
  const builtIn = settings.types.filter((x) => x.builtIn);
  const initial = () =>
    Object.fromEntries(
      builtIn.map((x) => [
        x.code,
        rulesState(x.rules as Parameters<typeof rulesState>[0], settings.ruleNames),
      ]),
    );
  const [state, setState] = useState<Record<string, TypeRules>>(initial);
  const save = useMutation({
    mutationFn: () => {
      const overrides: Settings['overrides'] = { ...settings.overrides };
      for (const type of builtIn) {
        const rules = toOverride(
          state[type.code] ?? {},
          DEFAULT_PLAN_TYPES.find((d) => d.code === type.code),
        );
        const { rules: _old, ...rest } = overrides[type.code] ?? {};
        if (Object.keys(rules).length > 0) overrides[type.code] = { ...rest, rules };
        else if (Object.keys(rest).length > 0) overrides[type.code] = rest;
        else delete overrides[type.code];
      }
      return call(updatePlanTypes, { body: { version: settings.version, overrides } });
    },
    meta: { inlineError: true },
    onSuccess: (next) => {
      client.setQueryData(['plan-types'], next);
      return client.invalidateQueries({ queryKey: ['plans'] });
    },
  });
  const set = (code: string, name: string, patch: Partial<RuleState>) =>
    setState((s) => ({ ...s, [code]: { ...s[code], [name]: { ...s[code]![name]!, ...patch } } }));
  return (
    <Stack gap="sm">
      <MutationErrorAlert
        error={save.error}
        onReload={() => void client.invalidateQueries({ queryKey: ['plan-types'] })}
      />
      <Accordion variant="separated" multiple defaultValue={[builtIn[0]?.code ?? '']}>
        {builtIn.map((type) => (
          <Accordion.Item key={type.code} value={type.code}>
            <Accordion.Control>
              <Group gap="xs">
                <Text fw={600}>{type.nameVi}</Text>
                {settings.overrides[type.code] && (
                  <Badge variant="light" color="orange">
                    {t('plans.rules.changed')}
                  </Badge>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Table.ScrollContainer minWidth={820}>
                <Table verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={70}>{t('plans.rules.on')}</Table.Th>
                      <Table.Th>{t('plans.rules.rule')}</Table.Th>
                      <Table.Th w={130}>{t('plans.rules.severity')}</Table.Th>
                      <Table.Th w={150}>{t('plans.rules.atIssuance')}</Table.Th>
                      <Table.Th w={340}>{t('plans.rules.params')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {settings.ruleNames.map((name) => {
                      const r = state[type.code]?.[name];
                      if (!r) return null;
                      const label = t(`plans.rules.rule.${name}` as MessageKey);
                      return (
                        <Table.Tr key={name} opacity={r.enabled ? 1 : 0.6}>
                          <Table.Td>
                            <Switch
                              aria-label={label}
                              checked={r.enabled}
                              onChange={(e) =>
                                set(type.code, name, { enabled: e.currentTarget.checked })
                              }
                            />
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{label}</Text>
                          </Table.Td>
                          <Table.Td>
                            <Select
                              size="xs"
                              disabled={!r.enabled}
                              aria-label={t('plans.rules.severity')}
                              value={r.severity}
                              onChange={(v) =>
                                set(type.code, name, {
                                  severity: v === 'warning' ? 'warning' : 'error',
                                })
                              }
                              data={[
                                { value: 'error', label: t('plans.issues.error') },
                                { value: 'warning', label: t('plans.issues.warning') },
                              ]}
                            />
                          </Table.Td>
                          <Table.Td>
                            <Checkbox
                              size="xs"
                              disabled={!r.enabled}
                              aria-label={t('plans.rules.atIssuance')}
                              checked={r.atIssuance}
                              onChange={(e) =>
                                set(type.code, name, { atIssuance: e.currentTarget.checked })
                              }
                            />
                          </Table.Td>
                          <Table.Td>
                            {r.enabled && (
                              <Params
                                name={name}
                                state={r}
                                onChange={(params) => set(type.code, name, { params })}
                              />
                            )}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => setState(initial())}>
          {t('plans.editor.discard')}
        </Button>
        <Button loading={save.isPending} onClick={() => save.mutate()}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Coordinators tune each plan type's validation rules; every check uses them at once. */
export function PlanRulesPage() {
  const t = useT();
  const settings = usePlanTypes();
  return (
    <Stack gap="md">
      <PlansNav />
      <Title order={2}>{t('plans.rules.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('plans.rules.hint')}
      </Text>
      {settings.data ? (
        <Editor key={settings.data.version} settings={settings.data} />
      ) : (
        <QueryState error={settings.error} retry={() => void settings.refetch()} />
      )}
    </Stack>
  );
}
