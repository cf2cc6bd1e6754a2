/** 3900 → "3,900" without Intl, whose first use costs several milliseconds at start-up. */
export function thousands(n: number): string {
  const [int, frac] = String(n).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}
