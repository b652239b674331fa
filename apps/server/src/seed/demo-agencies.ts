import type { TAgency } from '@papi/contracts';

type Kind = TAgency['kind'];

/** Province-level bodies of a typical two-tier province after the 2025 reorganisation. */
export const PROVINCE_AGENCIES: { name: string; shortName: string; kind: Kind }[] = [
  { name: 'Ủy ban nhân dân tỉnh', shortName: 'UBND tỉnh', kind: 'ubnd' },
  { name: 'Văn phòng Ủy ban nhân dân tỉnh', shortName: 'VP UBND', kind: 'ban_nganh' },
  { name: 'Sở Nội vụ', shortName: 'SNV', kind: 'so' },
  { name: 'Sở Tư pháp', shortName: 'STP', kind: 'so' },
  { name: 'Sở Tài chính', shortName: 'STC', kind: 'so' },
  { name: 'Sở Xây dựng', shortName: 'SXD', kind: 'so' },
  { name: 'Sở Nông nghiệp và Môi trường', shortName: 'SNNMT', kind: 'so' },
  { name: 'Sở Y tế', shortName: 'SYT', kind: 'so' },
  { name: 'Sở Giáo dục và Đào tạo', shortName: 'SGDĐT', kind: 'so' },
  { name: 'Sở Khoa học và Công nghệ', shortName: 'SKHCN', kind: 'so' },
  { name: 'Sở Văn hóa, Thể thao và Du lịch', shortName: 'SVHTTDL', kind: 'so' },
  { name: 'Sở Công Thương', shortName: 'SCT', kind: 'so' },
  { name: 'Sở Dân tộc và Tôn giáo', shortName: 'SDTTG', kind: 'so' },
  { name: 'Thanh tra tỉnh', shortName: 'TTr', kind: 'ban_nganh' },
  { name: 'Ban Dân tộc Hội đồng nhân dân tỉnh', shortName: 'Ban DT HĐND', kind: 'ban_nganh' },
  { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', shortName: 'UBMTTQ tỉnh', kind: 'mttq' },
  { name: 'Công an tỉnh', shortName: 'CA tỉnh', kind: 'cong_an' },
  { name: 'Tòa án nhân dân tỉnh', shortName: 'TAND tỉnh', kind: 'toa_an' },
  { name: 'Viện kiểm sát nhân dân tỉnh', shortName: 'VKSND tỉnh', kind: 'vien_kiem_sat' },
  { name: 'Bảo hiểm xã hội tỉnh', shortName: 'BHXH tỉnh', kind: 'khac' },
  { name: 'Báo và Phát thanh, Truyền hình tỉnh', shortName: 'Báo PT-TH', kind: 'khac' },
  { name: 'Trung tâm Phục vụ hành chính công tỉnh', shortName: 'TTPVHCC', kind: 'ban_nganh' },
];

/**
 * A province body's official name: the body, then the province as a common noun and name —
 * "Sở Nội vụ tỉnh Sơn La", "Ủy ban nhân dân thành phố Hà Nội" — as documents name them.
 */
export function provinceAgencyName(body: string, provinceType: string, provinceName: string) {
  const where = `${provinceType.toLowerCase()} ${provinceName}`;
  return `${body.replace(/ tỉnh$/, '')} ${where}`;
}

/** Every commune-level unit gets its People's Committee and its Front committee. */
export function communeAgencies(communeName: string, type: string) {
  const where = `${type.toLowerCase()} ${communeName}`;
  return [
    { name: `Ủy ban nhân dân ${where}`, shortName: `UBND ${where}`, kind: 'ubnd' as Kind },
    {
      name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${where}`,
      shortName: `UBMTTQ ${where}`,
      kind: 'mttq' as Kind,
    },
  ];
}
