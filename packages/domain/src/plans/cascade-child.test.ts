import { describe, expect, it } from 'vitest';
import {
  agencyHeaderName,
  agencyPlanTitle,
  agencySymbol,
  childLead,
  childPlanTitle,
} from './cascade-child.ts';
import type { PlanTask } from './plan.ts';

describe('a child plan of its own', () => {
  it('takes the parent title for the child unit and year', () => {
    const title = (parent: string) =>
      childPlanTitle(parent, 'Tỉnh Sơn La', 'Phường Mộc Châu', 2027);
    expect(title('Thực hiện nâng cao Chỉ số PAPI tỉnh Sơn La năm 2027')).toBe(
      'Thực hiện nâng cao Chỉ số PAPI trên địa bàn phường Mộc Châu năm 2027',
    );
    expect(title('Kế hoạch cải thiện Chỉ số PAPI trên địa bàn tỉnh Sơn La năm 2027')).toBe(
      'Cải thiện Chỉ số PAPI trên địa bàn phường Mộc Châu năm 2027',
    );
    expect(title('Nâng cao Chỉ số PAPI giai đoạn 2026-2030')).toBe(
      'Nâng cao Chỉ số PAPI trên địa bàn phường Mộc Châu năm 2027',
    );
  });

  it('starts each task led by the agency of the unit the parent named, else its committee', () => {
    const unit = [
      { id: '7', name: 'Ủy ban nhân dân phường Mộc Châu', kind: 'ubnd' },
      { id: '8', name: 'Phòng Văn hóa - Xã hội phường Mộc Châu', kind: 'phong' },
    ];
    const task = (lead: PlanTask['lead'], cooperating: PlanTask['cooperating'] = []) =>
      ({ lead, cooperating }) as PlanTask;
    const province = { kind: 'agency' as const, id: '1', name: 'Sở Nội vụ tỉnh Sơn La' };
    expect(childLead(task(province, [{ kind: 'agency', id: '8', name: 'x' }]), unit)).toEqual({
      kind: 'agency',
      id: '8',
      name: 'Phòng Văn hóa - Xã hội phường Mộc Châu',
    });
    const group = { kind: 'group' as const, label: 'UBND các xã, phường', memberIds: ['7'] };
    expect(childLead(task(group), unit)).toMatchObject({ id: '7' });
    expect(childLead(task(province), [])).toBeNull();
  });
});

describe('a department obliged by its province', () => {
  it('gets its own title and symbol', () => {
    expect(
      agencyPlanTitle(
        'Kế hoạch nâng cao Chỉ số PAPI tỉnh Sơn La năm 2026',
        'Tỉnh Sơn La',
        'Sở Nội vụ',
        2026,
      ),
    ).toBe('Nâng cao Chỉ số PAPI của Sở Nội vụ năm 2026');
    expect(agencyHeaderName('Sở Tư pháp tỉnh Sơn La', 'Tỉnh Sơn La')).toBe('Sở Tư pháp');
    expect(agencyHeaderName('Sở Y tế', 'Tỉnh Sơn La')).toBe('Sở Y tế');
    expect(agencySymbol({ name: 'Sở Khoa học và Công nghệ' })).toBe('KH-SKHCN');
    expect(agencySymbol({ name: 'Sở Nội vụ', shortName: '' })).toBe('KH-SNV');
    expect(agencySymbol({ name: 'Ban Dân tộc', shortName: 'bdt' })).toBe('KH-BDT');
  });
});
