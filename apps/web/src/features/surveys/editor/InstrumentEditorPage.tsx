import { useMemo, useState } from 'react';
import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useParams } from 'react-router';
import { validateInstrument } from '@papi/domain';
import { ConfirmModal } from '../../../components/ConfirmModal.tsx';
import { MutationErrorAlert } from '../../../components/MutationErrorAlert.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { useT } from '../../../i18n/index.ts';
import { useUnsavedGuard } from '../../plans/editor/useUnsavedGuard.ts';
import { type InstrumentDetail, useInstrument, usePublishInstrument } from '../runApi.ts';
import { useSaveInstrument } from './editorApi.ts';
import { ElementsEditor } from './ElementsEditor.tsx';
import { IssueSummary } from './IssueSummary.tsx';
import { placeIssues } from './issues.ts';
import { leafElements, newSection, toDocument, toEditor, type EdDoc } from './model.ts';
import { SectionCard } from './SectionCard.tsx';

/** /surveys/instruments/:id/edit — the draft of one instrument, question by question. */
export function InstrumentEditorPage() {
  const id = Number(useParams().id);
  const detail = useInstrument(id);
  // A reload after someone else's save starts the editor again from what is stored.
  const [round, setRound] = useState(0);
  if (!detail.data) return <QueryState error={detail.error} retry={() => void detail.refetch()} />;
  return (
    <Editor
      key={`${detail.data.id}:${round}`}
      detail={detail.data}
      reload={() => void detail.refetch().then(() => setRound((n) => n + 1))}
    />
  );
}

interface Pending {
  si: number;
  qi?: number;
  label: string;
}

function Editor({ detail, reload }: { detail: InstrumentDetail; reload: () => void }) {
  const t = useT();
  const [ed, setEd] = useState<EdDoc>(() => toEditor(detail.draft));
  const [version, setVersion] = useState(detail.version);
  const [saved, setSaved] = useState(() => JSON.stringify(detail.draft));
  const [draftChanged, setDraftChanged] = useState(detail.draftChanged);
  const [latest, setLatest] = useState(detail.latestVersion);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [pending, setPending] = useState<Pending | null>(null);
  const [publishing, setPublishing] = useState(false);
  const save = useSaveInstrument(detail.id);
  const publish = usePublishInstrument();

  const doc = useMemo(() => toDocument(ed), [ed]);
  const issues = useMemo(() => validateInstrument(doc), [doc]);
  const placed = useMemo(() => placeIssues(issues), [issues]);
  const leaves = useMemo(() => leafElements(doc), [doc]);
  const dirty = JSON.stringify(doc) !== saved;
  useUnsavedGuard(dirty, t('surveyEditor.unsaved'));

  const edit = (change: (d: EdDoc) => void) =>
    setEd((prev) => {
      const next = structuredClone(prev);
      change(next);
      return next;
    });
  const toggle = (key: string, force?: boolean) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (force ?? !next.has(key)) next.add(key);
      else next.delete(key);
      return next;
    });
  const show = (key: string) => {
    toggle(key, true);
    requestAnimationFrame(() =>
      document.getElementById(`q-${key}`)?.scrollIntoView({ block: 'center' }),
    );
  };
  const doSave = () => {
    const sent = JSON.stringify(doc);
    save.mutate(
      { version, document: doc },
      {
        onSuccess: (r) => {
          setVersion(r.version);
          setSaved(sent);
          setDraftChanged(r.draftChanged);
          notifications.show({ color: 'green', message: t('surveyEditor.saved') });
        },
      },
    );
  };
  const doPublish = () =>
    publish.mutate(
      { id: detail.id, version },
      {
        onSuccess: (r) => {
          setPublishing(false);
          setVersion(r.version);
          setLatest(r.latestVersion);
          setDraftChanged(r.draftChanged);
          notifications.show({
            color: 'green',
            message: t('surveys.published', { title: r.titleVi, n: r.latestVersion ?? 0 }),
          });
        },
        onError: () => setPublishing(false),
      },
    );
  // Questions are numbered through the whole instrument, as the respondent counts them.
  const firsts = ed.sections.map(
    (_, si) => 1 + ed.sections.slice(0, si).reduce((n, s) => n + s.questions.length, 0),
  );
  const canPublish = !dirty && draftChanged && issues.length === 0;
  const publishHint = dirty
    ? 'surveyEditor.hint.saveFirst'
    : issues.length > 0
      ? 'surveyEditor.hint.fixFirst'
      : !draftChanged
        ? 'surveyEditor.hint.unchanged'
        : null;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/surveys" size="sm">
        ← {t('surveys.title')}
      </Anchor>
      <Group justify="space-between" align="end" wrap="wrap">
        <Stack gap={0}>
          <Title order={2}>{t('surveyEditor.title')}</Title>
          <Text size="sm" c="dimmed">
            {latest === null ? t('surveys.draftOnly') : t('surveyEditor.latest', { n: latest })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} data-testid="save-state">
            {dirty ? t('surveyEditor.dirty') : t('surveyEditor.clean')}
          </Text>
          <Button onClick={doSave} loading={save.isPending} disabled={!dirty}>
            {t('surveyEditor.save')}
          </Button>
          <Button
            variant="light"
            color="green"
            disabled={!canPublish}
            onClick={() => setPublishing(true)}
          >
            {t('surveys.publish')}
          </Button>
        </Group>
      </Group>
      {publishHint && (
        <Text size="xs" c="dimmed" ta="right">
          {t(publishHint)}
        </Text>
      )}
      <MutationErrorAlert
        error={save.error ?? publish.error}
        onReload={() => {
          save.reset();
          publish.reset();
          reload();
        }}
      />
      <Group gap="sm" align="start" wrap="wrap">
        <TextInput
          label={t('surveyEditor.titleVi')}
          value={ed.titleVi}
          maxLength={300}
          onChange={(e) => {
            const titleVi = e.currentTarget.value;
            edit((d) => void (d.titleVi = titleVi));
          }}
          style={{ flex: 2, minWidth: 260 }}
        />
        <TextInput
          label={t('surveyEditor.titleEn')}
          value={ed.titleEn ?? ''}
          maxLength={300}
          onChange={(e) => {
            const titleEn = e.currentTarget.value || undefined;
            edit((d) => void (d.titleEn = titleEn));
          }}
          style={{ flex: 2, minWidth: 220 }}
        />
        <TextInput
          label={t('surveys.code')}
          value={ed.code}
          maxLength={64}
          onChange={(e) => {
            const code = e.currentTarget.value;
            edit((d) => void (d.code = code));
          }}
          w={200}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
      </Group>
      <IssueSummary ed={ed} issues={issues} onShow={show} />
      <ElementsEditor ed={ed} edit={edit} />
      {ed.sections.map((s, si) => (
        <SectionCard
          key={s.key}
          ed={ed}
          si={si}
          firstNumber={firsts[si]!}
          placed={placed}
          leaves={leaves}
          open={open}
          toggle={toggle}
          edit={edit}
          askDelete={setPending}
        />
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() => {
            const s = newSection(ed);
            edit((d) => void d.sections.push(s));
          }}
        >
          {t('surveyEditor.section.add')}
        </Button>
      </Group>
      <ConfirmModal
        opened={pending !== null}
        title={t(
          pending?.qi === undefined
            ? 'surveyEditor.section.deleteTitle'
            : 'surveyEditor.q.deleteTitle',
        )}
        message={t(
          pending?.qi === undefined
            ? 'surveyEditor.section.deleteMessage'
            : 'surveyEditor.q.deleteMessage',
          {
            label: pending?.label ?? '',
          },
        )}
        confirmLabel={t('surveyEditor.q.deleteShort')}
        onClose={() => setPending(null)}
        onConfirm={() => {
          const p = pending;
          setPending(null);
          if (!p) return;
          edit((d) => {
            if (p.qi === undefined) d.sections.splice(p.si, 1);
            else d.sections[p.si]!.questions.splice(p.qi, 1);
          });
        }}
      />
      <ConfirmModal
        opened={publishing}
        title={t('surveyEditor.publishTitle', { n: (latest ?? 0) + 1 })}
        message={t('surveyEditor.publishMessage')}
        confirmLabel={t('surveys.publish')}
        loading={publish.isPending}
        onClose={() => setPublishing(false)}
        onConfirm={doPublish}
      />
    </Stack>
  );
}
