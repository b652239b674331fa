import { Accordion, Stack, Text, Textarea } from '@mantine/core';
import type { NarrativeSection } from '@papi/domain';
import { useT } from '../../i18n/index.ts';
import { NARRATIVE_KEYS } from './labels.ts';
import type { Narrative } from './reportContent.ts';

// Accordion items need a non-empty value; the general block's code is "".
const GENERAL = 'general';

interface Props {
  sections: NarrativeSection[];
  narratives: Narrative[];
  readOnly: boolean;
  onChange: (narratives: Narrative[]) => void;
}

/** Results, shortcomings and causes, proposals: once for the whole report and per dimension. */
export function ReportNarratives({ sections, narratives, readOnly, onChange }: Props) {
  const t = useT();
  const heading = (code: string) =>
    code === '' ? t('report.narrative.general') : t('report.narrative.dimension', { code });
  const set = (code: string, section: NarrativeSection, text: string) =>
    onChange(narratives.map((n) => (n.dimensionCode === code ? { ...n, [section]: text } : n)));
  const filled = (n: Narrative) => sections.some((s) => n[s].trim() !== '');
  return (
    <Accordion multiple defaultValue={[GENERAL]} variant="separated">
      {narratives.map((n) => (
        <Accordion.Item key={n.dimensionCode} value={n.dimensionCode || GENERAL}>
          <Accordion.Control>
            <Text fw={500}>
              {heading(n.dimensionCode)}
              {filled(n) ? '' : ` – ${t('report.narrative.emptyMark')}`}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              {sections.map((s) =>
                readOnly ? (
                  <div key={s}>
                    <Text size="xs" c="dimmed">
                      {t(NARRATIVE_KEYS[s])}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {n[s] || '—'}
                    </Text>
                  </div>
                ) : (
                  <Textarea
                    key={s}
                    label={`${t(NARRATIVE_KEYS[s])} – ${heading(n.dimensionCode)}`}
                    autosize
                    minRows={2}
                    maxRows={12}
                    value={n[s]}
                    onChange={(e) => set(n.dimensionCode, s, e.currentTarget.value)}
                  />
                ),
              )}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
