/** 1536 → "1.5 KB", 536870912 → "512 MB" (binary units, as quotas are set). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = value >= 100 || Number.isInteger(value) ? Math.round(value).toString() : value.toFixed(1);
  return `${rounded} ${units[unit]}`;
}

/** "12 May 2025, 14:03 UTC": server-rendered, so the zone is stated rather than guessed. */
export function formatDateTime(date: Date): string {
  return `${date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;
}

export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "+100", "−15" (a real minus sign). */
export function formatAmount(amount: number): string {
  return amount > 0 ? `+${amount}` : amount < 0 ? `−${Math.abs(amount)}` : '0';
}
