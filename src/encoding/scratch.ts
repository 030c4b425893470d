// Work arrays of the full pass, kept from one call to the next. Allocating a typed array costs
// its backing store (an allocation outside the heap, zeroed, later collected): per article,
// the thirty-odd per-word and per-type arrays of a call cost a tenth of its time. Each site has
// its own slot, so two arrays in use at once never share memory; nothing in them outlives the
// call that fills them (as the word tables, see word-table.ts `wordTables`). Bounded: arrays
// longer than KEPT_LENGTH are made afresh each time and not kept.

/** The slots, one per site that asks for an array (two sites never share one). */
export const S_FIRST_CHOICE = 0;
export const S_WEIGHED = 1;
export const S_KEPT_DONE = 2;
export const S_SWAPPED = 3;
export const S_WEAK_OF = 4;
export const S_FIRST_CASE = 5;
export const S_MASK_OF = 6;
export const S_SHARE_OF = 7;
export const S_SHARED_TIMES = 8;
export const S_OWN = 9;
export const S_LOO_STATE = 10;
export const S_LOO_PRIOR = 11;
export const S_DIRTY = 12;
export const S_FIRST_TAKEN = 13;
export const S_LINE_EVIDENCE = 14;
export const S_LOCAL_RATE = 15;
export const S_LOCAL_SHARE = 16;
export const S_LOCAL_WEIGHT = 17;
export const S_LOCAL_ENCS = 18;
export const S_WEAK = 19;
export const S_KIND = 20;
export const S_VERDICT = 21;
export const S_LOOKED = 22;
export const S_DAMAGED_LIST = 23;
export const S_VALID_LIST = 24;
export const S_AMBIGUOUS = 25;
export const S_WITH_READINGS = 26;
export const S_OUTPUT = 27;
const SLOTS = 28;

/** Elements an array may have to be kept for the next call. */
const KEPT_LENGTH = 1 << 17;

const int8: (Int8Array | null)[] = new Array<Int8Array | null>(SLOTS).fill(null);
const uint8: (Uint8Array | null)[] = new Array<Uint8Array | null>(SLOTS).fill(null);
const int32: (Int32Array | null)[] = new Array<Int32Array | null>(SLOTS).fill(null);
const float64: (Float64Array | null)[] = new Array<Float64Array | null>(SLOTS).fill(null);
const uint16: (Uint16Array | null)[] = new Array<Uint16Array | null>(SLOTS).fill(null);

/** `n` elements, every one `value`, for the site of `slot`. */
export function scratchInt8(slot: number, n: number, value: number): Int8Array {
  let a = int8[slot]!;
  if (a === null || a.length < n) {
    a = new Int8Array(Math.max(n, 64));
    if (n <= KEPT_LENGTH) int8[slot] = a;
  }
  const view = a.subarray(0, n);
  view.fill(value);
  return view;
}

/** `n` elements, every one `value`, for the site of `slot`. */
export function scratchUint8(slot: number, n: number, value: number): Uint8Array {
  let a = uint8[slot]!;
  if (a === null || a.length < n) {
    a = new Uint8Array(Math.max(n, 64));
    if (n <= KEPT_LENGTH) uint8[slot] = a;
  }
  const view = a.subarray(0, n);
  view.fill(value);
  return view;
}

/** `n` elements, every one `value`, for the site of `slot`. */
export function scratchInt32(slot: number, n: number, value: number): Int32Array {
  let a = int32[slot]!;
  if (a === null || a.length < n) {
    a = new Int32Array(Math.max(n, 64));
    if (n <= KEPT_LENGTH) int32[slot] = a;
  }
  const view = a.subarray(0, n);
  view.fill(value);
  return view;
}

/** Room for a list of up to `n` elements (not cleared: a list writes before it reads), for the site of `slot`. */
export function scratchList(slot: number, n: number): Int32Array {
  let a = int32[slot]!;
  if (a === null || a.length < n) {
    a = new Int32Array(Math.max(n, 64));
    if (n <= KEPT_LENGTH) int32[slot] = a;
  }
  return a.subarray(0, Math.max(n, 1));
}

/** `n` code units (not cleared: the output is written before it is read), for the site of `slot`. */
export function scratchUint16(slot: number, n: number): Uint16Array {
  let a = uint16[slot]!;
  if (a === null || a.length < n) {
    a = new Uint16Array(n);
    if (n <= KEPT_LENGTH) uint16[slot] = a;
  }
  return a.subarray(0, n);
}

/** `n` elements, every one 0, for the site of `slot`. */
export function scratchFloat64(slot: number, n: number): Float64Array {
  let a = float64[slot]!;
  if (a === null || a.length < n) {
    a = new Float64Array(Math.max(n, 64));
    if (n <= KEPT_LENGTH) float64[slot] = a;
  }
  const view = a.subarray(0, n);
  view.fill(0);
  return view;
}
