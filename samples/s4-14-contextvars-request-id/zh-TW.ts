// 瀏覽器裡沒有 ContextVar 這類東西：真正對應的是 Node 的 AsyncLocalStorage，
// 而 TC39 的 AsyncContext 提案尚未正式推出。所以這個對照程式是替代做法，
// 不是移植：它把上下文當作參數，明確地傳給每個需要它的函式。
interface RequestContext {
  requestId: string;
}

async function processRequest(id: string): Promise<void> {
  // 設定變數：這個請求自己的上下文
  const context: RequestContext = { requestId: id };
  await performDbQuery(context);
}

async function performDbQuery(context: RequestContext): Promise<void> {
  // 讀取變數
  // 每次呼叫都拿到自己的上下文，所以能讀到正確的 id
  console.log(`Processing Request ID: ${context.requestId}`);
}

async function main(): Promise<void> {
  // 並行執行，每個請求各有自己的上下文
  await Promise.all([processRequest('REQ-001'), processRequest('REQ-002')]);
}

await main();
// Output，順序是固定的（Promise.all 的陣列先呼叫 processRequest('REQ-001')，
// 而每次呼叫在真正等待任何東西之前就印出結果）：
// Processing Request ID: REQ-001
// Processing Request ID: REQ-002
