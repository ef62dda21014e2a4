import * as z from 'zod';

/** Ids are made by whoever creates the element (renderer or host), so commands stay deterministic. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an id');
