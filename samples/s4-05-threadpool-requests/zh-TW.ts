import { toThread } from './thread.ts';
import { setTimeout as sleep } from 'node:timers/promises';

// 這是同步的 Blocking Call
// 示範用，代替會卡住的請求：忙碌迴圈把所在的執行緒卡住 1 秒，然後回傳 200
// 它以原始碼的形式送到另一條執行緒上執行，所以不能使用外面的變數
function blockingIo(): number {
  const end = Date.now() + 1000;
  while (Date.now() < end) {}
  return 200;
}

async function ticker(): Promise<void> {
  // 事件迴圈沒有被卡住：這個任務照樣每 0.2 秒印一行
  for (let i = 1; i <= 4; i++) {
    await sleep(200);
    console.log(`Tick ${i}: the event loop is still running`);
  }
}

const ticks = ticker();
// toThread 扮演 loop.run_in_executor(pool, blocking_io) 的角色：每次呼叫開一條新的執行緒
const result = await toThread(blockingIo);
console.log(`Status Code: ${result}`);
await ticks;
