/**
 * The demo workspace's session types ("schedules"). IDs are fixed so links and saved
 * filters keep pointing at the same schedule whatever the seed.
 */
export interface ScheduleTemplate {
  _id: string;
  name: string;
  initials: string;
  color: string;
  /** Relative frequency among the day's sessions. */
  weight: number;
  /** Preferred UTC hours (quarter-hour starts are drawn around them). */
  hours: readonly number[];
  public_start_offset: number;
  public_slock_offset: number;
  publish_to_discord: boolean;
  disable_cohost: boolean;
  /** Empty string: no game link (one schedule has none on purpose). */
  game_link: string;
  /** Role groups, highest priority first: group name, slot name, relative share of slots. */
  groups: readonly (readonly [group: string, slot: string, share: number])[];
}

const ALL_DAY = [0, 2, 4, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23];

export const SCHEDULE_TEMPLATES: readonly ScheduleTemplate[] = [
  {
    _id: '65f1a0c2e4b0a1d2c3e4f501',
    name: 'Training',
    initials: 'TR',
    color: '#2563eb',
    weight: 5,
    hours: ALL_DAY,
    public_start_offset: 15,
    public_slock_offset: 10,
    publish_to_discord: true,
    disable_cohost: false,
    game_link: 'https://www.roblox.com/games/4815162342/Cafe-Training-Center',
    groups: [
      ['Trainers', 'Trainer', 3],
      ['Assistants', 'Assistant', 2],
      ['Observers', 'Observer', 1],
      ['Security', 'Security', 1],
    ],
  },
  {
    _id: '65f1a0c2e4b0a1d2c3e4f502',
    name: 'Interview',
    initials: 'IN',
    color: '#7c3aed',
    weight: 3,
    hours: [1, 3, 14, 16, 18, 20, 22],
    public_start_offset: 10,
    public_slock_offset: 5,
    publish_to_discord: false,
    disable_cohost: true,
    game_link: 'https://www.roblox.com/games/2753915549/Interview-Center',
    groups: [
      ['Interviewers', 'Interviewer', 3],
      ['Receptionists', 'Receptionist', 1],
      ['Observers', 'Observer', 1],
    ],
  },
  {
    _id: '65f1a0c2e4b0a1d2c3e4f503',
    name: 'Shift',
    initials: 'SH',
    color: '#059669',
    weight: 6,
    hours: ALL_DAY,
    public_start_offset: 15,
    public_slock_offset: 10,
    publish_to_discord: true,
    disable_cohost: false,
    game_link: 'https://www.roblox.com/games/920587237/Bloxy-Cafe',
    groups: [
      ['Supervisors', 'Supervisor', 1],
      ['Cashiers', 'Cashier', 3],
      ['Receptionists', 'Receptionist', 2],
      ['Security', 'Security', 2],
    ],
  },
  {
    _id: '65f1a0c2e4b0a1d2c3e4f504',
    name: 'Rally / Patrol',
    initials: 'RP',
    color: '#dc2626',
    weight: 2,
    hours: [0, 1, 2, 19, 20, 21, 22, 23],
    public_start_offset: 12,
    public_slock_offset: 8,
    publish_to_discord: true,
    disable_cohost: false,
    game_link: '',
    groups: [
      ['Patrol Leads', 'Patrol Lead', 1],
      ['Security', 'Security', 3],
      ['Medics', 'Medic', 1],
    ],
  },
  {
    _id: '65f1a0c2e4b0a1d2c3e4f505',
    name: 'Staff Meeting',
    initials: 'SM',
    color: '#d97706',
    weight: 1,
    hours: [17, 18, 19, 20],
    public_start_offset: 10,
    public_slock_offset: 5,
    publish_to_discord: true,
    disable_cohost: true,
    game_link: 'https://www.roblox.com/games/6677001234/Staff-Headquarters',
    groups: [
      ['Speakers', 'Speaker', 1],
      ['Note Takers', 'Note Taker', 1],
      ['Ushers', 'Usher', 1],
    ],
  },
  {
    _id: '65f1a0c2e4b0a1d2c3e4f506',
    name: 'Graduation',
    initials: 'GR',
    color: '#db2777',
    weight: 1,
    hours: [18, 19, 20, 21],
    public_start_offset: 15,
    public_slock_offset: 10,
    publish_to_discord: false,
    disable_cohost: false,
    game_link: 'https://www.roblox.com/games/5550123987/Graduation-Hall',
    groups: [
      ['Presenters', 'Presenter', 1],
      ['Ushers', 'Usher', 2],
      ['Security', 'Security', 1],
      ['Photographers', 'Photographer', 1],
    ],
  },
];

/** An inline SVG badge (never a remote URL): a rounded square in the schedule's colour with its initials. */
export function scheduleThumbnail(initials: string, color: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">` +
    `<rect width="128" height="128" rx="24" fill="${color}"/>` +
    `<circle cx="104" cy="24" r="16" fill="#ffffff" fill-opacity="0.25"/>` +
    `<text x="64" y="80" font-family="Arial,Helvetica,sans-serif" font-size="44" font-weight="700" ` +
    `fill="#ffffff" text-anchor="middle">${initials}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** An inline 16:9 SVG "game screenshot": sky, sun and hills in the schedule's colour. */
export function gameThumbnail(color: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180">` +
    `<rect width="320" height="180" fill="#bae6fd"/>` +
    `<circle cx="260" cy="44" r="22" fill="#fde047"/>` +
    `<path d="M0 140 Q80 90 160 135 T320 120 V180 H0 Z" fill="${color}"/>` +
    `<rect x="120" y="100" width="56" height="40" fill="#f8fafc" stroke="#334155" stroke-width="3"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
