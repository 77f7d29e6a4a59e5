/**
 * How a session's seats are shown: the exact number of places left, a "few places left" warning,
 * or full (then registering puts you on the waiting list).
 */
export type Availability = { kind: "available" | "few" | "full"; seatsLeft: number };

export function availabilityOf(capacity: number, seatsTaken: number): Availability {
  const seatsLeft = Math.max(0, capacity - seatsTaken);
  // Seats can be free while groups wait (they did not fit): a smaller registration still gets them.
  if (seatsLeft === 0) return { kind: "full", seatsLeft };
  const fewThreshold = Math.max(3, Math.ceil(capacity / 10));
  return { kind: seatsLeft <= fewThreshold ? "few" : "available", seatsLeft };
}
