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

type Kept = Int8Array | Uint8Array | Uint16Array | Int32Array | Float64Array;

const int8: (Int8Array | null)[] = new Array<Int8Array | null>(SLOTS).fill(null);
const uint8: (Uint8Array | null)[] = new Array<Uint8Array | null>(SLOTS).fill(null);
const uint16: (Uint16Array | null)[] = new Array<Uint16Array | null>(SLOTS).fill(null);
const int32: (Int32Array | null)[] = new Array<Int32Array | null>(SLOTS).fill(null);
const float64: (Float64Array | null)[] = new Array<Float64Array | null>(SLOTS).fill(null);

/** The first `n` elements of the array kept in `kept[slot]`, made by `make` when it is too short. */
function take<T extends Kept>(kept: (T | null)[], slot: number, n: number, make: (length: number) => T): T {
  let a = kept[slot]!;
  if (a === null || a.length < n) {
    a = make(Math.max(n, 64));
    if (n <= KEPT_LENGTH) kept[slot] = a;
  }
  return a.subarray(0, n) as T;
}

/** `n` elements, every one `value`, for the site of `slot`. */
export const scratchInt8 = (slot: number, n: number, value: number): Int8Array => take(int8, slot, n, (m) => new Int8Array(m)).fill(value);

/** `n` elements, every one `value`, for the site of `slot`. */
export const scratchUint8 = (slot: number, n: number, value: number): Uint8Array => take(uint8, slot, n, (m) => new Uint8Array(m)).fill(value);

/** `n` elements, every one `value`, for the site of `slot`. */
export const scratchInt32 = (slot: number, n: number, value: number): Int32Array => take(int32, slot, n, (m) => new Int32Array(m)).fill(value);

/** `n` elements, every one 0, for the site of `slot`. */
export const scratchFloat64 = (slot: number, n: number): Float64Array => take(float64, slot, n, (m) => new Float64Array(m)).fill(0);

/** Room for a list of up to `n` elements (not cleared: a list writes before it reads), for the site of `slot`. */
export const scratchList = (slot: number, n: number): Int32Array => take(int32, slot, Math.max(n, 1), (m) => new Int32Array(m));

/** `n` code units (not cleared: the output is written before it is read), for the site of `slot`. */
export const scratchUint16 = (slot: number, n: number): Uint16Array => take(uint16, slot, n, (m) => new Uint16Array(m));
