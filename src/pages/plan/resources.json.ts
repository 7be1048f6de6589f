import type { APIRoute } from 'astro';
import { loadSkillResources } from '../../data/skill-resources.ts';
import { conceptResources } from '../../lib/careers/resources.ts';

/**
 * The learning resources the picker and the plan show beside a skill (`ConceptResources`: the
 * first few of each concept's list, without the editors' fields), fetched when first shown.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(conceptResources(loadSkillResources())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
