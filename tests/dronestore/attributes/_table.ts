// Shared helper: runs a coercion table (input → output, or input → refused) against an attribute.
import { expect, it } from 'vitest';
import { AttributeTypeError, type Attribute } from '@project-hub/dronestore';

/** A row: [input, expected output] or [input, REFUSED]. */
export type Row = readonly [input: unknown, expected: unknown];

/** Marks a row whose input must be refused with an AttributeTypeError. */
export const REFUSED = Symbol('refused');

/** Runs one `it` per row. */
export function coercionTable(attribute: Attribute<unknown>, rows: readonly Row[]): void {
  for (const [input, expected] of rows) {
    const shown = typeof input === 'bigint' ? `${input}n` : String(JSON.stringify(input) ?? input);
    if (expected === REFUSED) {
      it(`refuses ${shown} with an AttributeTypeError`, () => {
        const error = catchError(() => attribute.coerce(input, 'T.attr'));
        expect(error).toBeInstanceOf(AttributeTypeError);
        expect(error).toBeInstanceOf(TypeError);
        expect(error).toMatchObject({ name: 'AttributeTypeError', code: 'ERR_ATTRIBUTE_TYPE' });
        expect((error as Error).message).toMatch(/^\[dronestore\] \[T\.attr[\].[]/);
      });
    } else {
      it(`coerces ${shown}`, () => {
        expect(attribute.coerce(input, 'T.attr')).toEqual(expected);
      });
    }
  }
}

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
