import { Badge, Box, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { rankChange } from '@papi/domain';
import { useLang, useT } from '../../i18n/index.ts';
import { formatSigned } from '../../i18n/format.ts';
import type { Standing } from './api.ts';
import { GROUPS, GROUP_COLORS, GROUP_TEXT, groupLabel } from './groups.ts';
import type { PerformanceGroup } from './groups.ts';

// Group names are long; a badge must show all of it rather than an ellipsis.
const NO_TRUNCATE = {
  root: { overflow: 'visible', flexShrink: 0 },
  label: { overflow: 'visible' },
};

// In narrow places (the profile header on a phone) the name may wrap instead.
const WRAP = {
  root: { height: 'auto', maxWidth: '100%' },
  label: { whiteSpace: 'normal' as const },
};

export function GroupBadge({
  group,
  wrap = false,
}: {
  group: PerformanceGroup | null;
  wrap?: boolean;
}) {
  const t = useT();
  const lang = useLang();
  if (group === null) {
    return (
      <Badge
        color="gray"
        variant="light"
        radius="sm"
        style={{ textTransform: 'none' }}
        styles={wrap ? WRAP : NO_TRUNCATE}
      >
        {t('indices.notAssessed')}
      </Badge>
    );
  }
  return (
    <Badge
      radius="sm"
      style={{
        background: GROUP_COLORS[group],
        color: GROUP_TEXT[group],
        textTransform: 'none',
      }}
      styles={wrap ? WRAP : NO_TRUNCATE}
    >
      {groupLabel(group, lang)}
    </Badge>
  );
}

/** The colour key shown next to every group-coloured table or chart. */
export function GroupLegend() {
  const t = useT();
  const lang = useLang();
  return (
    <Group gap="md" role="list" aria-label={t('indices.legend')}>
      {GROUPS.map((group) => (
        <Group key={group} gap={6} role="listitem" wrap="nowrap">
          <Box
            w={14}
            h={14}
            style={{ background: GROUP_COLORS[group], borderRadius: 3, flexShrink: 0 }}
          />
          <Text size="sm">{groupLabel(group, lang)}</Text>
        </Group>
      ))}
    </Group>
  );
}

/**
 * Score change and rank change vs the previous year, each with its own arrow and colour: a
 * province can gain points and still lose places ("▲ +0,40" beside "▼ xuống 6 bậc").
 */
export function StandingChange({
  standing,
  showRank = true,
}: {
  standing: Standing;
  showRank?: boolean;
}) {
  const t = useT();
  const lang = useLang();
  const { score, previousScore, rank, previousRank } = standing;
  if (score === null || previousScore === null)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const delta = score - previousScore;
  const arrow = delta > 0.005 ? '▲' : delta < -0.005 ? '▼' : '■';
  const color = delta > 0.005 ? 'teal.8' : delta < -0.005 ? 'red.8' : 'dimmed';
  const moved = rankChange(rank, previousRank);
  return (
    <Stack gap={0}>
      <Text size="sm" c={color} style={{ whiteSpace: 'nowrap' }} data-testid="score-change">
        <VisuallyHidden>{t('indices.scoreChange')}: </VisuallyHidden>
        {arrow} {formatSigned(delta, lang)}
      </Text>
      {showRank && moved && (
        <Text
          size="sm"
          c={RANK_COLOR[moved.direction]}
          fw={moved.direction === 'same' ? undefined : 600}
          style={{ whiteSpace: 'nowrap' }}
          data-testid="rank-change"
        >
          <VisuallyHidden>{t('indices.rankChange')}: </VisuallyHidden>
          {RANK_ARROW[moved.direction]}{' '}
          {moved.direction === 'same'
            ? t('indices.rankSame')
            : t(moved.direction === 'up' ? 'indices.rankUp' : 'indices.rankDown', {
                n: moved.places,
              })}
        </Text>
      )}
    </Stack>
  );
}

const RANK_ARROW = { up: '▲', down: '▼', same: '■' } as const;
const RANK_COLOR = { up: 'teal.8', down: 'red.8', same: 'dimmed' } as const;
