/**
 * Estimates the offset between this screen's clock and the server's from ping round trips,
 * trusting the samples with the shortest round trip: they bound the error most tightly.
 */
export class ClockSync {
  private samples: { rtt: number; offset: number }[] = [];
  private fallbackOffset = 0;

  /** A rough offset from a message's server time, until a ping has come back. */
  roughly(serverTime: number, localTime = Date.now()): void {
    if (!this.samples.length) this.fallbackOffset = serverTime - localTime;
  }

  addSample(sentAt: number, serverTime: number, receivedAt: number): void {
    const rtt = receivedAt - sentAt;
    if (rtt < 0) return;
    this.samples.push({ rtt, offset: serverTime - (sentAt + receivedAt) / 2 });
    if (this.samples.length > 16) this.samples.shift();
  }

  private best(): { rtt: number; offset: number } | undefined {
    let best: { rtt: number; offset: number } | undefined;
    for (const sample of this.samples) if (!best || sample.rtt < best.rtt) best = sample;
    return best;
  }

  get offset(): number {
    return this.best()?.offset ?? this.fallbackOffset;
  }

  /** Round trip of the sample trusted now: half of it bounds the offset's error. */
  get rtt(): number {
    return this.best()?.rtt ?? Number.POSITIVE_INFINITY;
  }

  serverNow(localTime = Date.now()): number {
    return localTime + this.offset;
  }

  reset(): void {
    this.samples = [];
  }
}
