import { DEMO_WORKSPACE_ID } from '../hyra/runtime-config';
import type { Permissions, WeekDayName } from '../hyra/schemas';
import { DAY_MS, isDay } from '../lib/days';
import { DEMO_ME_USERNAME, generatePeople, giveMeSlots } from './people';
import { DEFAULT_DEMO_PERMISSIONS } from './permissions';
import { alignMyQuota } from './quota';
import { createRandom, seedFrom, type Random } from './random';
import { gameThumbnail, SCHEDULE_TEMPLATES, scheduleThumbnail, type ScheduleTemplate } from './schedules';
import type {
  DemoPerson,
  DemoWorkspace,
  RawEvent,
  RawPolyfillGroup,
  RawRole,
  RawRoleGroup,
  RawSchedule,
  RawServer,
  RawSubhost,
  RawUser,
} from './types';

export { DEMO_WORKSPACE_ID };

export const MINUTE_MS = 60_000;

/**
 * The demo marks a session in progress when it started at most this many minutes ago
 * (Hyra has no end time; this is the demo's own choice).
 */
export const IN_PROGRESS_MINUTES = 45;

/** Sessions starting within this many days may already have servers. */
const NEAR_FUTURE_DAYS = 3;
/** How likely any one slot goes to "me" when the generator fills it. */
const ME_SHARE = 0.03;

export interface GeneratorOptions {
  seed: number;
  /** `YYYY-MM-DD`: the UTC day everything is relative to. */
  today: string;
  /** Epoch ms that "in progress", "past" and "future" are measured from. Default: noon UTC of `today`. */
  now?: number;
  /** Days generated before `today` (default 42). */
  daysBefore?: number;
  /** Days generated after `today` (default 42). */
  daysAfter?: number;
  /** Sessions per day, both inclusive (default [3, 12]). */
  perDay?: readonly [number, number];
  /** Most servers a session can have (default 4). */
  maxServers?: number;
  /** Role slots per server, both inclusive, spread over 2–4 groups (default [8, 16]). */
  rolesPerServer?: readonly [number, number];
  permissions?: Partial<Permissions>;
  weekStartsOn?: WeekDayName;
  workspaceId?: string;
}

type Phase = 'past' | 'live' | 'near' | 'far';

/** Per-phase odds: [host taken, co-host taken, role taken, extra-server host, extra-server co-host]. */
const FILL: Record<
  Phase,
  { host: number; cohost: number; role: number; subhost: number; subcohost: number }
> = {
  past: { host: 0.92, cohost: 0.7, role: 0.85, subhost: 0.85, subcohost: 0.6 },
  live: { host: 0.9, cohost: 0.7, role: 0.75, subhost: 0.85, subcohost: 0.6 },
  near: { host: 0.6, cohost: 0.4, role: 0.4, subhost: 0.5, subcohost: 0.35 },
  far: { host: 0.3, cohost: 0.15, role: 0.2, subhost: 0.3, subcohost: 0.2 },
};

interface ServerTemplate {
  groups: { name: string; priority: number; roles: string[] }[];
}

const iso = (ms: number) => new Date(ms).toISOString();
const wholeSeconds = (ms: number) => Math.floor(ms / 1000) * 1000;

/** The seeded demo workspace: people, schedules and every session from `today - daysBefore` to `today + daysAfter`. */
export function generateWorkspace(options: GeneratorOptions): DemoWorkspace {
  const {
    seed,
    today,
    daysBefore = 42,
    daysAfter = 42,
    perDay = [3, 12],
    maxServers = 4,
    rolesPerServer = [8, 16],
    weekStartsOn = 'monday',
    workspaceId = DEMO_WORKSPACE_ID,
  } = options;
  if (!isDay(today)) throw new RangeError(`today must be YYYY-MM-DD, got "${today}"`);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const now = options.now ?? todayMs + 12 * 60 * MINUTE_MS;

  const people = generatePeople(createRandom(seedFrom(seed, 'people')));
  const me = people.find((person) => person.username === DEMO_ME_USERNAME) ?? (people[0] as DemoPerson);
  const others = people.filter((person) => person !== me);
  const users = new Map<string, RawUser>(
    people.map((person) => [
      person.id,
      { exists: true, id: person.id, username: person.username, display_name: person.display_name },
    ]),
  );
  const userOf = (person: DemoPerson) => users.get(person.id) as RawUser;
  const pickPerson = (rng: Random) => (rng.chance(ME_SHARE) ? me : rng.pick(others));

  const srng = createRandom(seedFrom(seed, 'schedules'));
  const schedules = SCHEDULE_TEMPLATES.map((template) =>
    buildSchedule(template, srng, todayMs, rolesPerServer),
  );

  const sessions: RawEvent[] = [];
  const nowDayMs = Math.floor(now / DAY_MS) * DAY_MS;

  for (let offset = -daysBefore; offset <= daysAfter; offset++) {
    const dayMs = todayMs + offset * DAY_MS;
    const rng = createRandom(seedFrom(seed, 'day', iso(dayMs).slice(0, 10)));
    const count = rng.int(perDay[0], perDay[1]);

    const starts: { ms: number; index: number; adhoc: boolean; live: boolean }[] = [];
    for (let i = 0; i < count; i++) {
      const index = rng.weighted(SCHEDULE_INDEXES, SCHEDULE_WEIGHTS);
      const template = SCHEDULE_TEMPLATES[index] as ScheduleTemplate;
      const hour = rng.chance(0.8) ? rng.pick(template.hours) : rng.int(0, 23);
      const adhoc = rng.chance(0.04);
      const minute = rng.int(0, 3) * 15 + (adhoc ? rng.pick([0, 5, 10]) : 0);
      starts.push({ ms: dayMs + (hour * 60 + minute) * MINUTE_MS, index, adhoc, live: false });
    }
    // Make sure the day of `now` has a session in progress.
    const first = starts[0];
    if (dayMs === nowDayMs && first) {
      const quarter = Math.floor(now / (15 * MINUTE_MS)) * 15 * MINUTE_MS;
      first.ms = quarter - 15 * MINUTE_MS >= dayMs ? quarter - 15 * MINUTE_MS : quarter;
      first.adhoc = false;
      first.live = true;
    }
    starts.sort((a, b) => a.ms - b.ms);

    for (const slot of starts) {
      const schedule = schedules[slot.index] as BuiltSchedule;
      sessions.push(buildEvent(rng, slot.ms, slot.adhoc, slot.live, schedule));
    }
  }

  function buildEvent(
    rng: Random,
    start: number,
    adhoc: boolean,
    forceLive: boolean,
    built: BuiltSchedule,
  ): RawEvent {
    const { schedule, polyfill, template } = built;
    const cancelled = !forceLive && rng.chance(0.05);
    const inProgress = !cancelled && start <= now && start > now - IN_PROGRESS_MINUTES * MINUTE_MS;
    const phase: Phase =
      start <= now
        ? inProgress
          ? 'live'
          : 'past'
        : start - now <= NEAR_FUTURE_DAYS * DAY_MS
          ? 'near'
          : 'far';
    const odds = FILL[phase];

    let createdAt = adhoc
      ? start - rng.int(5, 120) * MINUTE_MS
      : start - rng.int(3, 28) * DAY_MS - rng.int(0, 1439) * MINUTE_MS;
    if (createdAt > now) createdAt = now - rng.int(1, 2880) * MINUTE_MS;
    createdAt = wholeSeconds(createdAt);
    const lastTouch = Math.min(now, Math.max(createdAt, start + 2 * 60 * MINUTE_MS));
    const updatedAt = wholeSeconds(createdAt + rng.next() * (lastTouch - createdAt));

    const host = rng.chance(odds.host) ? pickPerson(rng) : undefined;
    let cohost: DemoPerson | undefined;
    if (!schedule.disable_cohost && rng.chance(odds.cohost)) {
      cohost = pickPerson(rng);
      if (cohost === host) cohost = rng.pick(others.filter((person) => person !== host));
    }

    let serverCount = 0;
    if (!cancelled && maxServers > 0) {
      if (phase === 'past' || phase === 'live') {
        serverCount = phase === 'past' && rng.chance(0.08) ? 0 : 1 + Math.floor(rng.next() ** 2 * maxServers);
      } else if (phase === 'near' && rng.chance(0.5)) {
        serverCount = rng.int(1, Math.min(2, maxServers));
      }
    }

    const servers: RawServer[] = [];
    const subhosting: RawSubhost[] = [];
    for (let s = 0; s < serverCount; s++) {
      const serverCreated = wholeSeconds(
        Math.min(
          start - template.public_start_offset * MINUTE_MS - rng.int(0, 30) * MINUTE_MS,
          now - rng.int(1, 600) * MINUTE_MS,
        ),
      );
      const serverUpdated = wholeSeconds(Math.min(now, serverCreated + rng.int(1, 120) * MINUTE_MS));
      const server: RawServer = {
        _id: rng.objectId(),
        created_by: (s === 0 && host ? host : pickPerson(rng)).id,
        status: phase === 'past' ? 'ended' : 'active',
        createdAt: iso(serverCreated),
        updatedAt: iso(serverUpdated),
        groups: fillGroups(rng, built.serverTemplate, odds.role),
      };
      if (rng.chance(0.75)) server.source = 'web';
      servers.push(server);
      if (s === 0) continue;
      if (rng.chance(odds.subhost)) {
        const person = pickPerson(rng);
        const entry: RawSubhost = { server_id: server._id, user_id: person.id, user: userOf(person) };
        if (rng.chance(0.5)) entry.type = 'host_id';
        subhosting.push(entry);
      }
      if (!schedule.disable_cohost && rng.chance(odds.subcohost)) {
        const person = pickPerson(rng);
        subhosting.push({
          server_id: server._id,
          type: 'co_host_id',
          user_id: person.id,
          user: userOf(person),
        });
      }
    }

    return {
      _id: rng.objectId(),
      start: iso(start),
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
      in_progress: inProgress,
      cancelled,
      adhoc,
      schedule,
      host_id: host?.id ?? '',
      co_host_id: cohost?.id ?? '',
      host: host ? userOf(host) : { exists: false },
      co_host: cohost ? userOf(cohost) : { exists: false },
      servers,
      polyfill,
      subhosting,
    };
  }

  function fillGroups(rng: Random, template: ServerTemplate, fill: number): RawRoleGroup[] {
    return template.groups.map((group) => ({
      _id: rng.objectId(),
      name: group.name,
      priority: group.priority,
      roles: group.roles.map((name): RawRole => {
        const _id = rng.objectId();
        if (rng.chance(fill)) return { _id, name, user_id: pickPerson(rng).id };
        const form = rng.int(0, 2);
        return form === 0
          ? { _id, name, user_id: '' }
          : form === 1
            ? { _id, name, user_id: null }
            : { _id, name };
      }),
    }));
  }

  giveMeSlots(createRandom(seedFrom(seed, 'me')), sessions, now, me, userOf(me));
  const permissions = alignMyQuota(createRandom(seedFrom(seed, 'quota')), sessions, {
    ...{ me, meUser: userOf(me), others, userOf, today, now, weekStartsOn },
    permissions: { ...DEFAULT_DEMO_PERMISSIONS, ...options.permissions },
  });

  return {
    workspaceId,
    seed,
    today,
    weekStartsOn,
    permissions,
    me,
    people,
    schedules: schedules.map((built) => built.schedule),
    sessions,
  };
}

const SCHEDULE_INDEXES = SCHEDULE_TEMPLATES.map((_, i) => i);
const SCHEDULE_WEIGHTS = SCHEDULE_TEMPLATES.map((template) => template.weight);

interface BuiltSchedule {
  template: ScheduleTemplate;
  schedule: RawSchedule;
  polyfill: RawPolyfillGroup[];
  serverTemplate: ServerTemplate;
}

function buildSchedule(
  template: ScheduleTemplate,
  rng: Random,
  todayMs: number,
  rolesPerServer: readonly [number, number],
): BuiltSchedule {
  const updatedAt = iso(wholeSeconds(todayMs - rng.int(20, 90) * DAY_MS + rng.int(0, 1439) * MINUTE_MS));
  const groupCount = Math.min(template.groups.length, rng.int(2, 4));
  const groups = template.groups.slice(0, groupCount);
  const total = Math.max(groupCount, rng.int(rolesPerServer[0], rolesPerServer[1]));
  const counts = groups.map(() => 1);
  const shares = groups.map(([, , share]) => share);
  const indexes = groups.map((_, i) => i);
  for (let k = groupCount; k < total; k++) {
    const i = rng.weighted(indexes, shares);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  // Priorities follow the template; the array order is shuffled so the UI has to sort.
  const ordered = rng.shuffle(
    groups.map(([name, slot], i) => {
      const n = counts[i] ?? 1;
      return {
        name,
        priority: i + 1,
        roles: Array.from({ length: n }, (_, k) => (n === 1 ? slot : `${slot} ${k + 1}`)),
      };
    }),
  );
  const polyfill: RawPolyfillGroup[] = ordered.map((group) => ({
    _id: rng.objectId(),
    name: group.name,
    priority: group.priority,
    createdAt: updatedAt,
    updatedAt,
    roles: group.roles.map((name) => ({ _id: rng.objectId(), name })),
  }));
  const schedule: RawSchedule = {
    _id: template._id,
    name: template.name,
    public_start_offset: template.public_start_offset,
    public_slock_offset: template.public_slock_offset,
    publish_to_discord: template.publish_to_discord,
    disable_cohost: template.disable_cohost,
    game_link: template.game_link,
    thumbnail_url: scheduleThumbnail(template.initials, template.color),
    game_thumbnail_url: template.game_link ? gameThumbnail(template.color) : '',
    roles: Array.from({ length: rng.int(1, 3) }, () => rng.objectId()),
    updatedAt,
  };
  return { template, schedule, polyfill, serverTemplate: { groups: ordered } };
}
