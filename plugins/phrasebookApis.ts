/**
 * The rows of the asyncio ↔ TypeScript phrasebook (docs/phrasebook.mdx), and
 * how to tell from a sample's Python which of them it uses. The page writes
 * each row's words in its locale; this table decides which pairs each row
 * links to, so a new pair shows up in the rows it uses without editing the
 * page. Only tokens count (comments and strings are stripped: see pythonCode.ts).
 */
import type { PythonCode } from './pythonCode';

export interface PhrasebookApi {
  /** The row's key: its `data-api`, and the first inline code of its Python cell. */
  api: string;
  /** The other Python names the row's Python cell shows, in order, after the key. */
  also?: string[];
  /** How many times a sample uses it (0: not at all). */
  uses: (code: PythonCode) => number;
  /** Sample ids that are about this API, listed before the others. */
  teaches?: RegExp;
}

const calls =
  (name: string, test: (args: string) => boolean = () => true) =>
  (code: PythonCode) =>
    code.calls(name).filter(test).length;

const sum =
  (...parts: ((code: PythonCode) => number)[]) =>
  (code: PythonCode) =>
    parts.reduce((total, part) => total + part(code), 0);

const count = (pattern: RegExp) => (code: PythonCode) => code.count(pattern);

const returnExceptions = (args: string) => /\breturn_exceptions\s*=\s*True\b/.test(args);
const returnWhen = (constant: string) => (args: string) =>
  new RegExp(`\\basyncio\\.${constant}\\b`).test(args);

/** The executor passed to run_in_executor is a process pool (the code makes one). */
const processPool = (code: PythonCode) => code.count(/\bconcurrent\.futures\.ProcessPoolExecutor\s*\(/) > 0;

/** In reading order of the page. */
export const PHRASEBOOK_APIS: PhrasebookApi[] = [
  { api: 'asyncio.run', uses: calls('asyncio.run'), teaches: /asyncio-run|run-equivalent/ },
  {
    api: 'loop.run_until_complete',
    also: ['asyncio.new_event_loop', 'asyncio.set_event_loop', 'loop.close'],
    uses: sum(calls('.run_until_complete'), calls('asyncio.new_event_loop')),
    teaches: /manual-loop|run-equivalent/,
  },
  {
    api: 'loop.run_forever',
    also: ['loop.stop'],
    uses: calls('.run_forever'),
    teaches: /run-forever/,
  },
  { api: 'asyncio.get_running_loop', uses: calls('asyncio.get_running_loop') },
  {
    api: 'asyncio.create_task',
    also: ['loop.create_task'],
    uses: count(/(?<![\w.])(?:asyncio|loop)\s*\.\s*create_task\s*\(/),
    teaches: /create-task|three-await-forms/,
  },
  {
    api: 'Task.result',
    also: ['Task.exception', 'Task.done'],
    uses: sum(calls('.result'), calls('.exception'), calls('.done')),
    teaches: /create-task|task-exception/,
  },
  {
    api: 'Task.cancel',
    also: ['asyncio.CancelledError'],
    uses: sum(count(/\.\s*cancel\s*\(\s*\)/), count(/\basyncio\.CancelledError\b/)),
    teaches: /cancel/,
  },
  {
    api: 'asyncio.current_task',
    also: ['asyncio.all_tasks'],
    uses: sum(calls('asyncio.current_task'), calls('asyncio.all_tasks')),
  },
  {
    api: 'asyncio.sleep',
    uses: calls('asyncio.sleep', (args) => args !== '0'),
    teaches: /say-after|sync-vs-async/,
  },
  {
    api: 'asyncio.sleep(0)',
    uses: calls('asyncio.sleep', (args) => args === '0'),
  },
  {
    api: 'asyncio.gather',
    uses: calls('asyncio.gather', (args) => !returnExceptions(args)),
    teaches: /gather/,
  },
  {
    api: 'asyncio.gather(return_exceptions=True)',
    uses: calls('asyncio.gather', returnExceptions),
    teaches: /return-exceptions/,
  },
  {
    api: 'asyncio.as_completed',
    uses: calls('asyncio.as_completed'),
    teaches: /as-completed/,
  },
  {
    api: 'asyncio.wait(ALL_COMPLETED)',
    uses: calls('asyncio.wait', (args) => returnWhen('ALL_COMPLETED')(args) || !/\breturn_when\b/.test(args)),
    teaches: /wait-return-when/,
  },
  {
    api: 'asyncio.wait(FIRST_COMPLETED)',
    uses: calls('asyncio.wait', returnWhen('FIRST_COMPLETED')),
    teaches: /wait-return-when|first-completed|wait-pending/,
  },
  {
    api: 'asyncio.wait(FIRST_EXCEPTION)',
    uses: calls('asyncio.wait', returnWhen('FIRST_EXCEPTION')),
    teaches: /wait-return-when/,
  },
  {
    api: 'asyncio.TaskGroup',
    uses: calls('asyncio.TaskGroup'),
    teaches: /taskgroup/,
  },
  {
    api: 'asyncio.wait_for',
    also: ['asyncio.TimeoutError'],
    uses: calls('asyncio.wait_for'),
    teaches: /wait-for/,
  },
  {
    api: 'asyncio.timeout',
    uses: calls('asyncio.timeout'),
    teaches: /timeout/,
  },
  {
    api: 'asyncio.shield',
    uses: calls('asyncio.shield'),
    teaches: /shield/,
  },
  {
    api: 'asyncio.Future',
    also: ['loop.create_future', 'Future.set_result'],
    uses: sum(calls('asyncio.Future'), calls('.create_future'), calls('.set_result')),
    teaches: /future-set-result|future-callback/,
  },
  {
    api: 'Future.add_done_callback',
    uses: calls('.add_done_callback'),
  },
  {
    api: 'loop.call_soon',
    uses: calls('.call_soon'),
    teaches: /call-soon/,
  },
  {
    api: 'loop.call_later',
    uses: calls('.call_later'),
  },
  {
    api: 'asyncio.Lock',
    uses: calls('asyncio.Lock'),
    teaches: /lock/,
  },
  {
    api: 'asyncio.Semaphore',
    uses: calls('asyncio.Semaphore'),
    teaches: /semaphore/,
  },
  {
    api: 'asyncio.Queue',
    uses: calls('asyncio.Queue'),
    teaches: /queue/,
  },
  {
    api: 'Queue.join',
    also: ['Queue.task_done'],
    // join and task_done of an asyncio.Queue (a thread's join, or str.join, is something else)
    uses: (code) => (code.calls('asyncio.Queue').length > 0 ? code.calls('.task_done').length : 0),
    teaches: /queue/,
  },
  {
    api: 'asyncio.to_thread',
    uses: calls('asyncio.to_thread'),
    teaches: /to-thread/,
  },
  {
    api: 'loop.run_in_executor',
    also: ['concurrent.futures.ThreadPoolExecutor'],
    uses: (code) => (processPool(code) ? 0 : code.calls('.run_in_executor').length),
    teaches: /threadpool|run-in-executor/,
  },
  {
    api: 'concurrent.futures.ProcessPoolExecutor',
    uses: (code) => (processPool(code) ? code.calls('.run_in_executor').length : 0),
    teaches: /processpool/,
  },
  {
    api: 'loop.call_soon_threadsafe',
    uses: calls('.call_soon_threadsafe'),
    teaches: /call-soon-threadsafe|future-callback-thread/,
  },
  {
    api: 'asyncio.run_coroutine_threadsafe',
    uses: calls('asyncio.run_coroutine_threadsafe'),
    teaches: /run-coroutine-threadsafe/,
  },
  {
    api: 'contextvars.ContextVar',
    uses: calls('contextvars.ContextVar'),
    teaches: /contextvar/,
  },
  {
    api: 'async with',
    uses: count(/\basync\s+with\b/),
    teaches: /async-context-manager/,
  },
  {
    api: 'async for',
    also: ['async def … yield'],
    uses: (code) =>
      code.count(/\basync\s+for\b/) + (code.count(/\basync\s+def\b/) > 0 ? code.count(/\byield\b/) : 0),
    teaches: /async-generator|async-iterator/,
  },
  {
    api: 'loop.add_signal_handler',
    uses: calls('.add_signal_handler'),
    teaches: /signal/,
  },
  {
    api: 'loop.sock_accept',
    also: ['loop.sock_recv', 'loop.sock_sendall', 'loop.sock_connect'],
    uses: count(/\.\s*sock_(?:accept|recv|sendall|connect)\s*\(/),
    teaches: /sock/,
  },
  {
    api: 'asyncio.start_server',
    also: ['asyncio.open_connection'],
    uses: sum(calls('asyncio.start_server'), calls('asyncio.open_connection')),
    teaches: /server/,
  },
  {
    api: 'asyncio.run(debug=True)',
    uses: sum(
      calls('asyncio.run', (args) => /\bdebug\s*=\s*True\b/.test(args)),
      calls('.set_debug'),
    ),
    teaches: /debug/,
  },
];
