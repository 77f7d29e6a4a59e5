import { isIP } from "node:net";

/**
 * The address `npm start` listens on: 127.0.0.1, so only the reverse proxy on the same machine
 * reaches it and X-Forwarded-For cannot be forged from outside. LISTEN_HOST or HOSTNAME changes it,
 * but HOSTNAME only when it is an IP address: many shells and containers set HOSTNAME to the
 * machine's name, which must not open the port to the network by accident.
 */
export function listenAddress(environment: Record<string, string | undefined>): string {
  if (environment.LISTEN_HOST) return environment.LISTEN_HOST;
  const hostname = environment.HOSTNAME;
  if (hostname && isIP(hostname) !== 0) return hostname;
  return "127.0.0.1";
}
