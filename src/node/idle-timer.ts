/** One deadline at a time for a peer's next message: arming it again replaces the previous one. */
export class IdleTimer {
  private timer: NodeJS.Timeout | undefined;

  /** Calls `onIdle` after `ms` unless disarmed or re-armed first (never keeps the process alive). */
  arm(ms: number, onIdle: () => void): void {
    this.disarm();
    this.timer = setTimeout(onIdle, ms);
    this.timer.unref();
  }

  disarm(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
