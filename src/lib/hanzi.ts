const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * Chinese numerals for a whole number from 1 to 99, as the article writes them: 十七连丰, 两家, 两条.
 * A count of exactly two is 两 (两家, not 二家); inside a larger number it stays 二 (二十, 十二).
 */
export function hanzi(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) {
    throw new RangeError(`hanzi() covers whole numbers 1–99, not ${n}`);
  }
  if (n === 2) return '两';
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones] as string;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}
