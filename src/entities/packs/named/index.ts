import type { RulePack } from '../index.js'; export const NAMED_PACKS: readonly RulePack[] = [];
