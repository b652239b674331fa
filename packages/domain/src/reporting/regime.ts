/**
 * Reporting regimes (chế độ báo cáo) as data: who reports to whom, the periods with their
 * data window and due dates per level, and what a report contains. Coordinators can add or
 * change regimes without code; these defaults come from the seed plans and Decree 09/2019.
 */
export const REPORTER_LEVELS = ['commune', 'district', 'agency', 'province'] as const;
export type ReporterLevel = (typeof REPORTER_LEVELS)[number];

export const REPORTER_LEVEL_LABELS: Record<ReporterLevel, string> = {
  commune: 'Cấp xã',
  district: 'Cấp huyện',
  agency: 'Sở, ban, ngành',
  province: 'Cấp tỉnh',
};

/** A day of the year relative to the report year: yearOffset -1 is the year before. */
export interface DayRef {
  month: number;
  day: number;
  yearOffset: number;
}

export interface PeriodDef {
  /** Unique in the regime: "H1", "Y". */
  key: string;
  /** "6 tháng đầu năm", "năm". */
  label: string;
  window: { from: DayRef; to: DayRef };
  /** Due date per reporting level (before the working-day shift). */
  due: Partial<Record<ReporterLevel, DayRef>>;
}

export const NARRATIVE_SECTIONS = ['results', 'shortcomings', 'proposals'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];

export const NARRATIVE_LABELS: Record<NarrativeSection, string> = {
  results: 'Kết quả đạt được',
  shortcomings: 'Tồn tại, hạn chế và nguyên nhân',
  proposals: 'Đề xuất, kiến nghị',
};

export interface RegimeContent {
  taskStatuses: boolean;
  indicators: boolean;
  /** Narrative sections written per dimension (D1…D8). */
  narratives: NarrativeSection[];
}

export type RegimeDefinition =
  | {
      trigger: 'periodic';
      levels: ReporterLevel[];
      periods: PeriodDef[];
      content: RegimeContent;
      template: string;
    }
  | {
      trigger: 'event';
      event: 'results_published';
      levels: ReporterLevel[];
      /** Due N days after the event, per level; the window runs from 1 January to the event. */
      dueDays: Partial<Record<ReporterLevel, number>>;
      content: RegimeContent;
      template: string;
    };

export interface RegimeSeed {
  code: string;
  name: string;
  definition: RegimeDefinition;
}

const ref = (month: number, day: number, yearOffset = 0): DayRef => ({ month, day, yearOffset });
const FULL_CONTENT: RegimeContent = {
  taskStatuses: true,
  indicators: true,
  narratives: [...NARRATIVE_SECTIONS],
};
const ALL_LEVELS: ReporterLevel[] = ['commune', 'district', 'agency', 'province'];

/**
 * Defaults. Seed plan 001 (Mộc Châu 2022): data 01/12–31/5 and 01/12–30/11; communes and
 * agencies before 05/6 and 05/12, the receiving level (Phòng Nội vụ → Chủ tịch) before
 * 10/6 and 10/12. Decree 09/2019 art. 12 fixes the windows (15/12–14/6, 15/12–14/12) and
 * leaves due dates to the issuing body: here the same five and ten days after the window.
 */
export const DEFAULT_REGIMES: RegimeSeed[] = [
  {
    code: 'PAPI-KH',
    name: 'Báo cáo kết quả thực hiện Kế hoạch nâng cao Chỉ số PAPI (6 tháng, năm)',
    definition: {
      trigger: 'periodic',
      levels: ALL_LEVELS,
      periods: [
        {
          key: 'H1',
          label: '6 tháng đầu năm',
          window: { from: ref(12, 1, -1), to: ref(5, 31) },
          due: {
            commune: ref(6, 5),
            agency: ref(6, 5),
            district: ref(6, 10),
            province: ref(6, 10),
          },
        },
        {
          key: 'Y',
          label: 'năm',
          window: { from: ref(12, 1, -1), to: ref(11, 30) },
          due: {
            commune: ref(12, 5),
            agency: ref(12, 5),
            district: ref(12, 10),
            province: ref(12, 10),
          },
        },
      ],
      content: FULL_CONTENT,
      template: 'papi-plan-result',
    },
  },
  {
    code: 'ND09',
    name: 'Báo cáo định kỳ theo Nghị định 09/2019/NĐ-CP (6 tháng, năm)',
    definition: {
      trigger: 'periodic',
      levels: ALL_LEVELS,
      periods: [
        {
          key: 'H1',
          label: '6 tháng đầu năm',
          window: { from: ref(12, 15, -1), to: ref(6, 14) },
          due: {
            commune: ref(6, 19),
            agency: ref(6, 19),
            district: ref(6, 24),
            province: ref(6, 24),
          },
        },
        {
          key: 'Y',
          label: 'năm',
          window: { from: ref(12, 15, -1), to: ref(12, 14) },
          due: {
            commune: ref(12, 19),
            agency: ref(12, 19),
            district: ref(12, 24),
            province: ref(12, 24),
          },
        },
      ],
      content: FULL_CONTENT,
      template: 'decree-09',
    },
  },
  {
    // Seed plan 004 (Sa Đéc): "sau 05 ngày kể từ ngày công bố kết quả Chỉ số PAPI".
    code: 'PAPI-KQ',
    name: 'Báo cáo kết quả thực hiện sau khi công bố Chỉ số PAPI',
    definition: {
      trigger: 'event',
      event: 'results_published',
      levels: ALL_LEVELS,
      dueDays: { commune: 5, agency: 5, district: 10, province: 10 },
      content: FULL_CONTENT,
      template: 'papi-results',
    },
  },
];
