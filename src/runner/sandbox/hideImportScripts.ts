/**
 * Imported first by the Python worker. Pyodide's loader refuses classic workers
 * (it probes for them with `importScripts`), but the sandbox can start only
 * classic ones: a module worker from a blob: URL made in an opaque-origin
 * iframe fails to load (measured in Chromium 150: an error event, no message).
 * Pyodide itself needs nothing of a module worker but dynamic `import()`, which
 * classic workers have, and this worker never calls `importScripts`.
 */
(self as unknown as { importScripts?: unknown }).importScripts = undefined;
