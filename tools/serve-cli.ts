/** `npm run preview`: serves `dist/` on 127.0.0.1 (port from $PORT, else a free one). */
import { serveStatic } from './static-server.ts';

const server = await serveStatic();
console.log(`Serving dist/ at ${server.url}/ (Ctrl-C to stop)`);
