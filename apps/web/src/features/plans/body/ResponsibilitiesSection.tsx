import {
  Button,
  Checkbox,
  Group,
  Paper,
  Pill,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useT } from '../../../i18n/index.ts';
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
}: SectionProps<'responsibilities'> & { agencies: readonly AgencyOption[] }) {
  const t = useT();
  const set = (i: number, patch: Partial<Responsibility>) =>
    onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('plans.body.responsibilities')}
      </Text>
      {value.map((r, i) => (
        <Paper key={i} withBorder p="xs">
          <Stack gap={6}>
            <Group gap={4} wrap="nowrap">
              <TextInput
                w={70}
                aria-label={t('plans.body.numeral')}
                value={r.number}
                onChange={(e) => set(i, { number: e.currentTarget.value })}
              />
              <TextInput
                style={{ flex: 1 }}
                placeholder={t('plans.body.responsibilityHeading')}
                aria-label={t('plans.body.responsibilityHeading')}
                value={r.heading}
                onChange={(e) => set(i, { heading: e.currentTarget.value })}
              />
              <RemoveButton n={i + 1} onClick={() => onChange(value.filter((_, j) => j !== i))} />
            </Group>
            <Group gap={4}>
              {r.agencies.map((a, k) => (
                <Pill
                  key={`${agencyName(a)}-${k}`}
                  withRemoveButton
                  onRemove={() => set(i, { agencies: r.agencies.filter((_, j) => j !== k) })}
                >
                  {agencyName(a)}
                </Pill>
              ))}
            </Group>
            <AgencyPicker
              key={r.agencies.length}
              agencies={agencies}
              placeholder={t('plans.body.addAgency')}
              onPick={(ref) => {
                if (!ref) return;
                const heading = r.heading.trim() ? r.heading : agencyName(ref);
                set(i, { agencies: [...r.agencies, ref], heading });
              }}
            />
            <Checkbox
              label={t('plans.body.request')}
              checked={r.request}
              onChange={(e) => set(i, { request: e.currentTarget.checked })}
            />
            <Textarea
              autosize
              minRows={2}
              maxRows={12}
              aria-label={t('plans.body.duties')}
              description={t('plans.body.onePerLine')}
              value={r.paragraphs.join('\n')}
              onChange={(e) => set(i, { paragraphs: e.currentTarget.value.split('\n') })}
            />
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() =>
            onChange([
              ...value,
              {
                number: String(value.length + 1),
                heading: '',
                agencies: [],
                request: false,
                paragraphs: [],
                children: [],
              },
            ])
          }
        >
          {t('plans.body.addResponsibility')}
        </Button>
      </Group>
    </Stack>
  );
}
