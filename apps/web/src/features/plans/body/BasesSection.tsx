import { Button, Checkbox, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { formatDate } from '../../../i18n/format.ts';
import { useT } from '../../../i18n/index.ts';
import { RemoveButton } from './RemoveButton.tsx';
import { isMultiLine, pastedLines } from './pasteLines.ts';
import { usePlans } from '../api.ts';
import type { PlanSummary } from '../api.ts';
import type { PlanBody, SectionProps } from './types.ts';

type Basis = PlanBody['bases'][number];

const blank: Basis = {
  text: '',
  docKind: null,
  documentNumber: null,
  date: null,
  issuer: null,
  implementsParent: false,
  parentPlanId: null,
};

/** The basis line a linked parent plan reads as in the document. */
function parentText(p: PlanSummary): string {
  const date = p.issuedOn ? ` ngày ${formatDate(p.issuedOn)}` : '';
  return `Kế hoạch số ${p.documentNumber}${date} của ${p.unit.fullName} về ${p.title}`;
}

/** Căn cứ: verbatim lines; one may be the parent plan this plan implements (a link). */
export function BasesSection({ value, onChange }: SectionProps<'bases'>) {
  const t = useT();
  const issued = usePlans({ status: 'issued', pageSize: 100 });
  const plans = issued.data?.items ?? [];
  const set = (i: number, patch: Partial<Basis>) =>
    onChange(value.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('plans.body.bases')}
      </Text>
      {value.map((basis, i) => (
        <Paper key={i} withBorder p="xs">
          <Stack gap={6}>
            <Group gap={4} align="flex-start" wrap="nowrap">
              <Textarea
                style={{ flex: 1 }}
                autosize
                minRows={1}
                aria-label={t('plans.body.basisN', { n: i + 1 })}
                value={basis.text}
                onChange={(e) => set(i, { text: e.currentTarget.value })}
                onPaste={(e) => {
                  // Several bases pasted at once: one basis per line.
                  const text = e.clipboardData.getData('text/plain');
                  if (!isMultiLine(text)) return;
                  e.preventDefault();
                  const kept = basis.text.trim() ? [basis] : [];
                  onChange([
                    ...value.slice(0, i),
                    ...kept,
                    ...pastedLines(text).map((line) => ({ ...blank, text: line })),
                    ...value.slice(i + 1),
                  ]);
                }}
              />
              <RemoveButton n={i + 1} onClick={() => onChange(value.filter((_, j) => j !== i))} />
            </Group>
            <Group gap="sm" align="flex-end">
              <Checkbox
                label={t('plans.body.implementsParent')}
                checked={basis.implementsParent}
                onChange={(e) => set(i, { implementsParent: e.currentTarget.checked })}
              />
              {basis.implementsParent && (
                <Select
                  size="xs"
                  w={{ base: '100%', sm: 420 }}
                  searchable
                  clearable
                  placeholder={t('plans.body.parentPlan')}
                  aria-label={t('plans.body.parentPlan')}
                  data={plans.map((p) => ({
                    value: String(p.id),
                    label: `${p.documentNumber} – ${p.title}`,
                  }))}
                  value={basis.parentPlanId}
                  onChange={(id) => {
                    const p = plans.find((x) => String(x.id) === id);
                    set(i, {
                      parentPlanId: id,
                      ...(p
                        ? {
                            docKind: 'Kế hoạch',
                            documentNumber: p.documentNumber,
                            date: p.issuedOn,
                            issuer: p.unit.fullName,
                            text: basis.text.trim() ? basis.text : parentText(p),
                          }
                        : {}),
                    });
                  }}
                />
              )}
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button size="xs" variant="light" onClick={() => onChange([...value, blank])}>
          {t('plans.body.addBasis')}
        </Button>
      </Group>
    </Stack>
  );
}
