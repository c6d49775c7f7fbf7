import type { IncomingMessage } from 'node:http';

export class RequestTooLarge extends Error {}
export class BodyTimeout extends Error {}

/** Reads the whole body, up to `limit` bytes and within `timeoutMs`: a slow sender must not hold the server. */
export async function readBody(
  incoming: IncomingMessage,
  limit: number,
  timeoutMs: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const declared = Number(incoming.headers['content-length'] ?? 0);
  if (declared > limit) throw new RequestTooLarge();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BodyTimeout()), timeoutMs);
  });
  const read = (async () => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of incoming) {
      size += (chunk as Buffer).length;
      if (size > limit) throw new RequestTooLarge();
      chunks.push(chunk as Buffer);
    }
    return chunks.length > 0 ? new Uint8Array(Buffer.concat(chunks)) : undefined;
  })();
  try {
    return await Promise.race([read, timedOut]);
  } finally {
    clearTimeout(timer);
    read.catch(() => {});
  }
}
