// Limits shared by the converter and the batch runner. A module of its own so the
// batch's main thread can read them without loading the whole pipeline.

/** Files larger than this are refused with an error diagnostic (override: --max-bytes). */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
