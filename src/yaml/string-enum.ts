import { Type, type TUnsafe } from '@sinclair/typebox';

/**
 * A string limited to a few values, written as a JSON Schema "enum" (one clear message and
 * editor completion) instead of a union of literals (one message per literal).
 */
export function StringEnum<const T extends readonly string[]>(values: T, options: { description?: string } = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}
