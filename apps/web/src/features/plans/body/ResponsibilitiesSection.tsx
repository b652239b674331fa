import { Button, Checkbox, Group, Pill, Text, Textarea } from '@mantine/core';
import {
  responsibilitiesWithLeads,
  type PlanTask,
  type Responsibility as DomainResponsibility,
} from '@papi/domain';
import { useT } from '../../../i18n/index.ts';
import { ItemList, NumberedHeading } from './ItemList.tsx';
import { RemoveButton } from './RemoveButton.tsx';
import { AgencyPicker } from '../editor/AgencyPicker.tsx';
import type { AgencyOption } from '../editor/agencyMatch.ts';
import { agencyName } from '../labels.ts';
import type { PlanBody, SectionProps } from './types.ts';

type Responsibility = PlanBody['responsibilities'][number];

/** Tổ chức thực hiện: per agency (or group) what it must do; "Đề nghị" for bodies asked. */
export function ResponsibilitiesSection({
  value,
  onChange,
  agencies,
  tasks,
  planId,
}: SectionProps<'responsibilities'> & {
  planId: number;
  agencies: readonly AgencyOption[];
  /** The plan's tasks: their lead agencies can be added in one go. */
  tasks: readonly Pick<PlanTask, 'lead'>[];
}) {
  const t = useT();
  // The form's items are the contract's shape (children untyped); the domain reads the same.
  const withLeads = responsibilitiesWithLeads(value as unknown as DomainResponsibility[], tasks);
  const missing = withLeads.length - value.length;
  return (
    <ItemList
      title={
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={500}>
            {t('plans.body.responsibilities')}
          </Text>
          <Button
            size="xs"
            variant="light"
            disabled={missing === 0}
            title={missing === 0 ? t('plans.body.addLeadsNone') : undefined}
            onClick={() => onChange(withLeads as unknown as typeof value)}
          >
            {t('plans.body.addLeads')}
            {missing > 0 ? ` (${missing})` : ''}
          </Button>
        </Group>
      }
      value={value}
      onChange={onChange}
      addLabel={t('plans.body.addResponsibility')}
      newItem={(count): Responsibility => ({
        number: String(count + 1),
        heading: '',
        agencies: [],
        request: false,
        paragraphs: [],
        children: [],
      })}
    >
      {(r, { set, remove, n }) => (
        <>
          <NumberedHeading
            number={r.number}
            onNumber={(number) => set({ number })}
            heading={r.heading}
            onHeading={(heading) => set({ heading })}
            headingLabel={t('plans.body.responsibilityHeading')}
            placeholder={t('plans.body.responsibilityHeading')}
          >
            <RemoveButton n={n} onClick={remove} />
          </NumberedHeading>
          <Group gap={4}>
            {r.agencies.map((a, k) => (
              <Pill
                key={`${agencyName(a)}-${k}`}
                withRemoveButton
                onRemove={() => set({ agencies: r.agencies.filter((_, j) => j !== k) })}
              >
                {agencyName(a)}
              </Pill>
            ))}
          </Group>
          <AgencyPicker
            key={r.agencies.length}
            planId={planId}
            agencies={agencies}
            placeholder={t('plans.body.addAgency')}
            onPick={(ref) => {
              if (!ref) return;
              const heading = r.heading.trim() ? r.heading : agencyName(ref);
              set({ agencies: [...r.agencies, ref], heading });
            }}
          />
          <Checkbox
            label={t('plans.body.request')}
            checked={r.request}
            onChange={(e) => set({ request: e.currentTarget.checked })}
          />
          <Textarea
            autosize
            minRows={2}
            maxRows={12}
            aria-label={t('plans.body.duties')}
            description={t('plans.body.onePerLine')}
            value={r.paragraphs.join('\n')}
            onChange={(e) => set({ paragraphs: e.currentTarget.value.split('\n') })}
          />
        </>
      )}
    </ItemList>
  );
}
