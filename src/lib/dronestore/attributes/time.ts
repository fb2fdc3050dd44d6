// Time (a stamp in nanoseconds) and DateTime (a Date, stored as ISO 8601) attributes.
import { decodeStamp, encodeStamp, NS_PER_MS, type Stamp } from '../clock.ts';
import type { Json } from '../json.ts';
import { Attribute } from './attribute.ts';

/**
 * A stamp: nanoseconds since the epoch as a bigint. Accepts bigints, whole numbers >= 0, digit
 * strings and Dates (converted from milliseconds). Stored as a number, or a string beyond 2^53.
 * @example new TimeAttribute().coerce(new Date(1)) // 1000000n
 */
export class TimeAttribute extends Attribute<Stamp | null> {
  readonly kind = 'time';

  protected coerceValue(value: unknown, label: string): Stamp {
    if (typeof value === 'bigint')
      return value >= 0n ? value : this.refuse(value, label, 'negative');
    if (value instanceof Date) {
      const ms = value.getTime();
      return Number.isNaN(ms) || ms < 0 ? this.refuse(value, label) : BigInt(ms) * NS_PER_MS;
    }
    try {
      return decodeStamp(value);
    } catch {
      return this.refuse(value, label);
    }
  }

  override toData(value: Stamp | null): Json {
    return value === null ? null : encodeStamp(value);
  }
}

/**
 * A date and time: a Date, or an ISO 8601 string parsed into one; stored as an ISO string.
 * @example new DateTimeAttribute().coerce('2011-12-01T10:00:00Z').toISOString() // '2011-12-01T10:00:00.000Z'
 */
export class DateTimeAttribute extends Attribute<Date | null> {
  readonly kind = 'datetime';

  protected coerceValue(value: unknown, label: string): Date {
    if (value instanceof Date) {
      return Number.isNaN(value.getTime()) ? this.refuse(value, label) : new Date(value.getTime());
    }
    const match = typeof value === 'string' ? ISO_8601.exec(value.trim()) : null;
    if (match && isCalendarDate(match[0])) {
      // A time without a zone is read as UTC, so every machine reads the same instant.
      const text = match[0].replace(' ', 'T') + (match[1] && !match[4] ? 'Z' : '');
      const date = new Date(text);
      if (!Number.isNaN(date.getTime())) return date;
    }
    return this.refuse(value, label, 'expected a Date or an ISO 8601 string');
  }

  override toData(value: Date | null): Json {
    return value === null ? null : value.toISOString();
  }
}

const ISO_8601 = /^[+-]?\d{4,6}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$/;

/** True when the date part names a real day ('2011-02-30' does not; Date would roll it over). */
function isCalendarDate(text: string): boolean {
  const [, year, month, day] = (/^([+-]?\d+)-(\d\d)-(\d\d)/.exec(text) ?? []).map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
