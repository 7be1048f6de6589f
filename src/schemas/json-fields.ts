/**
 * Zod building blocks for the generated JSON files in models/ (the model card, the label-bug
 * results), each with the message its field errors end in: "must be a finite number", "must be
 * an integer >= 1", "must be a number in [0, 1]", "must be an object", "must be an array".
 */
import { z } from 'astro/zod';

export const text = z.string({ error: 'must be a string' });
export const finite = z.number({ error: 'must be a finite number' });

export function integer(min: number) {
  const error = `must be an integer >= ${min}`;
  return z.number({ error }).int({ error }).min(min, { error });
}

export const fraction = z
  .number({ error: 'must be a number in [0, 1]' })
  .min(0, { error: 'must be a number in [0, 1]' })
  .max(1, { error: 'must be a number in [0, 1]' });

export function object<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.object(shape, { error: 'must be an object' });
}

export function array<T extends z.core.SomeType>(item: T) {
  return z.array(item, { error: 'must be an array' });
}
