import { SegmentedControl } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LANGS, setLang, useLang, useT } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';

const LABELS: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function LanguageSwitch() {
  const t = useT();
  const lang = useLang();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('lang.label')}
      value={lang}
      onChange={(value) => {
        // The other language's text is fetched on first choice; offline, the switch stays put.
        if (isLang(value))
          setLang(value).catch(() =>
            notifications.show({
              color: 'red',
              title: t('error.title'),
              message: t('error.unknown'),
            }),
          );
      }}
      data={LANGS.map((value) => ({ value, label: LABELS[value] }))}
    />
  );
}
