import { DAY_MS } from '../lib/days';
import type { Random } from './random';
import type { DemoPerson, RawEvent, RawUser } from './types';

/**
 * The demo workspace's staff: Roblox-style usernames with display names, including
 * right-to-left (Arabic), CJK, Cyrillic, Devanagari, emoji and one very long name, so the
 * UI meets them in the demo before it meets them in a real group. User IDs are drawn
 * from the seed by the generator.
 */
export const DEMO_PEOPLE: readonly (readonly [username: string, displayName: string])[] = [
  ['xX_Builder_Xx', 'Builder'],
  ['NovaStrike2009', 'Nova'],
  ['pixel_pancake', 'Pixel Pancake 🥞'],
  ['CaptainMarlow', 'Captain Marlow'],
  ['ItsJustLuna', 'Luna ✨'],
  ['shadow_ranger77', 'Shadow'],
  ['BloxyCola_Fan', 'BloxyCola_Fan'],
  ['TheRealAva_R', 'Ava R.'],
  ['layla_qamar', 'ليلى'],
  ['omar_alfarsi', 'عمر الفارسي'],
  ['sakura_chan04', 'さくら'],
  ['haruto_dev', '陽翔'],
  ['dmitri_volkov', 'Дмитрий'],
  ['anya_petrova', 'Аня Петрова'],
  ['MochiMaker', 'Mochi 🍡'],
  ['jake_the_trainer', 'Jake | Training Dept'],
  ['Sir_Waffleton', 'Sir Waffleton III'],
  ['RobloxianRiley', 'Riley'],
  ['quietstorm_', 'quietstorm_'],
  ['Frostbyte_Gaming', 'Frostbyte ❄️'],
  ['EmberLynx', 'Ember'],
  ['OrbitalOtter', 'Otter 🦦'],
  ['MaximilianTheGreat', 'Maximilian Alexander Bartholomew Featherstonehaugh-Worthington III of Bloxburg'],
  ['noob_slayer_2010', 'noob slayer'],
  ['ZaraQuinn', 'Zara'],
  ['kai_lopez', 'Kai López'],
  ['Ms_Coffeebean', 'Coffee ☕'],
  ['TurboTaco99', 'Turbo Taco'],
  ['vibe_check_vic', 'Vic'],
  ['Jun_Park', '박준'],
  ['mei_lin88', '美玲'],
  ['GamerGranny', 'Granny G 👵'],
  ['ProfessorPickles', 'Prof. Pickles'],
  ['stellar_sam', 'Sam'],
  ['HyperHazel', 'HyperHazel'],
  ['ChocoChip_Chris', 'Chris'],
  ['ironclad_isaac', 'Isaac'],
  ['LunarLeo', 'Leo 🌙'],
  ['NightOwl_Nia', 'Nia'],
  ['yusuf_demir', 'Yusuf Demir'],
  ['fatima_zahra', 'فاطمة الزهراء'],
  ['aleksei_k', 'Алексей'],
  ['PeachyKeen_Pia', 'Pia 🍑'],
  ['bubbleTeaBen', 'Ben'],
  ['AstroAiden', 'Aiden'],
  ['rosa_montoya', 'Rosa Montoya'],
  ['Glitchy_Gabe', 'Gabe'],
  ['hinata_sun', 'ひなた'],
  ['kenji_t', 'ケンジ'],
  ['oliver_official', 'Oliver'],
  ['Sparkle_Sophie', 'Sophie 💖'],
  ['dev_duck', 'Duck Dev'],
  ['lucas_souza', 'Lucas Souza'],
  ['TheLegendaryLiam', 'Liam'],
  ['priya_sharma', 'प्रिया'],
  ['Maple_Syrup_Max', 'Max 🍁'],
  ['Thunder_Theo', 'Theo ⚡'],
  ['cozy_cloud', 'cozy_cloud'],
  ['noah_nguyen', 'Noah Nguyễn'],
  ['Ellie_Everdeen', 'Ellie'],
  ['ZeroGravityZed', 'Zed'],
  ['bloxburg_bella', 'Bella'],
];

/** The username of the person the demo treats as "me" (the token's identity). */
export const DEMO_ME_USERNAME = 'NovaStrike2009';

/** The demo's people, each with a made-up Roblox user ID. */
export function generatePeople(rng: Random): DemoPerson[] {
  const seen = new Set<string>();
  return DEMO_PEOPLE.map(([username, display_name]) => {
    let id: string;
    do {
      id = String(100_000_000 + Math.floor(rng.next() * 4_900_000_000));
    } while (seen.has(id));
    seen.add(id);
    return { id, username, display_name };
  });
}

/**
 * Makes sure "me" holds slots in the coming week, so "my sessions" and the quota have
 * something to show: host of two sessions, co-host of one, a role in two.
 */
export function giveMeSlots(rng: Random, sessions: RawEvent[], now: number, me: DemoPerson, meUser: RawUser) {
  const soon = sessions.filter((event) => {
    const start = Date.parse(event.start);
    return !event.cancelled && start > now && start < now + 7 * DAY_MS;
  });
  if (soon.length === 0) return;
  const taken = new Set<RawEvent>();
  const choose = (candidates: RawEvent[], count: number) => {
    const free = candidates.filter((event) => !taken.has(event));
    const chosen = rng.shuffle(free).slice(0, count);
    for (const event of chosen) taken.add(event);
    return chosen;
  };
  for (const event of choose(soon, 2)) {
    event.host_id = me.id;
    event.host = meUser;
    if (event.co_host_id === me.id) {
      event.co_host_id = '';
      event.co_host = { exists: false };
    }
  }
  for (const event of choose(
    soon.filter((event) => !event.schedule.disable_cohost && event.host_id !== me.id),
    1,
  )) {
    event.co_host_id = me.id;
    event.co_host = meUser;
  }
  for (const event of choose(
    soon.filter((event) => event.servers.length > 0),
    2,
  )) {
    const role = event.servers[0]?.groups[0]?.roles[0];
    if (role) role.user_id = me.id;
  }
}
