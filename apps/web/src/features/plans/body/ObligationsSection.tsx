import { Group, NumberInput, Pill, SegmentedControl, Text, TextInput } from '@mantine/core';
import { DateInputField } from '../../../components/DateInputField.tsx';
import { useT } from '../../../i18n/index.ts';
import { ItemList } from './ItemList.tsx';
import { RemoveButton } from './RemoveButton.tsx';
import { useUnit } from '../../units/api.ts';
import { useAgencies } from '../../agencies/api.ts';
import { UnitSelect } from '../../units/UnitSelect.tsx';
import type { PlanBody, SectionProps } from './types.ts';
import { todayIso } from '../../../api/clock.ts';

type Obligation = PlanBody['obligations'][number];

function UnitPill({ id, onRemove }: { id: string; onRemove: () => void }) {
  const t = useT();
  const unit = useUnit(Number(id));
  return (
    <Pill withRemoveButton onRemove={onRemove}>
      {unit.data?.fullName ?? (unit.isError ? `#${id}` : t('common.loading'))}
    </Pill>
  );
}

/** The departments an obligation names in their own name, removable one by one. */
function AgencyPills({
  unitId,
  ids,
  onChange,
}: {
  unitId: number;
  ids: string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useT();
  const agencies = useAgencies({ unitId, pageSize: 500 }, ids.length > 0);
  const name = (id: string) =>
    agencies.data?.items.find((a) => String(a.id) === id)?.name ?? `#${id}`;
  if (ids.length === 0) return null;
  return (
    <div>
      <Text size="xs" c="dimmed">
        {t('plans.body.obligedAgencies', { n: ids.length })}
      </Text>
      <Group gap={4}>
        {ids.map((id) => (
          <Pill key={id} withRemoveButton onRemove={() => onChange(ids.filter((x) => x !== id))}>
            {agencies.data ? name(id) : t('common.loading')}
          </Pill>
        ))}
      </Group>
    </div>
  );
}

const newId = () => `ob-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Duties laid on subordinate units to issue their own plans, by a date or N days after this
 * plan is issued. The cascade starts from these once the plan is issued.
 */
export function ObligationsSection({
  value,
  onChange,
  unitId,
}: SectionProps<'obligations'> & { unitId: number }) {
  const t = useT();
  return (
    <ItemList
      title={
        <div>
          <Text size="sm" fw={500}>
            {t('plans.body.obligations')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('plans.body.obligationsHint')}
          </Text>
        </div>
      }
      value={value}
      onChange={onChange}
      itemKey={(o) => o.id}
      addLabel={t('plans.body.addObligation')}
      newItem={(): Obligation => ({
        id: newId(),
        addressees: '',
        unitIds: [],
        agencyIds: [],
        deadline: { kind: 'relative', days: 30, after: 'issuance' },
      })}
    >
      {(o, { set, remove, n }) => (
        <>
          <Group gap={4} wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('plans.body.addressees')}
              placeholder={t('plans.body.addresseesHint')}
              value={o.addressees}
              onChange={(e) => set({ addressees: e.currentTarget.value })}
            />
            <RemoveButton n={n} mt={22} onClick={remove} />
          </Group>
          <Group gap={4}>
            {o.unitIds.map((id) => (
              <UnitPill
                key={id}
                id={id}
                onRemove={() => set({ unitIds: o.unitIds.filter((x) => x !== id) })}
              />
            ))}
          </Group>
          <AgencyPills
            unitId={unitId}
            ids={o.agencyIds}
            onChange={(agencyIds) => set({ agencyIds })}
          />
          <UnitSelect
            key={o.unitIds.length}
            label={t('plans.body.obligedUnits')}
            value={null}
            onChange={(id) =>
              id !== null &&
              !o.unitIds.includes(String(id)) &&
              set({ unitIds: [...o.unitIds, String(id)] })
            }
          />
          <Group gap="sm" align="flex-end">
            <SegmentedControl
              size="xs"
              value={o.deadline.kind === 'relative' ? 'days' : 'date'}
              onChange={(v) =>
                set({
                  deadline:
                    v === 'days'
                      ? { kind: 'relative', days: 30, after: 'issuance' }
                      : { kind: 'date', date: todayIso() },
                })
              }
              data={[
                { value: 'date', label: t('plans.body.dueDate') },
                { value: 'days', label: t('plans.body.dueDays') },
              ]}
            />
            {o.deadline.kind === 'relative' ? (
              <NumberInput
                w={160}
                min={1}
                max={3650}
                aria-label={t('plans.body.days')}
                suffix={` ${t('plans.body.daysSuffix')}`}
                value={o.deadline.days}
                onChange={(d) =>
                  typeof d === 'number' &&
                  set({ deadline: { kind: 'relative', days: d, after: 'issuance' } })
                }
              />
            ) : o.deadline.kind === 'date' ? (
              <DateInputField
                w={180}
                aria-label={t('plans.body.dueDate')}
                value={o.deadline.date}
                onChange={(date) => date && set({ deadline: { kind: 'date', date } })}
              />
            ) : null}
          </Group>
        </>
      )}
    </ItemList>
  );
}
