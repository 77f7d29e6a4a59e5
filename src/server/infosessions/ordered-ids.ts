import "server-only";
import { randomBytes } from "node:crypto";

/**
 * `count` UUIDv7 ids (RFC 9562) that sort in the order given: a 48-bit millisecond timestamp, then
 * the position as a 12-bit counter, then random bits. Attendees keep the order they were typed in.
 */
export function orderedIds(count: number, now: number = Date.now()): string[] {
  const time = now.toString(16).padStart(12, "0").slice(-12);
  return Array.from({ length: count }, (_, index) => {
    const random = randomBytes(8).toString("hex");
    const variant = ((parseInt(random[0]!, 16) & 0x3) | 0x8).toString(16);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${index.toString(16).padStart(3, "0")}-${variant}${random.slice(1, 4)}-${random.slice(4, 16)}`;
  });
}
