import { useState } from 'react';
import type { FormEvent } from 'react';
import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useT } from '../../i18n/index.ts';
import { useInstallation, useLogin } from './api.ts';
import { AuthCard } from './AuthCard.tsx';

export function LoginPage() {
  const t = useT();
  const login = useLogin();
  const installation = useInstallation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ username, password }, { onError: () => setPassword('') });
  };

  return (
    <AuthCard heading={t('auth.loginTitle')}>
      {installation.data?.demo && (
        <Text size="sm" c="orange.9">
          {t('auth.demoNotice')}
        </Text>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {login.error && (
            <Alert color="red" role="alert">
              {login.error.message}
            </Alert>
          )}
          <TextInput
            label={t('auth.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            withAsterisk={false}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            data-autofocus
          />
          <PasswordInput
            label={t('auth.password')}
            name="password"
            autoComplete="current-password"
            required
            withAsterisk={false}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={login.isPending} fullWidth mt="xs">
            {t('auth.login')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
