/**
 * The sandbox iframe's whole document. It has an opaque origin
 * (sandbox="allow-scripts", no allow-same-origin), so it can only talk through
 * postMessage. It keeps one spare worker booted, so Run starts at once, and it
 * answers Stop by terminating the worker, which ends even `while (true) {}`.
 * It answers pings, so the page notices when its process dies (a sample that
 * exhausts memory takes this iframe's process down, not the page's).
 */
export const SANDBOX_DOCUMENT = `<!doctype html><meta charset="utf-8"><script>
let workerUrl = null;
let spare = null;
let current = null;
const send = (data) => parent.postMessage(data, '*');
function spawn() {
  const worker = new Worker(workerUrl);
  worker.onmessage = (event) => { if (worker === current) send(event.data); };
  worker.onerror = (event) => {
    event.preventDefault();
    if (worker === current) send({ type: 'crash', message: String(event.message || '') });
  };
  return worker;
}
addEventListener('message', (event) => {
  if (event.source !== parent) return;
  const message = event.data;
  if (message.type === 'boot') {
    workerUrl = URL.createObjectURL(new Blob([message.workerSource], { type: 'text/javascript' }));
    spare = spawn();
    send({ type: 'ready' });
  } else if (message.type === 'run') {
    if (current) current.terminate();
    current = spare;
    spare = spawn();
    current.postMessage(message);
  } else if (message.type === 'ping') {
    send({ type: 'pong' });
  } else if (message.type === 'stop') {
    if (current) current.terminate();
    current = null;
    send({ type: 'stopped' });
  }
});
send({ type: 'loaded' });
</script>`;
