// Worker thread entry. Workers do not inherit the main thread's tsx hooks, so the
// entry is plain JavaScript that registers tsx before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
const { startWorker } = await import('./worker.ts');
startWorker();
