/**
 * The page's one sandbox, shared by every live sample on it: opened when the
 * first sample's runner mounts, closed when the last one unmounts (a client-side
 * navigation to a page without samples), so its iframe and spare worker cost
 * nothing where no sample is.
 */
import workerScript from '../sandbox/generated/workerSource';
import { createSandboxHost, type InstallLoader, type SandboxHost } from './createSandboxHost';
import { iframeOpener } from './openIframeSandbox';
import { fetchPythonRuntime } from './pythonRuntime';

/** Python's worker script and runtime load only when a reader first runs Python on the page. */
const installPython: InstallLoader = async (onProgress) => {
  const [{ default: script }, runtime] = await Promise.all([
    import('../sandbox/generated/pythonWorkerSource'),
    fetchPythonRuntime(onProgress),
  ]);
  return { script, runtime };
};

let shared: SandboxHost | null = null;
let users = 0;

/** The page's sandbox; call `release` when done with it. */
export function acquireSandbox(title: string): { sandbox: SandboxHost; release: () => void } {
  if (!shared) {
    shared = createSandboxHost({
      open: iframeOpener(title),
      installs: { typescript: () => Promise.resolve({ script: workerScript }), python: installPython },
    });
    shared.prepare('typescript');
  }
  users++;
  let released = false;
  return {
    sandbox: shared,
    release() {
      if (released) return;
      released = true;
      if (--users === 0) {
        shared?.dispose();
        shared = null;
      }
    },
  };
}
