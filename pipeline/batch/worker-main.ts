// Worker thread entry when running compiled (dist/): no tsx to register.
import { startWorker } from './worker.ts';

startWorker();
