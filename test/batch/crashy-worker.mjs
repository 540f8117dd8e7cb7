// A worker entry that misbehaves on purpose, by file name, to test that the pool
// fails only the file whose worker died: `crash` throws an uncaught exception,
// `exit` ends the thread, `oom` allocates until the heap limit, `hang` never returns,
// `slow` waits 3 s before converting.
import { register } from 'tsx/esm/api';

register();
const { startWorker } = await import('../../pipeline/batch/worker.ts');
startWorker({
  beforeTask(task) {
    const name = task.file.split('/').pop();
    if (name.startsWith('crash')) {
      setImmediate(() => {
        throw new Error('injected crash');
      });
      return new Promise(() => {});
    }
    if (name.startsWith('exit')) process.exit(3);
    if (name.startsWith('oom')) {
      const hoard = [];
      for (;;) hoard.push(new Array(1e6).fill(hoard.length));
    }
    if (name.startsWith('hang')) return new Promise(() => {});
    if (name.startsWith('slow')) return new Promise((r) => setTimeout(r, 3000));
    if (name.startsWith('throw')) throw new Error('injected programming error');
  },
});
