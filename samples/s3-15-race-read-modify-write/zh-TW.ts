import { setTimeout as sleep } from 'node:timers/promises';

let data = 0; // 所有非同步函式共用的計數器

// JavaScript 裡也有同樣的競爭條件，原因相同：雖然只有一條執行緒，但讀和寫之間的 await
// 讓其他呼叫有機會在中間執行。
async function increment(): Promise<void> {
  let tempData = data;
  tempData += 1;
  await sleep(1000);
  data = tempData;
}

// 10 個呼叫同時各加 1：data 最後應該是 10
await Promise.all(Array.from({ length: 10 }, () => increment()));
// 結果卻是 1：每個呼叫都在別人寫回之前讀到 0，再各自寫回 1（更新遺失了）
console.log(`after 10 increments: data = ${data}`);
