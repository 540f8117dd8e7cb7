// Types of source-hash.mjs, for the TypeScript that imports it (pipeline/batch/fingerprint.ts).
export declare function sourceHash(root: string): string;
export declare function buildIsCurrent(root: string, distDir: string): boolean;
