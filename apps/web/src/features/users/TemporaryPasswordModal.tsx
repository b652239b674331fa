import { Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n/index.ts';

interface Props {
  shown: { username: string; password: string } | null;
  onClose: () => void;
}

/** The only time the temporary password is visible; the server keeps just its hash. */
export function TemporaryPasswordModal({ shown, onClose }: Props) {
  const t = useT();
  return (
    <Modal opened={shown !== null} onClose={onClose} title={t('users.tempPasswordTitle')} centered>
      {shown && (
        <Stack gap="sm">
          <Text size="sm">{t('users.tempPasswordIntro', { username: shown.username })}</Text>
          <Code block fz="lg" data-testid="temporary-password">
            {shown.password}
          </Code>
          <Text size="xs" c="dimmed">
            {t('users.tempPasswordNote')}
          </Text>
          <Group justify="space-between">
            <CopyButton value={shown.password}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'teal' : undefined} onClick={copy}>
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
