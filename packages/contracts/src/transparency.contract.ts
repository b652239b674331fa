import { z } from 'zod';
import { defineRoute } from './route.ts';

/** The sections of the public transparency page (/cong-khai), in the page's order. */
export const PUBLIC_PAGE_SECTIONS = [
  'plans',
  'progress',
  'reporting',
  'index',
  'surveys',
  'feedback',
] as const;
export type PublicPageSection = (typeof PUBLIC_PAGE_SECTIONS)[number];

/** What the public page shows: on or off as a whole, and each section shown or hidden. */
export const ZPublicPageSetting = z.object({
  enabled: z.boolean(),
  sections: z.object({
    plans: z.boolean(),
    progress: z.boolean(),
    reporting: z.boolean(),
    index: z.boolean(),
    surveys: z.boolean(),
    /** Links to the answered feedback and to the citizens' form (feedbackSectionEnabled). */
    feedback: z.boolean(),
  }),
});
export type TPublicPageSetting = z.infer<typeof ZPublicPageSetting>;

export const getPublicPageSetting = defineRoute({
  method: 'get',
  path: '/api/settings/public-page',
  summary: 'Trang công khai (/cong-khai): bật hay tắt, mục nào được hiện',
  tag: 'Hệ thống',
  response: ZPublicPageSetting.extend({
    /** LibreOffice is installed: plans are offered as PDF besides Word. */
    pdfAvailable: z.boolean(),
  }),
});

export const putPublicPageSetting = defineRoute({
  method: 'put',
  path: '/api/settings/public-page',
  summary: 'Sửa cài đặt trang công khai (quản trị viên, cán bộ điều phối của cả cài đặt)',
  tag: 'Hệ thống',
  body: ZPublicPageSetting,
  response: ZPublicPageSetting.extend({ pdfAvailable: z.boolean() }),
});
