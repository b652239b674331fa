import { useState } from 'react';
import { Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { MutationErrorAlert } from '../../components/MutationErrorAlert.tsx';
import { useT } from '../../i18n/index.ts';
import type { PlanDetail } from './api.ts';
import { useCopyPlan } from './excel/api.ts';

/** "Sao chép kế hoạch": the plan as a new draft for another year (deadlines shifted). */
export function CopyPlanModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const copy = useCopyPlan(plan.id);
  const [year, setYear] = useState(plan.year + 1);
  const [title, setTitle] = useState(plan.title.replace(String(plan.year), String(plan.year + 1)));
  return (
    <Modal opened onClose={onClose} title={t('plans.copy.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('plans.copy.hint')}
        </Text>
        <NumberInput
          label={t('plans.form.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => {
            if (typeof v !== 'number') return;
            setTitle(title.replace(String(year), String(v)));
            setYear(v);
          }}
        />
        <TextInput
          label={t('plans.form.planTitle')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <MutationErrorAlert error={copy.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={copy.isPending}
            disabled={!title.trim()}
            onClick={() =>
              copy.mutate(
                { year, title: title.trim() },
                { onSuccess: (next) => void navigate(`/plans/${next.id}`) },
              )
            }
          >
            {t('plans.copy.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
