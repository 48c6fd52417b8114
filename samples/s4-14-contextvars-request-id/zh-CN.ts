// 浏览器里没有 ContextVar 这样的东西：真正对应的是 Node 的 AsyncLocalStorage，
// 而 TC39 的 AsyncContext 提案尚未正式发布。所以这个对照程序是替代方案，
// 而不是移植：它把上下文作为参数，显式地传给每个需要它的函数。
interface RequestContext {
  requestId: string;
}

async function processRequest(id: string): Promise<void> {
  // 设置变量：这个请求自己的上下文
  const context: RequestContext = { requestId: id };
  await performDbQuery(context);
}

async function performDbQuery(context: RequestContext): Promise<void> {
  // 读取变量
  // 每次调用都拿到自己的上下文，所以能读到正确的 id
  console.log(`Processing Request ID: ${context.requestId}`);
}

async function main(): Promise<void> {
  // 并发执行，每个请求各有自己的上下文
  await Promise.all([processRequest('REQ-001'), processRequest('REQ-002')]);
}

await main();
// Output，顺序是固定的（Promise.all 的数组先调用 processRequest('REQ-001')，
// 而每次调用在真正等待任何东西之前就打印结果）：
// Processing Request ID: REQ-001
// Processing Request ID: REQ-002
