import { Group, Pagination, Text } from '@mantine/core';
import { formatNumber } from '../i18n/format.ts';
import { useLang, useT } from '../i18n/index.ts';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}

export function Pager({ page, pageSize, total, onChange }: Props) {
  const t = useT();
  const lang = useLang();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {t('common.total', { count: formatNumber(total, lang) })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onChange}
          size="sm"
          getControlProps={(control) => ({
            'aria-label': control === 'previous' ? t('common.previousPage') : t('common.nextPage'),
          })}
          getItemProps={(item) => ({ 'aria-label': t('common.page', { page: item }) })}
        />
      )}
    </Group>
  );
}
