import { useEffect, useRef, useState } from 'react';
import { Button, Grid, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { todayIso } from '../../api/clock.ts';
import { useT } from '../../i18n/index.ts';
import { UnitDetailPanel } from './UnitDetailPanel.tsx';
import { UnitSearchResults } from './UnitSearchResults.tsx';
import { UnitTree } from './UnitTree.tsx';
import classes from './UnitTree.module.css';

type Era = 'current' | 'historic';

// The last day before the two-tier reorganisation took effect on 01/07/2025.
const HISTORIC_AS_OF = '2025-06-30';

export function UnitsPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const era: Era = params.get('era') === 'historic' ? 'historic' : 'current';
  const asOf = era === 'historic' ? HISTORIC_AS_OF : todayIso();
  const selectedParam = Number(params.get('unit'));
  const selectedId = Number.isInteger(selectedParam) && selectedParam > 0 ? selectedParam : null;

  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const searching = debounced.length >= 2;

  const isMobile = useMediaQuery('(max-width: 48em)');
  const detailRef = useRef<HTMLDivElement>(null);
  const pendingScroll = useRef(false);

  const update = (changes: Record<string, string | null>) => {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    });
  };

  const select = (id: number) => {
    pendingScroll.current = true;
    update({ unit: String(id) });
  };

  // On a phone the detail sits below the tree; bring it into view after a choice.
  useEffect(() => {
    if (pendingScroll.current && isMobile)
      detailRef.current?.scrollIntoView({ behavior: 'smooth' });
    pendingScroll.current = false;
  }, [selectedId, isMobile]);

  return (
    <Stack gap="md">
      <Title order={2}>{t('units.title')}</Title>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="md" radius="md">
            <Stack gap="sm">
              <Select
                label={t('units.asOf')}
                value={era}
                allowDeselect={false}
                onChange={(value) => update({ era: value === 'historic' ? 'historic' : null })}
                data={[
                  { value: 'current', label: t('units.era.current') },
                  { value: 'historic', label: t('units.era.historic') },
                ]}
              />
              <TextInput
                label={t('units.search')}
                type="search"
                placeholder={t('units.searchPlaceholder')}
                value={search}
                onChange={(e) => setSearch(e.currentTarget.value)}
              />
              <div className={classes.scroll}>
                {searching ? (
                  <>
                    <Group justify="flex-end">
                      <Button variant="subtle" size="xs" onClick={() => setSearch('')}>
                        {t('units.backToTree')}
                      </Button>
                    </Group>
                    <UnitSearchResults
                      q={debounced}
                      asOf={asOf}
                      selectedId={selectedId}
                      onSelect={select}
                    />
                  </>
                ) : (
                  <UnitTree key={asOf} asOf={asOf} selectedId={selectedId} onSelect={select} />
                )}
              </div>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }} ref={detailRef} style={{ scrollMarginTop: 72 }}>
          {selectedId === null ? (
            <Paper withBorder p="xl" radius="md">
              <Text c="dimmed">{t('units.selectHint')}</Text>
            </Paper>
          ) : (
            <UnitDetailPanel id={selectedId} onSelect={select} />
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
