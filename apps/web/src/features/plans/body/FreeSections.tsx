import { Badge, Button, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useT } from '../../../i18n/index.ts';
import { RemoveButton } from './RemoveButton.tsx';
import type { PlanBody, SectionProps } from './types.ts';

type Section = PlanBody['sections'][number];
type Block = Section['blocks'][number];

/** A section's text as the form shows it: each block's heading and paragraphs, one per line. */
const sectionText = (s: Section): string =>
  s.blocks
    .flatMap((b: Block) => [
      ...(b.heading ? [`${b.number ? `${b.number} ` : ''}${b.heading}`] : []),
      ...b.paragraphs,
    ])
    .join('\n');

/**
 * The document's numbered sections. Structured ones (purpose, tasks, organisation) draw on
 * their own fields and show only their heading here; free ones carry their text.
 */
export function FreeSections({ value, onChange }: SectionProps<'sections'>) {
  const t = useT();
  const set = (i: number, patch: Partial<Section>) =>
    onChange(value.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('plans.body.sections')}
      </Text>
      {value.map((s, i) => (
        <Paper key={i} withBorder p="xs">
          <Stack gap={6}>
            <Group gap={4} wrap="nowrap">
              <TextInput
                w={70}
                aria-label={t('plans.body.numeral')}
                value={s.numeral}
                onChange={(e) => set(i, { numeral: e.currentTarget.value })}
              />
              <TextInput
                style={{ flex: 1 }}
                aria-label={t('plans.body.sectionHeading')}
                value={s.heading}
                onChange={(e) => set(i, { heading: e.currentTarget.value })}
              />
              <Badge variant="light" color={s.role === 'free' ? 'gray' : 'blue'}>
                {t(`plans.body.role.${s.role}`)}
              </Badge>
              <RemoveButton n={i + 1} onClick={() => onChange(value.filter((_, j) => j !== i))} />
            </Group>
            {s.role === 'free' && (
              <Textarea
                autosize
                minRows={2}
                maxRows={14}
                aria-label={t('plans.body.sectionText')}
                description={t('plans.body.onePerLine')}
                // Editing flattens nested blocks of a free section into paragraphs.
                value={sectionText(s)}
                onChange={(e) =>
                  set(i, {
                    blocks: [
                      {
                        number: null,
                        heading: null,
                        paragraphs: e.currentTarget.value.split('\n'),
                        children: [],
                      },
                    ],
                  })
                }
              />
            )}
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
                numeral: toRoman(value.length + 1),
                heading: '',
                role: 'free',
                note: null,
                blocks: [],
              },
            ])
          }
        >
          {t('plans.body.addSection')}
        </Button>
      </Group>
    </Stack>
  );
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
