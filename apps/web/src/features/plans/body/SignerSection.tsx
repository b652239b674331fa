import { Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { formatArchiveLine, parseArchiveLine } from '@papi/domain';
import { useRef, useState } from 'react';
import { useT } from '../../../i18n/index.ts';
import { StringListField } from './StringListField.tsx';
import type { PlanBody } from './types.ts';

type Signer = NonNullable<PlanBody['signer']>;
const EMPTY: Signer = {
  onBehalfOf: null,
  authority: null,
  headTitle: null,
  position: '',
  name: '',
  userId: null,
};

interface Props {
  recipients: PlanBody['recipients'];
  signer: PlanBody['signer'];
  onRecipients: (r: PlanBody['recipients']) => void;
  onSigner: (s: PlanBody['signer']) => void;
}

/** Nơi nhận (ending "Lưu: VT, …") and the signature block (TM./KT./Q., position, name). */
export function SignerSection({ recipients, signer, onRecipients, onSigner }: Props) {
  const t = useT();
  const s = signer ?? EMPTY;
  const set = (patch: Partial<Signer>) => onSigner({ ...s, ...patch });
  const nullable = (v: string) => (v.trim() ? v : null);
  const [archive, setArchive] = useState(
    recipients.archive ? formatArchiveLine(recipients.archive) : 'Lưu: VT.',
  );
  const parsed = parseArchiveLine(archive);
  // The archive line of a pasted Nơi nhận block, saved with the recipients it came with.
  const pendingArchive = useRef<PlanBody['recipients']['archive']>(null);
  return (
    <Stack gap="sm">
      <StringListField
        label={t('plans.body.recipients')}
        description={t('plans.body.recipientsHint')}
        value={recipients.lines}
        onChange={(lines) => {
          const a = pendingArchive.current;
          pendingArchive.current = null;
          onRecipients({ ...recipients, lines, ...(a ? { archive: a } : {}) });
        }}
        addLabel={t('plans.body.addRecipient')}
        dropEndMark
        takePasted={(lines) => {
          // A pasted "Lưu: VT, …" line is the archive line, not a recipient.
          const line = lines.find((l) => parseArchiveLine(l));
          if (line) {
            const text = line.replace(/[;,]\s*$/u, '');
            setArchive(text.endsWith('.') ? text : `${text}.`);
            pendingArchive.current = parseArchiveLine(text);
          }
          return lines.filter((l) => l !== line);
        }}
      />
      <TextInput
        label={t('plans.body.archive')}
        description={t('plans.body.archiveHint')}
        placeholder="Lưu: VT, …"
        value={archive}
        error={archive.trim() && !parsed ? t('plans.body.archiveBad') : undefined}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setArchive(text);
          const a = parseArchiveLine(text);
          if (a || !text.trim()) onRecipients({ ...recipients, archive: a });
        }}
      />
      <Text size="sm" fw={500}>
        {t('plans.body.signer')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('plans.body.onBehalfOf')}
          description={t('plans.body.onBehalfOfHint')}
          value={s.onBehalfOf ?? ''}
          onChange={(e) => set({ onBehalfOf: nullable(e.currentTarget.value) })}
        />
        <Select
          label={t('plans.body.authority')}
          clearable
          data={[
            { value: 'KT', label: 'KT. (ký thay)' },
            { value: 'Q', label: 'Q. (quyền)' },
            { value: 'TL', label: 'TL. (thừa lệnh)' },
            { value: 'TUQ', label: 'TUQ. (thừa ủy quyền)' },
          ]}
          value={s.authority}
          onChange={(v) =>
            set({ authority: v === 'KT' || v === 'Q' || v === 'TL' || v === 'TUQ' ? v : null })
          }
        />
        <TextInput
          label={t('plans.body.headTitle')}
          description={t('plans.body.headTitleHint')}
          value={s.headTitle ?? ''}
          onChange={(e) => set({ headTitle: nullable(e.currentTarget.value) })}
        />
        <TextInput
          label={t('plans.body.position')}
          value={s.position}
          onChange={(e) => set({ position: e.currentTarget.value })}
        />
        <TextInput
          label={t('plans.body.signerName')}
          value={s.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
      </SimpleGrid>
      <Textarea
        label={t('plans.body.preview')}
        readOnly
        autosize
        value={[
          s.onBehalfOf ? `TM. ${s.onBehalfOf}` : null,
          s.authority ? `${s.authority}. ${s.headTitle ?? ''}` : null,
          s.position,
          s.name,
        ]
          .filter(Boolean)
          .join('\n')}
      />
    </Stack>
  );
}
