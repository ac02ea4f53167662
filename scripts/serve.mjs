// The demo's server: `npm start` builds, then runs this.
import { serveStatic } from './static-server.mjs';

const PORT = Number(process.env.PORT ?? 8080);
try {
  await serveStatic(process.argv[2] ?? '.', { port: PORT, headers: { 'cache-control': 'no-cache' } });
} catch (e) {
  console.error(e.code === 'EADDRINUSE' ? `Port ${PORT} is in use. Choose another: PORT=8081 npm start` : `Could not start the demo server: ${e.message}`);
  process.exit(1);
}
console.log(`\n  event-timeline demo: http://localhost:${PORT}/demo/\n`);
