import * as z from 'zod';
import { lazySchema } from './lazy-schema';

/** Ids are made by whoever creates the element (renderer or host), so commands stay deterministic. */
export const IdSchema = lazySchema(() =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, 'must be an id'),
);
