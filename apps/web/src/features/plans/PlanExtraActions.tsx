import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { useT } from '../../i18n/index.ts';
import { fetchAndSave, fileSlug } from '../indices/download.ts';
import { notifications } from '@mantine/notifications';
import type { PlanDetail } from './api.ts';
import { CopyPlanModal } from './CopyPlanModal.tsx';
import { appendixUrl } from './excel/api.ts';
import { AppendixImportModal } from './excel/AppendixImportModal.tsx';

/** Excel appendix out and in, and copying the plan as a new draft. */
export function PlanExtraActions({ plan, editable }: { plan: PlanDetail; editable: boolean }) {
  const t = useT();
  const [open, setOpen] = useState<'copy' | 'import' | null>(null);
  const exportExcel = () =>
    fetchAndSave(appendixUrl(plan.id), `phu-luc-${fileSlug(plan.title).slice(0, 60)}.xlsx`).catch(
      (error: unknown) =>
        notifications.show({
          color: 'red',
          message: error instanceof Error ? error.message : t('error.unknown'),
        }),
    );
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default">{t('plans.more')}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void exportExcel()}>{t('plans.excel.export')}</Menu.Item>
          {editable && (
            <Menu.Item onClick={() => setOpen('import')}>{t('plans.excel.import')}</Menu.Item>
          )}
          <Menu.Item onClick={() => setOpen('copy')}>{t('plans.copy.title')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {open === 'copy' && <CopyPlanModal plan={plan} onClose={() => setOpen(null)} />}
      {open === 'import' && <AppendixImportModal plan={plan} onClose={() => setOpen(null)} />}
    </>
  );
}
