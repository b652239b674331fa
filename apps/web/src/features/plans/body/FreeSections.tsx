import { Badge, Checkbox, Text, Textarea } from '@mantine/core';
import { useT } from '../../../i18n/index.ts';
import { ItemList, NumberedHeading } from './ItemList.tsx';
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
  return (
    <ItemList
      title={
        <Text size="sm" fw={500}>
          {t('plans.body.sections')}
        </Text>
      }
      value={value}
      onChange={onChange}
      addLabel={t('plans.body.addSection')}
      newItem={(count): Section => ({
        numeral: toRoman(count + 1),
        heading: '',
        role: 'free',
        note: null,
        blocks: [],
      })}
    >
      {(s, { set, remove, n }) => (
        <>
          <NumberedHeading
            number={s.numeral}
            onNumber={(numeral) => set({ numeral })}
            heading={s.heading}
            onHeading={(heading) => set({ heading })}
            headingLabel={t('plans.body.sectionHeading')}
          >
            <Badge variant="light" color={s.role === 'free' ? 'gray' : 'blue'}>
              {t(`plans.body.role.${s.role}`)}
            </Badge>
            <RemoveButton n={n} onClick={remove} />
          </NumberedHeading>
          {s.role === 'tasks' && (
            <Checkbox
              size="xs"
              label={t('plans.body.tasksInAppendix')}
              checked={s.note !== null}
              onChange={(e) =>
                set({ note: e.currentTarget.checked ? '(Có Phụ lục kèm theo)' : null })
              }
            />
          )}
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
                set({
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
        </>
      )}
    </ItemList>
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
