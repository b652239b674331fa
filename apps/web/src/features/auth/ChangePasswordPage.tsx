// Shown before the app shell, which otherwise brings the Mantine styles the app uses.
import '../../app/mantine-styles.ts';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '@papi/domain';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';
import type { Me } from './api.ts';
import { useChangePassword, useLogout } from './api.ts';
import { AuthCard } from './AuthCard.tsx';

export function ChangePasswordPage({ me }: { me: Me }) {
  const t = useT();
  const change = useChangePassword();
  const logout = useLogout();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (next !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate({ currentPassword: current, newPassword: next });
  };

  return (
    <AuthCard heading={t('auth.changePasswordTitle')}>
      <Text size="sm">{t('auth.changePasswordIntro', { name: me.fullName })}</Text>
      <Text size="sm" c="dimmed">
        {t('auth.passwordRules', { min: PASSWORD_MIN_LENGTH })}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <MutationErrorAlert error={change.error} />
          {/* Lets password managers tie the new password to the right account. */}
          <input type="hidden" name="username" autoComplete="username" value={me.username} />
          <PasswordInput
            label={t('auth.currentPassword')}
            autoComplete="current-password"
            required
            withAsterisk={false}
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('auth.newPassword')}
            autoComplete="new-password"
            required
            withAsterisk={false}
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
          />
          <PasswordInput
            label={t('auth.confirmPassword')}
            autoComplete="new-password"
            required
            withAsterisk={false}
            value={confirm}
            onChange={(e) => {
              setConfirm(e.currentTarget.value);
              setMismatch(false);
            }}
            error={mismatch ? t('auth.passwordMismatch') : undefined}
          />
          <Button type="submit" loading={change.isPending} fullWidth mt="xs">
            {t('auth.changePassword')}
          </Button>
          <Button variant="subtle" color="gray" onClick={() => logout.mutate()}>
            {t('auth.logout')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
