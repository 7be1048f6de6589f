import type { APIRoute } from 'astro';
import { getPathsData } from '../../data/paths.ts';

/**
 * Careers, skills, the skill vocabulary, starting points and FAQ questions for the role picker and
 * the personal plan (`PathsData`). Fetched when the reader first uses the picker or opens the plan.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getPathsData()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
