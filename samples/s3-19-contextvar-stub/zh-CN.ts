// 浏览器里没有类似 ContextVar 的东西：真正对应它的是 Node 的 AsyncLocalStorage，
// 而 TC39 的 AsyncContext 提案还没有落地。所以这个对照程序是替代品，不是移植：
// 它把上下文当作参数，一路显式地传给每个函数。
import { setTimeout as sleep } from 'node:timers/promises';

interface RequestContext {
  requestId: string;
}

async function queryDb(context: RequestContext): Promise<void> {
  // 在调用链深处：之所以拿得到 id，只是因为每一层调用都把上下文传了下来
  console.log(`query_db: request id ${context.requestId}`);
}

async function loadUser(context: RequestContext, delay: number): Promise<void> {
  await sleep(delay * 1000); // 等待期间，另一个调用设置了它自己的 id
  await queryDb(context); // 上下文必须一路传下去
}

async function handle(parent: RequestContext, rid: string, delay: number): Promise<void> {
  console.log(`${rid}: inherited ${parent.requestId}`); // 调用从 main 的上下文开始
  const context = { ...parent, requestId: rid }; // request_id.set(rid)：只属于这次调用的副本
  await loadUser(context, delay);
}

async function main(): Promise<void> {
  const context: RequestContext = { requestId: 'MAIN' }; // 在调用之前设置：调用都从它开始
  // 每个调用都拿到 main 的上下文，修改值之前先复制一份
  await Promise.all([handle(context, 'REQ-1', 0.2), handle(context, 'REQ-2', 0.1)]);
  // 调用里的副本不会影响 main 的上下文
  console.log(`main: request id ${context.requestId}`);
}

await main();
