import {
  Anchor,
  Badge,
  Button,
  Group,
  Image,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { CardTable } from '../../components/CardTable.tsx';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';
import { useSetPublicLink, type PublicLink, type SurveyRun } from './api.ts';

const qrUrl = (runId: number, stratumCode: string | null, format: 'svg' | 'png') =>
  `/api/survey-runs/${runId}/public-link/qr?format=${format}` +
  (stratumCode ? `&stratumCode=${encodeURIComponent(stratumCode)}` : '');

/**
 * The public links of a run: one for the whole run (the citizen picks the commune) and one
 * per stratum, each with its QR code to download and print. Managers open and close them.
 */
export function PublicLinks({ run, manage }: { run: SurveyRun; manage: boolean }) {
  const t = useT();
  const set = useSetPublicLink(run.id);
  const rows: { code: string | null; name: string; link: PublicLink }[] = [
    { code: null, name: t('surveys.link.wholeRun'), link: run.publicLink },
    ...run.strata.map((s) => ({ code: s.code, name: s.name, link: s.publicLink })),
  ];
  return (
    <Stack gap="xs">
      <Title order={3}>{t('surveys.link.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('surveys.link.help')}
      </Text>
      {set.error && <MutationErrorAlert error={set.error} />}
      <CardTable minWidth={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('surveys.link.for')}</Table.Th>
            <Table.Th>{t('surveys.link.address')}</Table.Th>
            <Table.Th>{t('surveys.link.qr')}</Table.Th>
            <Table.Th>{t('surveys.link.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ code, name, link }) => (
            <Table.Tr key={code ?? '*'} data-testid={`public-link-${code ?? 'run'}`}>
              <Table.Td>{name}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>
                {link.path ? (
                  <Anchor href={link.path} target="_blank" size="sm">
                    {`${window.location.origin}${link.path}`}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('surveys.link.none')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {link.path && (
                  <Group gap="xs" wrap="nowrap">
                    <Image
                      src={qrUrl(run.id, code, 'svg')}
                      alt={t('surveys.link.qrAlt', { name })}
                      w={72}
                      h={72}
                    />
                    <Stack gap={2}>
                      <Anchor href={qrUrl(run.id, code, 'svg')} download size="sm">
                        SVG
                      </Anchor>
                      <Anchor href={qrUrl(run.id, code, 'png')} download size="sm">
                        PNG
                      </Anchor>
                    </Stack>
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                {manage ? (
                  <Switch
                    label={link.open ? t('surveys.link.open') : t('surveys.link.closed')}
                    checked={link.open}
                    disabled={set.isPending}
                    onChange={(e) =>
                      set.mutate({ stratumCode: code, open: e.currentTarget.checked })
                    }
                  />
                ) : (
                  <Badge color={link.open ? 'green' : 'gray'}>
                    {link.open ? t('surveys.link.open') : t('surveys.link.closed')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </CardTable>
      {manage && !run.publicLink.path && run.strata.every((s) => !s.publicLink.path) && (
        <Button
          variant="light"
          w="fit-content"
          loading={set.isPending}
          onClick={() => set.mutate({ stratumCode: null, open: true })}
        >
          {t('surveys.link.create')}
        </Button>
      )}
    </Stack>
  );
}
