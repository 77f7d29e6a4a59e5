import "server-only";
import smpp, { type PDU, type Session } from "smpp";
import { env } from "@/env";

export type OutgoingSms = {
  /** International digits without "+" (src/domain/sms/phone-number.ts). */
  to: string;
  text: string;
};

export const smsConfigured = () => env().SMPP_URL !== undefined;

const timeoutMs = 15_000;

/** An SMPP transmitter session, bound for one batch of the SMS outbox and closed after it. */
export type SmsSession = { send: (sms: OutgoingSms) => Promise<string>; close: () => Promise<void> };

function withTimeout<T>(
  what: string,
  start: (resolve: (value: T) => void, reject: (error: Error) => void) => void,
) {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`SMPP ${what} timed out`)), timeoutMs);
    start(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export async function openSmsSession(): Promise<SmsSession> {
  const { SMPP_URL, SMPP_SYSTEM_ID, SMPP_PASSWORD, SMS_SENDER } = env();
  if (!SMPP_URL) throw new Error("SMPP_URL is not set");
  let session: Session | undefined;
  let failure: Error | undefined;
  await withTimeout<void>("bind", (resolve, reject) => {
    // Host and port from the WHATWG parser: given a `url`, smpp would use the deprecated url.parse().
    const url = new URL(SMPP_URL);
    const tls = url.protocol === "ssmpp:";
    const port = Number(url.port) || (tls ? 3550 : 2775);
    session = smpp.connect({ host: url.hostname, port, tls }, () => {
      session!.bind_transmitter(
        { system_id: SMPP_SYSTEM_ID ?? "", password: SMPP_PASSWORD ?? "" },
        (pdu: PDU) =>
          pdu.command_status === smpp.ESME_ROK
            ? resolve()
            : reject(new Error(`SMPP bind refused (status ${pdu.command_status})`)),
      );
    });
    session.on("error", (error: Error) => {
      failure = error;
      reject(error);
    });
  }).catch((error: unknown) => {
    session?.destroy();
    throw error;
  });
  const bound = session!;
  const alphanumeric = /[A-Za-z]/.test(SMS_SENDER);
  return {
    send: (sms) =>
      withTimeout<string>("submit", (resolve, reject) => {
        if (failure) return reject(failure);
        bound.submit_sm(
          {
            // Alphanumeric sender (TON 5) or an international number (TON 1, NPI 1).
            source_addr_ton: alphanumeric ? 5 : 1,
            source_addr_npi: alphanumeric ? 0 : 1,
            source_addr: SMS_SENDER.replace(/^\+/, ""),
            dest_addr_ton: 1,
            dest_addr_npi: 1,
            destination_addr: sms.to,
            // In the payload TLV the text may be longer than one SMS; the gateway splits it.
            message_payload: sms.text,
          },
          (pdu: PDU) =>
            pdu.command_status === smpp.ESME_ROK
              ? resolve(String(pdu.message_id ?? ""))
              : reject(new Error(`SMPP submit refused (status ${pdu.command_status})`)),
        );
      }),
    close: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => bound.destroy(() => resolve()), 2_000);
        bound.unbind({}, () => {
          clearTimeout(timer);
          bound.close(() => resolve());
        });
      }),
  };
}
