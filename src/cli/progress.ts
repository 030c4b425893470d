// Progress on stderr (never stdout, which carries the data): lines, MB, MB/s and, when the
// input size is known, the time left. Redrawn in place at most every 200 ms.
export class Progress {
  private lines = 0;
  private bytes = 0;
  private last = 0;
  private readonly started = Date.now();

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly total: number | null,
  ) {}

  add(lines: number, bytes: number): void {
    this.lines += lines;
    this.bytes += bytes;
    const now = Date.now();
    if (now - this.last >= 200) {
      this.last = now;
      this.draw(now);
    }
  }

  done(): void {
    this.draw(Date.now());
    this.out.write('\n');
  }

  private draw(now: number): void {
    const seconds = Math.max(0.001, (now - this.started) / 1000);
    const mb = this.bytes / 1e6;
    const rate = mb / seconds;
    let eta = '';
    if (this.total !== null && this.total > 0 && rate > 0) {
      const left = Math.max(0, (this.total - this.bytes) / 1e6 / rate);
      eta = `  ${Math.min(100, (100 * this.bytes) / this.total).toFixed(0)}%  ETA ${formatSeconds(left)}`;
    }
    this.out.write(`\r${this.lines.toLocaleString('en')} lines  ${mb.toFixed(1)} MB  ${rate.toFixed(1)} MB/s${eta}\x1b[K`);
  }
}

function formatSeconds(s: number): string {
  if (s < 60) return `${s.toFixed(0)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
