import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useLang, useT } from '../../i18n/index.ts';
import type { Dimension, Edition, IndexSummary } from './api.ts';
import { useIndices } from './api.ts';

export const DEFAULT_INDEX = 'PAPI';

/** The index and year chosen in the URL (?index=&year=), defaulting to the latest year. */
export function useIndexSelection() {
  const [params, setParams] = useSearchParams();
  const indices = useIndices();
  const items = indices.data?.items;
  const code = params.get('index') ?? DEFAULT_INDEX;
  const summary: IndexSummary | undefined =
    items?.find((item) => item.framework.code === code) ?? items?.[0];
  const years = useMemo(() => (summary?.years ?? []).map((y) => y.year), [summary]);
  const requested = Number(params.get('year'));
  const year = years.includes(requested) ? requested : (years.at(-1) ?? null);

  const update = (changes: Record<string, string | null>) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  };

  return {
    query: indices,
    items: items ?? [],
    summary,
    code: summary?.framework.code ?? code,
    years,
    year,
    params,
    update,
  };
}

export function editionFor(summary: IndexSummary | undefined, year: number | null) {
  if (!summary || year === null) return undefined;
  return summary.framework.editions.find(
    (e) => e.fromYear <= year && (e.toYear === null || year <= e.toYear),
  );
}

/** Labels for "total" and dimension codes in the UI language. */
export function useElementLabels(edition: Edition | undefined) {
  const t = useT();
  const lang = useLang();
  return useMemo(() => {
    const byCode = new Map<string, { short: string; long: string }>();
    for (const d of edition?.dimensions ?? []) {
      byCode.set(d.code, {
        short: lang === 'vi' ? d.shortVi : d.nameEn,
        long: lang === 'vi' ? d.nameVi : d.nameEn,
      });
      for (const s of d.subDimensions) {
        const name = lang === 'vi' ? s.nameVi : s.nameEn;
        byCode.set(s.code, { short: name, long: name });
      }
    }
    const short = (code: string) =>
      code === 'total' ? t('indices.total') : `${code} ${byCode.get(code)?.short ?? ''}`.trim();
    const long = (code: string) =>
      code === 'total' ? t('indices.total') : `${code}. ${byCode.get(code)?.long ?? ''}`;
    return { short, long };
  }, [edition, lang, t]);
}

export function dimensionCodes(edition: Edition | undefined): string[] {
  return (edition?.dimensions ?? []).map((d: Dimension) => d.code);
}
