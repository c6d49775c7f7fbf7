import {
  EN_FIRST_NAMES,
  EN_LAST_NAMES,
  MAIL_DOMAINS,
  RU_FEMALE,
  RU_FIRST_NAMES,
  RU_LAST_NAMES,
} from './fake-vocabulary';
import type { Random } from './prng';

export interface FakePerson {
  first_name: string;
  last_name: string;
  name: string;
  /** Digits only, with the country code: what telephony sends. */
  phoneDigits: string;
  /** The phone as a person typed it into a form or a manager into a card. */
  phone: string;
  email: string;
  isRussian: boolean;
}

const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
const latin = (text: string): string => [...text.toLowerCase()].map((ch) => TRANSLIT[ch] ?? ch).join('');

function russianPhone(random: Random): { digits: string; typed: string } {
  const code = random.pick(['916', '925', '903', '967', '985', '912', '950', '999']);
  const rest = String(random.int(1000000, 9999999));
  const digits = `7${code}${rest}`;
  const typed = random.pick([
    `+${digits}`,
    `+7 ${code} ${rest.slice(0, 3)}-${rest.slice(3, 5)}-${rest.slice(5)}`,
    `8 (${code}) ${rest.slice(0, 3)}-${rest.slice(3, 5)}-${rest.slice(5)}`,
  ]);
  return { digits, typed };
}

function foreignPhone(random: Random): { digits: string; typed: string } {
  const digits = random.chance(0.5) ? `1415555${random.int(1000, 9999)}` : `44770090${random.int(1000, 9999)}`;
  return { digits, typed: `+${digits}` };
}

export function fakePerson(random: Random): FakePerson {
  const isRussian = random.chance(0.75);
  let first: string;
  let last: string;
  if (isRussian) {
    first = random.pick(RU_FIRST_NAMES);
    const [male, female] = random.pick(RU_LAST_NAMES);
    last = RU_FEMALE.has(first) ? female : male;
  } else {
    first = random.pick(EN_FIRST_NAMES);
    last = random.pick(EN_LAST_NAMES);
  }
  const phone = isRussian ? russianPhone(random) : foreignPhone(random);
  const local = `${latin(first)}.${latin(last)}${random.chance(0.4) ? random.int(1, 99) : ''}`;
  return {
    first_name: first,
    last_name: last,
    name: `${first} ${last}`,
    phoneDigits: phone.digits,
    phone: phone.typed,
    email: `${local}@${random.pick(MAIL_DOMAINS)}`,
    isRussian,
  };
}

export function fakeIp(random: Random): string {
  return `${random.pick([5, 31, 46, 77, 91, 95, 176, 178, 188, 213])}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
}
