export { prepare } from './prepare.js';
export type { PrepareOptions, PrepareResult } from './prepare.js';
