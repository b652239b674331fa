import { useEffect, useMemo, useState } from 'react';
import type { PlanTask } from '@papi/domain';
import { Button, Divider, Group, Paper, Stack } from '@mantine/core';
import { SaveErrorAlert } from '../SaveErrorAlert.tsx';
import { useT } from '../../../i18n/index.ts';
import { useAgencies } from '../../agencies/api.ts';
import { useUpdatePlan } from '../api.ts';
import type { PlanDetail } from '../api.ts';
import { EditorTitleBar } from '../editor/EditorTitleBar.tsx';
import { useUnsavedGuard } from '../editor/useUnsavedGuard.ts';
import { BasesSection } from './BasesSection.tsx';
import { FreeSections } from './FreeSections.tsx';
import { HeaderSection } from './HeaderSection.tsx';
import { OptionalTextField } from './OptionalTextField.tsx';
import { ObligationsSection } from './ObligationsSection.tsx';
import { ResponsibilitiesSection } from './ResponsibilitiesSection.tsx';
import { ObligeAllButton } from '../cascade/ObligeAllButton.tsx';
import { SignerSection } from './SignerSection.tsx';
import { StringListField } from './StringListField.tsx';
import type { BodyDraft, PlanBody } from './types.ts';

/** The form shows "Lưu: VT." where Nơi nhận has no archive line yet; it saves what it shows. */
const draftOf = (plan: PlanDetail): BodyDraft => ({
  title: plan.title,
  year: plan.year,
  period: plan.period,
  body: plan.body.recipients.archive
    ? plan.body
    : {
        ...plan.body,
        recipients: { ...plan.body.recipients, archive: { holders: ['VT'], copies: null } },
      },
});

/** Paragraph lists are edited one per line; blank lines are dropped only when saving. */
function cleaned(body: PlanBody): PlanBody {
  const clean = (list: string[]) => list.map((p) => p.trim()).filter(Boolean);
  return {
    ...body,
    purpose: clean(body.purpose),
    requirements: clean(body.requirements),
    recipients: { ...body.recipients, lines: clean(body.recipients.lines) },
    responsibilities: body.responsibilities.map((r) => ({ ...r, paragraphs: clean(r.paragraphs) })),
    sections: body.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => ({ ...b, paragraphs: clean(b.paragraphs) })),
    })),
  };
}

interface Props {
  plan: PlanDetail;
  version: () => number;
  onSaved: (plan: PlanDetail) => void;
  onReload: () => void;
  onDirty: (dirty: boolean) => void;
}

/** The document parts of a draft: header, bases, body sections, duties, recipients, signer. */
export function PlanBodyForm({ plan, version, onSaved, onReload, onDirty }: Props) {
  const t = useT();
  const [draft, setDraft] = useState(() => draftOf(plan));
  const [base, setBase] = useState(() => JSON.stringify(draftOf(plan)));
  const dirty = useMemo(() => JSON.stringify(draft) !== base, [draft, base]);
  const save = useUpdatePlan(plan.id);
  const agencies = useAgencies({ unitId: plan.unit.id, pageSize: 500 });
  const options = useMemo(
    () =>
      (agencies.data?.items ?? []).map((a) => ({
        id: a.id,
        name: a.name,
        shortName: a.shortName,
        active: a.active,
      })),
    [agencies.data],
  );
  useUnsavedGuard(dirty, t('plans.editor.unsaved'));
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  // Another save of this plan (the appendix) while the form is clean: show the new data.
  const [seen, setSeen] = useState(plan);
  if (seen !== plan) {
    setSeen(plan);
    if (!dirty) {
      setDraft(draftOf(plan));
      setBase(JSON.stringify(draftOf(plan)));
    }
  }

  const body = draft.body;
  // The saved tasks' leads, in the shape the domain reads (ids as text).
  const tasks = useMemo(
    () => plan.tasks.map((x) => ({ lead: x.lead as PlanTask['lead'] })),
    [plan.tasks],
  );
  const setBody = (patch: Partial<PlanBody>) => setDraft({ ...draft, body: { ...body, ...patch } });
  const submit = () => {
    const sent = { ...draft, body: cleaned(draft.body) };
    save.mutate(
      { version: version(), body: sent },
      {
        onSuccess: (next) => {
          onSaved(next);
          setDraft(draftOf(next));
          setBase(JSON.stringify(draftOf(next)));
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <EditorTitleBar title={t('plans.body.title')} dirty={dirty}>
          <Button
            size="xs"
            variant="default"
            disabled={!dirty}
            onClick={() => setDraft(JSON.parse(base) as BodyDraft)}
          >
            {t('plans.editor.discard')}
          </Button>
          <Button
            size="xs"
            onClick={submit}
            loading={save.isPending}
            disabled={!dirty || !draft.title.trim()}
          >
            {t('plans.editor.save')}
          </Button>
        </EditorTitleBar>
        <SaveErrorAlert
          error={save.error}
          onReload={() => {
            setBase(JSON.stringify(draft));
            save.reset();
            onReload();
          }}
        />
        <HeaderSection draft={draft} onChange={setDraft} />
        <Divider />
        <BasesSection value={body.bases} onChange={(bases) => setBody({ bases })} />
        <OptionalTextField
          label={t('plans.body.preamble')}
          value={body.preamble}
          onChange={(preamble) => setBody({ preamble })}
        />
        <Divider />
        <StringListField
          label={t('plans.body.purpose')}
          value={body.purpose}
          onChange={(purpose) => setBody({ purpose })}
          addLabel={t('plans.body.addItem')}
        />
        <StringListField
          label={t('plans.body.requirements')}
          value={body.requirements}
          onChange={(requirements) => setBody({ requirements })}
          addLabel={t('plans.body.addItem')}
        />
        <FreeSections value={body.sections} onChange={(sections) => setBody({ sections })} />
        <Divider />
        <ResponsibilitiesSection
          planId={plan.id}
          value={body.responsibilities}
          onChange={(responsibilities) => setBody({ responsibilities })}
          agencies={options}
          tasks={tasks}
        />
        <ObligationsSection
          unitId={plan.unit.id}
          value={body.obligations}
          onChange={(obligations) => setBody({ obligations })}
        />
        <Group gap="sm">
          {(
            [
              // Communes below a province (or district); departments of a People's
              // Committee's own plan (a department's plan does not oblige its peers).
              plan.unit.level !== 'commune' ? 'commune' : null,
              plan.unit.level !== 'commune' && plan.agencyId === null ? 'department' : null,
            ] as const
          ).map(
            (level) =>
              level && (
                <ObligeAllButton
                  key={level}
                  level={level}
                  plan={plan}
                  version={version}
                  disabled={dirty}
                  onSaved={(next) => {
                    onSaved(next);
                    setDraft(draftOf(next));
                    setBase(JSON.stringify(draftOf(next)));
                  }}
                />
              ),
          )}
        </Group>
        <OptionalTextField
          label={t('plans.body.closing')}
          value={body.closing}
          onChange={(closing) => setBody({ closing })}
        />
        <Divider />
        <SignerSection
          recipients={body.recipients}
          signer={body.signer}
          onRecipients={(recipients) => setBody({ recipients })}
          onSigner={(signer) => setBody({ signer })}
        />
        <Group justify="flex-end">
          <Button
            onClick={submit}
            loading={save.isPending}
            disabled={!dirty || !draft.title.trim()}
          >
            {t('plans.editor.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
