// 瀏覽器裡沒有類似 ContextVar 的東西：真正對應它的是 Node 的 AsyncLocalStorage，
// 而 TC39 的 AsyncContext 提案還沒有上線。所以這個對照程式是替代品，不是移植：
// 它把上下文當作參數，一路明確地傳給每個函式。
import { setTimeout as sleep } from 'node:timers/promises';

interface RequestContext {
  requestId: string;
}

async function queryDb(context: RequestContext): Promise<void> {
  // 在呼叫鏈深處：之所以拿得到 id，只是因為每一層呼叫都把上下文傳了下來
  console.log(`query_db: request id ${context.requestId}`);
}

async function loadUser(context: RequestContext, delay: number): Promise<void> {
  await sleep(delay * 1000); // 等待期間，另一個呼叫設定了它自己的 id
  await queryDb(context); // 上下文必須一路傳下去
}

async function handle(parent: RequestContext, rid: string, delay: number): Promise<void> {
  console.log(`${rid}: inherited ${parent.requestId}`); // 呼叫從 main 的上下文開始
  const context = { ...parent, requestId: rid }; // request_id.set(rid)：只屬於這次呼叫的副本
  await loadUser(context, delay);
}

async function main(): Promise<void> {
  const context: RequestContext = { requestId: 'MAIN' }; // 在呼叫之前設定：呼叫都從它開始
  // 每個呼叫都拿到 main 的上下文，修改值之前先複製一份
  await Promise.all([handle(context, 'REQ-1', 0.2), handle(context, 'REQ-2', 0.1)]);
  // 呼叫裡的副本不會影響 main 的上下文
  console.log(`main: request id ${context.requestId}`);
}

await main();
