import fc from 'fast-check';
import { RACE_FIELDS } from '../../store/race/raceSettings';
import { LAB_FIELDS } from '../../store/schema/labFields';
import { accepts } from '../../store/schema/settingField';

const FIELDS = [...LAB_FIELDS, ...RACE_FIELDS];
const KEYS = FIELDS.map((field) => field.key);

/** Text no field reads as a usable value: wrong type, out of range, not finite, markup, a long run. */
const junkValue = fc.oneof(
  fc.constantFrom('', 'NaN', 'Infinity', '-1', '1e309', '-0x10', '2.5.5', 'true', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '%00', '{"a":1}', '9'.repeat(400)),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.double().map(String),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => String(n * 997 + 0.5)),
);

/** A parameter that must be refused, with a notice: a known key with junk, or a key the app does not know. */
const refused = fc.oneof(
  fc.tuple(fc.constantFrom(...KEYS.filter((key) => key !== 'lanes')), junkValue).filter(([key, value]) => !acceptable(key, value)),
  fc.tuple(fc.constantFrom('pts', 'lanes'), fc.oneof(fc.string({ maxLength: 40 }), fc.base64String({ maxLength: 80 }))),
  fc.tuple(fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !KEYS.includes(key) && !['v', 'pts', 'embed', 'panels', 'controls', 'autoplay'].includes(key)), junkValue),
);

/** The few junk values that happen to be usable for their key (a field whose schema takes them). */
function acceptable(key: string, value: string): boolean {
  const field = FIELDS.find((candidate) => candidate.key === key)!;
  const read = field.codec.read(value);
  return read !== undefined && accepts(field, read);
}

/** Other parameters, usable or not, around the refused one. */
const anyParameter = fc.tuple(fc.oneof(fc.constantFrom(...KEYS, 'v'), fc.string({ maxLength: 8 })), fc.oneof(junkValue, fc.constantFrom('1', '0', '0.5', '3', 'gd', 'full')));

/**
 * Query strings that each hold at least one parameter the app must refuse with a notice, among others; encoded
 * the way a browser sends them, and some cut short or broken in their percent-encoding.
 */
const malformedQuery = fc
  .tuple(refused, fc.array(anyParameter, { maxLength: 6 }), fc.boolean(), fc.nat())
  .map(([bad, others, breakEncoding, where]) => {
    const pairs = [...others];
    pairs.splice(where % (others.length + 1), 0, bad);
    const query = pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
    return breakEncoding ? `${query}&x=%E0%A4%A` : query;
  });

/** `count` malformed queries, the same ones on every run (a fixed seed). */
export function malformedQueries(count: number, seed = 20261126): string[] {
  return fc.sample(malformedQuery, { seed, numRuns: count });
}
