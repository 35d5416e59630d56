import { z } from 'zod';

/**
 * A text in both languages of the product (`{ vi, en }`): every header, title, message and
 * sentence the product shows is one of these, so no screen or file is ever half translated.
 */
export const Label = z.object({ vi: z.string().min(1), en: z.string().min(1) });
export type Label = z.infer<typeof Label>;
