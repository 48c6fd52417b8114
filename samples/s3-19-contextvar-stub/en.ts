// Browsers have nothing like ContextVar: Node's AsyncLocalStorage is the real counterpart, and
// the TC39 AsyncContext proposal has not shipped. So this twin is a substitute, not a port: it
// passes the context explicitly, as an argument, to every function on the way down.
import { setTimeout as sleep } from 'node:timers/promises';

interface RequestContext {
  requestId: string;
}

async function queryDb(context: RequestContext): Promise<void> {
  // deep in the call chain: the id arrives only because every call passed the context on
  console.log(`query_db: request id ${context.requestId}`);
}

async function loadUser(context: RequestContext, delay: number): Promise<void> {
  await sleep(delay * 1000); // meanwhile the other call sets its own id
  await queryDb(context); // the context has to be passed along
}

async function handle(parent: RequestContext, rid: string, delay: number): Promise<void> {
  console.log(`${rid}: inherited ${parent.requestId}`); // the call starts from main's context
  const context = { ...parent, requestId: rid }; // request_id.set(rid): a copy for this call only
  await loadUser(context, delay);
}

async function main(): Promise<void> {
  const context: RequestContext = { requestId: 'MAIN' }; // set before the calls: they start from it
  // each call gets main's context, and copies it before changing a value
  await Promise.all([handle(context, 'REQ-1', 0.2), handle(context, 'REQ-2', 0.1)]);
  // the calls' copies did not change main's context
  console.log(`main: request id ${context.requestId}`);
}

await main();
