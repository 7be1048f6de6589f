/**
 * `exp`, `log` and `sigmoid` built only from +, −, ×, ÷ on float64.
 *
 * Why not `Math.exp` / `Math.log`? ECMAScript lets engines return any "implementation-
 * approximated" result for them, and engines do differ in the last bit (V8 ships an fdlibm
 * port, other engines may call the platform's libm). Training runs 10,000 Adam steps, and a
 * one-ulp difference early on can grow until it changes the float32 weights we ship. The four
 * basic operations, on the other hand, are correctly rounded by IEEE 754 in every engine. So
 * with these functions, a training run gives bit-identical weights in Node on any machine and in
 * any browser — the shipped model can be regenerated anywhere, including in the page.
 *
 * They are accurate to a few ulp (checked against `Math.exp` / `Math.log` in
 * tests/unit/portable-math.test.ts), which is far below float32 resolution.
 */

/** ln 2 split so that k·LN2_HI is exact for |k| < 2^21 (fdlibm's constants). */
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.9082149292705877e-10;
const LOG2_E = 1.4426950408889634;
const SQRT_2 = 1.4142135623730951;
/** Beyond these, exp overflows to Infinity or underflows to 0 in float64. */
const EXP_OVERFLOW = 709.782712893384;
const EXP_UNDERFLOW = -745.1332191019412;
const MIN_EXPONENT = -1022;
const MAX_EXPONENT = 1023;

/**
 * POW2[k - MIN_EXPONENT] = 2^k for every normal exponent k in [-1022, 1023]. Built by repeated
 * doubling and halving, which are exact in that range.
 */
const POW2: Float64Array = (() => {
  const table = new Float64Array(MAX_EXPONENT - MIN_EXPONENT + 1);
  let up = 1;
  let down = 1;
  table[-MIN_EXPONENT] = 1;
  for (let k = 1; k <= MAX_EXPONENT; k++) table[k - MIN_EXPONENT] = up *= 2;
  for (let k = 1; k <= -MIN_EXPONENT; k++) table[-k - MIN_EXPONENT] = down /= 2;
  return table;
})();

function pow2(k: number): number {
  return POW2[k - MIN_EXPONENT];
}

/**
 * e^x, correct to a few ulp, with the same bits in every IEEE 754 engine.
 *
 * Method: x = k·ln2 + r with |r| ≤ ln2/2 (Cody–Waite reduction with a two-part ln 2), e^r by
 * its Taylor series to degree 13 (truncation error below 1e-17 relative), then scaling by 2^k.
 */
export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  const k = Math.floor(x * LOG2_E + 0.5);
  const r = x - k * LN2_HI - k * LN2_LO;
  // Horner form of Σ r^n / n!, n = 0..13, with exact integer divisors.
  let series = 1;
  for (let n = 13; n >= 1; n--) series = 1 + (r / n) * series;
  if (k < MIN_EXPONENT) {
    // Subnormal result: scale in two steps so that only the last multiplication rounds.
    return series * pow2(k + 64) * pow2(-64);
  }
  if (k > MAX_EXPONENT) return series * 2 * pow2(k - 1);
  return series * pow2(k);
}

/**
 * Natural logarithm, correct to a few ulp, with the same bits in every IEEE 754 engine.
 *
 * Method: x = m·2^e with m in [√½, √2) (exact, by a binary search over powers of two), then
 * ln m = 2·atanh(s) with s = (m − 1)/(m + 1), |s| ≤ 0.172, summed to s^23 (error below 1e-18).
 */
export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let e = 0;
  let m = x;
  if (m < pow2(MIN_EXPONENT)) {
    // Subnormal input: scaling by 2^64 is exact and makes it normal.
    m *= pow2(64);
    e -= 64;
  }
  // Largest k with 2^k ≤ m.
  let lo = MIN_EXPONENT;
  let hi = MAX_EXPONENT;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (pow2(mid) <= m) lo = mid;
    else hi = mid - 1;
  }
  m /= pow2(lo);
  e += lo;
  if (m >= SQRT_2) {
    m /= 2;
    e += 1;
  }
  const s = (m - 1) / (m + 1);
  const z = s * s;
  let series = 1 / 23;
  for (let d = 21; d >= 1; d -= 2) series = 1 / d + z * series;
  return e * LN2_HI + (2 * s * series + e * LN2_LO);
}

/** The logistic function σ(z) = 1 / (1 + e^−z), in [0, 1]; its derivative is σ(z)(1 − σ(z)). */
export function sigmoid(z: number): number {
  return 1 / (1 + exp(-z));
}
