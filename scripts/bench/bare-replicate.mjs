// Runs in the benchmark's Chromium page, bundled by esbuild and injected. The bare baseline of
// a first replication in the browser: PouchDB's own replicate from the server into an empty
// IndexedDB PouchDB made as the app makes its replica, with nothing read back or checked.
import PouchDB from 'pouchdb-browser';

/**
 * @param {string} url the team database's address
 * @returns {Promise<{ ms: number; held: number }>} the milliseconds, and the documents held
 */
window.benchBareReplicate = async (url, username, password) => {
  const local = new PouchDB(`bench-bare-${Date.now()}`, { auto_compaction: true });
  const remote = new PouchDB(url, { skip_setup: true, auth: { username, password } });
  const start = performance.now();
  await PouchDB.replicate(remote, local, { batch_size: 250 });
  const ms = performance.now() - start;
  const held = (await local.info()).doc_count;
  await local.destroy();
  return { ms, held };
};
