// The embedded database runs here, in a worker thread: PGlite executes queries on the thread that calls it and
// froze Node's event loop for 1.3 s on a heavy query, so the HTTP server must never host it. The worker serves
// the PostgreSQL wire protocol on loopback, and the server talks to it with `pg`, exactly as to PostgreSQL.
// Plain JavaScript so that the worker starts without a TypeScript loader.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const { dataDir, loadFrom, maxConnections } = workerData;
const loadDataDir = loadFrom ? new Blob([await readFile(loadFrom)]) : undefined;
const db = await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
await server.start();
const port = Number(server.getServerConn().split(':').pop());
parentPort.postMessage({ type: 'ready', port });

parentPort.on('message', async (message) => {
  if (message.type === 'dump') {
    const blob = await db.dumpDataDir('gzip');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    parentPort.postMessage({ type: 'dumped', bytes }, [bytes.buffer]);
  } else if (message.type === 'close') {
    await server.stop();
    await db.close();
    parentPort.postMessage({ type: 'closed' });
  }
});
