/**
 * Turns off Zod's compiled ("JIT") object parsers in the page. On first use Zod probes for
 * `new Function` to decide whether it may compile parsers; under the site's CSP (no
 * 'unsafe-eval') that probe is refused and reported as a CSP violation. The settings schema
 * parses at import time, so this module must be imported before it (ES modules evaluate
 * imports in order).
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
