import { RECOGNITION_FORMS, RECOGNITION_STATUSES, type SessionRole } from '@suotdoi/shared';
import { describe, expect, it } from 'vitest';
import {
  availableActions,
  decidedByLabel,
  formLabel,
  nomineeDetail,
  nomineeName,
  type RecognitionRights,
  rightsOn,
  shortReason,
  statusLabel,
} from './labels';
import { recognition, tIn } from './test-support';
import { timelineSteps } from './timeline';

describe('form and status labels', () => {
  it('name the four forms in Vietnamese and English', () => {
    expect(RECOGNITION_FORMS.map((f) => formLabel(f, tIn('vi')))).toEqual([
      'Giấy khen của Sở',
      'Bằng khen của UBND tỉnh',
      'Bằng khen của Bộ',
      'Bằng khen của Thủ tướng Chính phủ',
    ]);
    expect(RECOGNITION_FORMS.map((f) => formLabel(f, tIn('en')))).toEqual([
      'Certificate of merit of the Department',
      "Certificate of merit of the provincial People's Committee",
      'Certificate of merit of the Ministry',
      'Certificate of merit of the Prime Minister',
    ]);
  });

  it('name the four statuses', () => {
    expect(RECOGNITION_STATUSES.map((s) => statusLabel(s, tIn('vi')))).toEqual([
      'Đã đề nghị',
      'Đã xét duyệt',
      'Đã khen thưởng',
      'Không khen thưởng',
    ]);
    expect(RECOGNITION_STATUSES.map((s) => statusLabel(s, tIn('en')))).toEqual([
      'Nominated',
      'Reviewed',
      'Granted',
      'Declined',
    ]);
  });

  it('say who decides: the province for its own forms, the Ministry for the national ones', () => {
    expect(decidedByLabel('department_certificate', tIn('vi'))).toBe('Tỉnh xét duyệt và quyết định');
    expect(decidedByLabel('prime_minister_certificate', tIn('en'))).toBe(
      'Reviewed by the province, decided by the Ministry',
    );
  });
});

describe('the nominee', () => {
  it('is the unit for a collective, with no second line', () => {
    expect(nomineeName(recognition())).toBe('Thư viện tỉnh Ninh Bình');
    expect(nomineeDetail(recognition())).toBe('');
  });

  it('is the person for an individual, with the position and unit below', () => {
    const r = recognition({
      nomineeKind: 'individual',
      personName: 'Trần Thị Bình',
      personPosition: 'Thủ thư',
    });
    expect(nomineeName(r)).toBe('Trần Thị Bình');
    expect(nomineeDetail(r)).toBe('Thủ thư, Thư viện tỉnh Ninh Bình');
    expect(nomineeDetail({ ...r, personPosition: null })).toBe('Thư viện tỉnh Ninh Bình');
  });
});

describe('shortReason', () => {
  it('keeps a short reason whole and cuts a long one at a word, with an ellipsis', () => {
    expect(shortReason('Dẫn đầu phong trào')).toBe('Dẫn đầu phong trào');
    const long =
      'Dẫn đầu phong trào đọc sách, tổ chức 120 buổi đọc sách cho thiếu nhi và 30 chuyến xe thư viện lưu động';
    const short = shortReason(long, 40);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(41);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(short).toBe('Dẫn đầu phong trào đọc sách, tổ chức…');
  });
});

describe('availableActions', () => {
  const all: RecognitionRights = { nominate: true, decideProvince: true, decideCountry: true };
  const nominator: RecognitionRights = { nominate: true, decideProvince: false, decideCountry: false };
  const province: RecognitionRights = { nominate: true, decideProvince: true, decideCountry: false };

  it('lets nominators edit and withdraw a nomination, and the province review or decline it', () => {
    expect(availableActions(recognition(), nominator)).toEqual({
      edit: true,
      withdraw: true,
      review: false,
      grant: false,
      decline: false,
    });
    expect(availableActions(recognition(), province)).toEqual({
      edit: true,
      withdraw: true,
      review: true,
      grant: false,
      decline: true,
    });
  });

  it('lets the province grant or decline its own forms once reviewed, and only the country the national ones', () => {
    const reviewed = recognition({ status: 'reviewed' });
    expect(availableActions(reviewed, province).grant).toBe(true);
    expect(availableActions({ ...reviewed, form: 'ministry_certificate' }, province)).toEqual({
      edit: false,
      withdraw: false,
      review: false,
      grant: false,
      decline: false,
    });
    expect(availableActions({ ...reviewed, form: 'ministry_certificate' }, all).grant).toBe(true);
    expect(availableActions(reviewed, nominator)).toEqual({
      edit: false,
      withdraw: false,
      review: false,
      grant: false,
      decline: false,
    });
  });

  it('allows nothing once granted or declined', () => {
    for (const status of ['granted', 'declined'] as const)
      expect(Object.values(availableActions(recognition({ status }), all)).some(Boolean)).toBe(false);
  });
});

describe('rightsOn', () => {
  const role = (r: SessionRole['role'], unitId: number): SessionRole =>
    ({ role: r, unitId, unitName: '', unitCode: '' }) as SessionRole;
  const ancestors = [
    { id: 1, level: 'country' },
    { id: 37, level: 'province' },
    { id: 3701, level: 'commune' },
  ];

  it("gives a province officer the province's decisions but not the country's", () => {
    expect(rightsOn({ roles: [role('province_officer', 37)] }, 501, ancestors, 37)).toEqual({
      nominate: true,
      decideProvince: true,
      decideCountry: false,
    });
  });

  it('lets institution staff nominate their institution and decide nothing', () => {
    expect(rightsOn({ roles: [role('institution_staff', 501)] }, 501, ancestors, 37)).toEqual({
      nominate: true,
      decideProvince: false,
      decideCountry: false,
    });
  });

  it('gives nothing on another province, and everything to a system administrator', () => {
    expect(rightsOn({ roles: [role('province_officer', 38)] }, 501, ancestors, 37)).toEqual({
      nominate: false,
      decideProvince: false,
      decideCountry: false,
    });
    expect(rightsOn({ roles: [role('system_admin', 1)] }, 501, ancestors, 37)).toEqual({
      nominate: true,
      decideProvince: true,
      decideCountry: true,
    });
  });
});

describe('timelineSteps', () => {
  it('shows an open nomination with the review and the decision still to come', () => {
    expect(timelineSteps(recognition()).map((s) => [s.key, s.done, s.by])).toEqual([
      ['nominated', true, 'Nguyễn Văn An'],
      ['reviewed', false, null],
      ['decision', false, null],
    ]);
  });

  it('shows a grant with its review note, decision date and number', () => {
    const steps = timelineSteps(
      recognition({
        status: 'granted',
        reviewedAt: '2026-11-12T03:00:00.000Z',
        reviewedBy: { id: 'u-2', name: 'Lê Văn Cường' },
        reviewNote: 'Đủ điều kiện',
        decisionNumber: '1234/QĐ-UBND',
        decisionDate: '2026-11-20',
        decidedAt: '2026-11-21T03:00:00.000Z',
        decidedBy: { id: 'u-2', name: 'Lê Văn Cường' },
      }),
    );
    expect(steps.map((s) => [s.key, s.done, s.on, s.note])).toEqual([
      ['nominated', true, '2026-11-10', null],
      ['reviewed', true, '2026-11-12T03:00:00.000Z', 'Đủ điều kiện'],
      ['granted', true, '2026-11-20', '1234/QĐ-UBND'],
    ]);
  });

  it('leaves out the review of a nomination declined before it', () => {
    const steps = timelineSteps(
      recognition({
        status: 'declined',
        declineReason: 'Chưa đủ thành tích',
        decidedAt: '2026-11-11T03:00:00Z',
      }),
    );
    expect(steps.map((s) => [s.key, s.note])).toEqual([
      ['nominated', null],
      ['declined', 'Chưa đủ thành tích'],
    ]);
  });
});
