import { setTimeout as sleep } from 'node:timers/promises';

let data = 0; // a counter every async function shares

// The same race in JavaScript, for the same reason: one thread, but an await between the read
// and the write lets the other calls run in between.
async function increment(): Promise<void> {
  let tempData = data;
  tempData += 1;
  await sleep(1000);
  data = tempData;
}

// ten calls add 1 each at the same time: data should end at 10
await Promise.all(Array.from({ length: 10 }, () => increment()));
// it ends at 1: each read 0 before any wrote back, then each wrote back 1 (lost updates)
console.log(`after 10 increments: data = ${data}`);
