import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Modal, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { GROUPS, GROUP_LABELS, totalRange } from '@papi/domain';
import type { PerformanceGroup } from '@papi/domain';
import { MutationErrorAlert } from '../../../components/MutationErrorAlert.tsx';
import { useLang, useT } from '../../../i18n/index.ts';
import type { Edition } from '../api.ts';
import { useElementLabels } from '../selection.ts';
import type { TargetItem, TargetKind } from './api.ts';
import { useCreateTarget, useUpdateTarget } from './api.ts';
import { KIND_KEYS, TARGET_KINDS, isTargetKind } from './labels.ts';

/** Ranks run over the 63 provinces published per year (34 after 2025). */
const MAX_RANK = 63;

interface FormProps {
  /** null adds a new target. */
  target: TargetItem | null;
  indexCode: string;
  unitId: number;
  year: number;
  edition: Edition | undefined;
  /** Targets already set for the year: a kind (or dimension) is offered only once. */
  taken: TargetItem[];
  onClose: () => void;
  onReload: () => void;
}

function range(kind: TargetKind, edition: Edition | undefined, element: string | null) {
  switch (kind) {
    case 'total_rank':
      return { min: 1, max: MAX_RANK, decimals: 0 };
    case 'rank_improvement':
      return { min: 1, max: MAX_RANK - 1, decimals: 0 };
    case 'total_score':
      return { ...(edition ? totalRange(edition) : { min: 0, max: 80 }), decimals: 2 };
    case 'dimension_score': {
      const d = edition?.dimensions.find((x) => x.code === element);
      return { min: d?.min ?? 1, max: d?.max ?? 10, decimals: 2 };
    }
    case 'group':
      return null;
  }
}

function TargetForm({
  target,
  indexCode,
  unitId,
  year,
  edition,
  taken,
  onClose,
  onReload,
}: FormProps) {
  const t = useT();
  const lang = useLang();
  const labels = useElementLabels(edition);
  const create = useCreateTarget(indexCode, unitId);
  const update = useUpdateTarget(indexCode, unitId);
  const mutation = target ? update : create;

  const dimensions = (edition?.dimensions ?? [])
    .map((d) => d.code)
    .filter(
      (code) =>
        code === target?.elementCode ||
        !taken.some((x) => x.kind === 'dimension_score' && x.elementCode === code),
    );
  const kinds = TARGET_KINDS.filter(
    (k) =>
      k === target?.kind ||
      (k === 'dimension_score' ? dimensions.length > 0 : !taken.some((x) => x.kind === k)),
  );
  const [kind, setKind] = useState<TargetKind>(target?.kind ?? kinds[0] ?? 'total_rank');
  const [element, setElement] = useState<string | null>(
    target?.elementCode ?? dimensions[0] ?? null,
  );
  const [group, setGroup] = useState<PerformanceGroup>(target?.groupCode ?? 'high_average');
  const [value, setValue] = useState<number | string>(target?.value ?? '');
  const [note, setNote] = useState(target?.note ?? '');
  const [missing, setMissing] = useState(false);
  const bounds = range(kind, edition, element);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = typeof value === 'number' ? value : null;
    if (kind !== 'group' && number === null) {
      setMissing(true);
      return;
    }
    const fields =
      kind === 'group' ? { value: null, groupCode: group } : { value: number, groupCode: null };
    if (target) {
      update.mutate(
        { id: target.id, body: { version: target.version, ...fields, note } },
        { onSuccess: onClose },
      );
      return;
    }
    create.mutate(
      {
        year,
        kind,
        elementCode: kind === 'dimension_score' ? element : null,
        ...fields,
        note,
      },
      { onSuccess: onClose },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <MutationErrorAlert error={mutation.error} onReload={onReload} />
        {target ? (
          <Text size="sm" c="dimmed">
            {t(KIND_KEYS[target.kind])}
            {target.elementCode ? ` · ${labels.long(target.elementCode)}` : ''}
          </Text>
        ) : (
          <Select
            label={t('indices.targets.kind')}
            required
            allowDeselect={false}
            value={kind}
            onChange={(v) => {
              if (v && isTargetKind(v)) {
                setKind(v);
                setValue('');
              }
            }}
            data={kinds.map((k) => ({ value: k, label: t(KIND_KEYS[k]) }))}
            data-autofocus
          />
        )}
        {!target && kind === 'dimension_score' && (
          <Select
            label={t('indices.targets.dimension')}
            required
            allowDeselect={false}
            value={element}
            onChange={setElement}
            data={dimensions.map((code) => ({ value: code, label: labels.long(code) }))}
          />
        )}
        {kind === 'group' ? (
          <Select
            label={t('indices.targets.group')}
            required
            allowDeselect={false}
            value={group}
            onChange={(v) => {
              const found = GROUPS.find((g) => g === v);
              if (found) setGroup(found);
            }}
            data={GROUPS.map((g) => ({ value: g, label: GROUP_LABELS[g][lang] }))}
          />
        ) : (
          bounds && (
            <NumberInput
              label={t(`indices.targets.value.${kind}`, bounds)}
              required
              min={bounds.min}
              max={bounds.max}
              step={bounds.decimals ? 0.1 : 1}
              decimalScale={bounds.decimals}
              allowDecimal={bounds.decimals > 0}
              allowNegative={false}
              decimalSeparator={lang === 'vi' ? ',' : '.'}
              value={value}
              onChange={setValue}
              error={missing && typeof value !== 'number' ? t('common.required') : undefined}
            />
          )
        )}
        <Textarea
          label={t('indices.targets.note')}
          autosize
          minRows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {target ? t('common.save') : t('indices.targets.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface Props extends FormProps {
  opened: boolean;
}

export function TargetFormModal({ opened, ...form }: Props) {
  const t = useT();
  const { target, year } = form;
  return (
    <Modal
      opened={opened}
      onClose={form.onClose}
      title={
        target ? t('indices.targets.editTitle', { year }) : t('indices.targets.addTitle', { year })
      }
      size="lg"
    >
      {opened && <TargetForm key={target ? `${target.id}:${target.version}` : 'new'} {...form} />}
    </Modal>
  );
}
