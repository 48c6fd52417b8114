import { setTimeout as sleep } from 'node:timers/promises';

async function func1(t: number, exception: number, signal: AbortSignal): Promise<number> {
  await sleep(t * 1000, undefined, { signal });
  if (exception) {
    throw new Error('error');
  }
  return t;
}

// A task: a promise plus the AbortController that stops its work (a promise cannot be
// cancelled), and how it ended, for done(), result() and exception().
// Like asyncio.create_task, it starts its work on the loop's next turn (sleep(0)), not at once
// as a JS async function would: this matters in the timeout block at the end.
class Task<T> {
  private readonly controller = new AbortController();
  private outcome: PromiseSettledResult<T> | null = null;
  readonly promise: Promise<T>;

  constructor(run: (signal: AbortSignal) => Promise<T>) {
    const signal = this.controller.signal;
    this.promise = sleep(0).then(() => {
      signal.throwIfAborted(); // cancelled before it started: it never runs
      return run(signal);
    });
    this.promise.then(
      (value) => (this.outcome = { status: 'fulfilled', value }),
      (reason: unknown) => (this.outcome = { status: 'rejected', reason }),
    );
  }

  done(): boolean {
    return this.outcome !== null;
  }

  result(): T | undefined {
    return this.outcome?.status === 'fulfilled' ? this.outcome.value : undefined;
  }

  exception(): Error | null {
    return this.outcome?.status === 'rejected' ? (this.outcome.reason as Error) : null;
  }

  cancel(): void {
    this.controller.abort();
  }
}

type ReturnWhen = 'ALL_COMPLETED' | 'FIRST_COMPLETED' | 'FIRST_EXCEPTION';

// asyncio.wait: waits until returnWhen is met, or `timeout` seconds have passed, and sorts the
// tasks into done and pending. Like Python's, it cancels nothing.
async function wait<T>(tasks: Task<T>[], returnWhen: ReturnWhen, timeout?: number) {
  await new Promise<void>((resolve) => {
    const timer = timeout === undefined ? undefined : setTimeout(resolve, timeout * 1000);
    const check = () => {
      const done = tasks.filter((t) => t.done());
      if (
        done.length === tasks.length ||
        (returnWhen === 'FIRST_COMPLETED' && done.length > 0) ||
        (returnWhen === 'FIRST_EXCEPTION' && done.some((t) => t.exception() !== null))
      ) {
        clearTimeout(timer);
        resolve();
      }
    };
    for (const t of tasks) t.promise.then(check, check);
  });
  return {
    done: new Set(tasks.filter((t) => t.done())),
    pending: new Set(tasks.filter((t) => !t.done())),
  };
}

// for the demo: cancel the unfinished tasks and wait for them all
async function cancelPending<T>(tasks: Task<T>[]): Promise<void> {
  for (const task of tasks) {
    task.cancel();
  }
  await Promise.allSettled(tasks.map((t) => t.promise));
}

// asyncio.create_task(func1(t, exception))
const createTask = (t: number, exception: number) =>
  new Task((signal) => func1(t, exception, signal));

async function main(): Promise<void> {
  // ALL_COMPLETED mode: wait until every task is done
  let tasks = [createTask(3, 0), createTask(1, 0), createTask(2, 1)];
  let { done, pending } = await wait(tasks, 'ALL_COMPLETED');
  // done is a set: in Python the order may change from run to run (here: the order of tasks)
  for (const task of done) {
    const error = task.exception();
    console.log(error ? error.message : task.result());
  }

  // FIRST_COMPLETED mode: wait until the first task is done
  tasks = [createTask(3, 0), createTask(1, 0), createTask(2, 1)];
  ({ done, pending } = await wait(tasks, 'FIRST_COMPLETED'));
  console.log(`done counts ${done.size}`); // 1 task done
  console.log(`pending counts ${pending.size}`); // 2 not done
  // then you can go through done, or keep waiting for the tasks in pending
  await cancelPending(tasks);

  // FIRST_EXCEPTION mode: wait until a task raises, or all are done
  tasks = [createTask(3, 0), createTask(1, 0), createTask(2, 1)];
  ({ done, pending } = await wait(tasks, 'FIRST_EXCEPTION'));
  console.log(`done counts ${done.size}`); // 2 tasks done, one of them with an exception
  console.log(`pending counts ${pending.size}`); // 1 not done
  await cancelPending(tasks);

  // timeout
  tasks = [createTask(3, 0), createTask(1, 0), createTask(2, 1)];
  ({ done, pending } = await wait(tasks, 'ALL_COMPLETED', 2));
  // the article says 2 done, 1 pending. The 2-s task and the 2-s timeout are due together,
  // but the timeout's timer was set first (tasks start on the next turn), so it fires first.
  // (A task started at once, like a plain JS async call, would win the tie: 2 done, 1 pending.)
  console.log(`done counts ${done.size}`); // 1 task done
  console.log(`pending counts ${pending.size}`); // 2 not done
  await cancelPending(tasks);
}

await main();
