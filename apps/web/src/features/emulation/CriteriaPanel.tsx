import { useState } from 'react';
import {
  Accordion,
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { MEASURE_LABELS } from '@papi/domain';
import { useT } from '../../i18n/index.ts';
import { domainText } from '../../i18n/domain-text.ts';
import { useSaveCriteria, useUnitUsers, type CriteriaBody, type EmulationYear } from './api.ts';

type Criteria = CriteriaBody['criteria'];

/** The year's criteria: a table the unit's coordinators edit (names, maxima, thresholds, council). */
export function CriteriaPanel({ view }: { view: EmulationYear }) {
  const t = useT();
  const [criteria, setCriteria] = useState<Criteria>(view.criteria);
  const [council, setCouncil] = useState(view.council.map((c) => String(c.id)));
  const edit = view.rights.configure;
  const users = useUnitUsers(view.unit.id, edit);
  const save = useSaveCriteria();
  const options = [
    ...view.council.map((c) => ({ value: String(c.id), label: `${c.fullName} (${c.username})` })),
    ...(users.data?.items ?? [])
      .filter((u) => !view.council.some((c) => c.id === u.id))
      .map((u) => ({ value: String(u.id), label: `${u.fullName} (${u.username})` })),
  ];
  const setCriterion = (i: number, patch: Partial<Criteria['criteria'][number]>) =>
    setCriteria({
      ...criteria,
      criteria: criteria.criteria.map((c, j) => (j === i ? ({ ...c, ...patch } as typeof c) : c)),
    });
  const thresholds = (['commend', 'note', 'criticise'] as const).map((k) => (
    <NumberInput
      key={k}
      label={t(`emulation.threshold.${k}`)}
      value={criteria.thresholds[k]}
      min={0}
      max={1000}
      decimalSeparator=","
      readOnly={!edit}
      w={150}
      onChange={(v) =>
        setCriteria({ ...criteria, thresholds: { ...criteria.thresholds, [k]: Number(v) || 0 } })
      }
    />
  ));

  return (
    <Accordion variant="contained" defaultValue={view.runs.length ? null : 'criteria'}>
      <Accordion.Item value="criteria">
        <Accordion.Control>
          {t('emulation.criteria')}
          {!view.saved && (
            <Text span size="sm" c="dimmed" ml="sm">
              {t('emulation.criteriaDefault')}
            </Text>
          )}
        </Accordion.Control>
        <Accordion.Panel>
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('emulation.code')}</Table.Th>
                  <Table.Th>{t('emulation.name')}</Table.Th>
                  <Table.Th>{t('emulation.source')}</Table.Th>
                  <Table.Th>{t('emulation.maxPoints')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {criteria.criteria.map((c, i) => (
                  <Table.Tr key={c.code}>
                    <Table.Td>{c.code}</Table.Td>
                    <Table.Td miw={260}>
                      {edit ? (
                        <TextInput
                          aria-label={`${t('emulation.name')} ${c.code}`}
                          value={c.name}
                          onChange={(e) => setCriterion(i, { name: e.currentTarget.value })}
                        />
                      ) : (
                        c.name
                      )}
                    </Table.Td>
                    <Table.Td>
                      {c.kind === 'manual'
                        ? t('emulation.manual')
                        : domainText(MEASURE_LABELS[c.measure])}
                    </Table.Td>
                    <Table.Td w={120}>
                      {edit ? (
                        <NumberInput
                          aria-label={`${t('emulation.maxPoints')} ${c.code}`}
                          value={c.maxPoints}
                          min={0}
                          max={1000}
                          onChange={(v) => setCriterion(i, { maxPoints: Number(v) || 0 })}
                        />
                      ) : (
                        c.maxPoints
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
                {criteria.adjustments.map((a) => (
                  <Table.Tr key={a.code}>
                    <Table.Td>{a.code}</Table.Td>
                    <Table.Td>
                      {a.sign === 'bonus' ? t('emulation.bonus') : t('emulation.penalty')}: {a.name}
                    </Table.Td>
                    <Table.Td>
                      {a.kind === 'manual'
                        ? t('emulation.manual')
                        : t('emulation.perMiss', {
                            points: String(a.pointsEach),
                            measure: domainText(MEASURE_LABELS[a.measure]),
                          })}
                    </Table.Td>
                    <Table.Td>{a.maxPoints}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text fw={600} mt="md">
            {t('emulation.thresholds')}
          </Text>
          <Group gap="sm">{thresholds}</Group>
          <MultiSelect
            mt="md"
            label={t('emulation.council')}
            placeholder={council.length ? undefined : t('emulation.councilNone')}
            data={options}
            value={council}
            onChange={setCouncil}
            readOnly={!edit}
            searchable
          />
          {save.error && (
            <Alert color="red" mt="sm">
              {save.error.message}
            </Alert>
          )}
          {edit && (
            <Button
              mt="md"
              loading={save.isPending}
              onClick={() =>
                save.mutate({
                  unitId: view.unit.id,
                  year: view.year,
                  criteria,
                  councilUserIds: council.map(Number),
                  version: view.criteriaVersion,
                })
              }
            >
              {t('emulation.saveCriteria')}
            </Button>
          )}
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
