/** `npm run preview`: serves `dist/` on 127.0.0.1 (port from $PORT, else a free one). */
import { serveStatic } from './static-server.ts';

const port = Number(process.env['PORT'] ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65_535)
  throw new Error(`PORT must be a port number, not "${process.env['PORT']}"`);
const server = await serveStatic(undefined, { port });
console.log(`Serving dist/ at ${server.url}/ (Ctrl-C to stop)`);
