/** Where a polled feed's message comes from: a URL here, anything that yields text in a test. */
export interface FeedSource {
  read(): Promise<string>;
}

const MAX_BYTES = 16 * 1024 * 1024;

/** An HTTP GET, bounded in time and size, that fails with what went wrong. */
export function httpSource(url: string, headers: Record<string, string>, timeoutMs: number): FeedSource {
  return {
    async read() {
      let response: Response;
      try {
        response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
        throw new Error(`${url}: no answer (${cause})`);
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
      }
      const length = Number(response.headers.get('content-length') ?? 0);
      if (length > MAX_BYTES) {
        await response.body?.cancel();
        throw new Error(`${url}: ${length} bytes, over ${MAX_BYTES}`);
      }
      return response.text();
    },
  };
}
