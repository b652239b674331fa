import { formatDate, formatDecimal, formatSigned } from '../../../i18n/format.ts';
import type { Lang, Translate as T } from '../../../i18n/index.ts';
import type { Association, Impact } from './api.ts';

/** "Tăng 3 bậc (từ 20 lên 17)", "Hạng 5; không so sánh…": the rank line. */
export function rankText(s: Impact['standing'], t: T): string {
  if (s.rank === null) return t('impact.rank.none');
  if (s.places === null) return t('impact.rank.notComparable', { rank: s.rank });
  if (s.places > 0)
    return t('impact.rank.up', { places: s.places, previous: s.previousRank ?? '', rank: s.rank });
  if (s.places < 0)
    return t('impact.rank.down', {
      places: -s.places,
      previous: s.previousRank ?? '',
      rank: s.rank,
    });
  return t('impact.rank.same', { rank: s.rank });
}

export function groupText(s: Impact['standing'], t: T): string | null {
  if (s.groupSteps === null) return null;
  if (s.groupSteps > 0) return t('impact.group.up', { steps: s.groupSteps });
  if (s.groupSteps < 0) return t('impact.group.down', { steps: -s.groupSteps });
  return t('impact.group.same');
}

/** The test's name, said plainly (which test, how many splits or draws, the seed). */
export function testText(test: NonNullable<Association['test']>, t: T, lang: Lang): string {
  return test.method === 'exact'
    ? t('impact.test.exact', { n: formatDecimal(test.permutations, lang, 0) })
    : t('impact.test.monteCarlo', {
        n: formatDecimal(test.permutations, lang, 0),
        seed: test.seed ?? '',
      });
}

const pText = (p: number, lang: Lang) =>
  p < 0.001 ? `< ${formatDecimal(0.001, lang, 3)}` : formatDecimal(p, lang, 3);

/** One sentence on the comparison across provinces: n per group, the test or why none. */
export function associationText(a: Association, t: T, lang: Lang): string {
  if (!a.comparable) return t('impact.assoc.few', { n: a.provincesWithTaskData });
  if (!a.test) return t('impact.assoc.tooFew', { with: a.withTasks.n, without: a.withoutTasks.n });
  return t('impact.assoc.result', {
    with: a.withTasks.n,
    without: a.withoutTasks.n,
    meanWith: formatSigned(a.withTasks.meanChange ?? 0, lang),
    meanWithout: formatSigned(a.withoutTasks.meanChange ?? 0, lang),
    diff: formatSigned(a.difference ?? 0, lang),
    test: testText(a.test, t, lang),
    p: pText(a.test.pValue, lang),
  });
}

export function methodText(s: Impact, t: T, lang: Lang): string {
  return t('impact.method', {
    dimension: formatDecimal(s.thresholds.dimension, lang),
    sub: formatDecimal(s.thresholds.subDimension, lang),
    from: formatDate(s.taskWindow.from),
    to: formatDate(s.taskWindow.to),
    year: s.year,
    end: formatDate(s.surveyEnd),
  });
}
