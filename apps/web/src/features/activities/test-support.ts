import type { Activity } from '@suotdoi/shared';
import i18next, { type TFunction } from 'i18next';
import { activitiesEn } from '../../i18n/activities.en';
import { activitiesVi } from '../../i18n/activities.vi';

/** Fixtures of the activity helpers' unit tests: an activity as the API sends it, and the real dictionaries. */

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'vi',
  initAsync: false,
  resources: {
    vi: { translation: { activities: activitiesVi } },
    en: { translation: { activities: activitiesEn } },
  },
  interpolation: { escapeValue: false },
});

/** The app's own words in one language, so a test reads what a person would read. */
export const tIn = (lang: 'vi' | 'en'): TFunction => i18n.getFixedT(lang);

/** A Reading Day talk on 21/04/2027 08:00–10:00 in Vietnam, 50 places, published. */
export function activity(over: Partial<Activity> & { id?: number } = {}): Activity {
  return {
    id: 1,
    institution: { id: 501, code: 'TV-NB', name: 'Thư viện tỉnh Ninh Bình' },
    type: 'talk',
    title: 'Nói chuyện chuyên đề: Sách và tuổi trẻ',
    description: null,
    audiences: ['students', 'everyone'],
    observanceCode: 'reading_culture_day',
    startsAt: '2027-04-21T01:00:00.000Z',
    endsAt: '2027-04-21T03:00:00.000Z',
    recurrence: null,
    sessions: [{ id: 11, startsAt: '2027-04-21T01:00:00.000Z', endsAt: '2027-04-21T03:00:00.000Z' }],
    place: 'Hội trường tầng 1',
    onlineUrl: null,
    capacity: 50,
    requiresRegistration: true,
    registrationOpensAt: null,
    registrationClosesAt: null,
    status: 'published',
    cancelReason: null,
    counts: { confirmed: 12, waitlisted: 0, cancelled: 1, checkedIn: 3, headcount: 5, participants: 8 },
    version: 3,
    updatedAt: '2027-04-01T02:00:00.000Z',
    ...over,
  };
}
