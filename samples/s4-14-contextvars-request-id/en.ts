// Browsers have nothing like ContextVar: Node's AsyncLocalStorage is the real counterpart,
// and the TC39 AsyncContext proposal has not shipped. So this twin is a substitute, not a
// port: it passes the context explicitly, as an argument, to every function that needs it.
interface RequestContext {
  requestId: string;
}

async function processRequest(id: string): Promise<void> {
  // Set the variable: a context of this request's own
  const context: RequestContext = { requestId: id };
  await performDbQuery(context);
}

async function performDbQuery(context: RequestContext): Promise<void> {
  // Read the variable
  // Each call gets its own context, so it reads the right id
  console.log(`Processing Request ID: ${context.requestId}`);
}

async function main(): Promise<void> {
  // Run concurrently; each request has its own context
  await Promise.all([processRequest('REQ-001'), processRequest('REQ-002')]);
}

await main();
// Output, always in this order (Promise.all's array calls processRequest('REQ-001') first, and
// each call prints before it first waits for anything):
// Processing Request ID: REQ-001
// Processing Request ID: REQ-002
