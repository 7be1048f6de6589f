/**
 * Fetches the paths data (`/plan/paths.json`) and the learning resources (`/plan/resources.json`)
 * once per page for the role picker and the plan page. The files are the site's own, built from
 * validated content, so only their shape is checked.
 */
import type { PathsData } from '../../lib/careers/paths.ts';
import type { ConceptResources } from '../../lib/careers/resources.ts';

let pending: Promise<PathsData> | undefined;

function isPathsData(value: unknown): value is PathsData {
  const v = value as Partial<Record<keyof PathsData, unknown>> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.concepts) &&
    Array.isArray(v.careers) &&
    Array.isArray(v.starts) &&
    Array.isArray(v.faqs)
  );
}

/** The data at `href`; a failed fetch is not cached, so the next call tries again. */
export function loadPaths(href: string): Promise<PathsData> {
  pending ??= fetch(href)
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data: unknown = await response.json();
      if (!isPathsData(data)) throw new Error('unexpected data');
      return data;
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}

let pendingResources: Promise<ConceptResources> | undefined;

/** The learning resources at `href`, by concept id; a failed fetch is not cached. */
export function loadResources(href: string): Promise<ConceptResources> {
  pendingResources ??= fetch(href)
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data: unknown = await response.json();
      if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new Error('unexpected data');
      return data as ConceptResources;
    })
    .catch((error: unknown) => {
      pendingResources = undefined;
      throw error;
    });
  return pendingResources;
}
