import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import smpp, { type PDU, type Session } from "smpp";

export type ReceivedSms = { to: string; from: string; text: string; systemId: string };

/** The text of a submit_sm, whichever field carried it (short_message or the message_payload TLV). */
function textOf(pdu: PDU): string {
  for (const field of [pdu.message_payload, pdu.short_message]) {
    if (!field) continue;
    if (typeof field === "string") return field;
    if (Buffer.isBuffer(field)) return field.toString("utf8");
    const message = (field as { message?: unknown }).message;
    if (typeof message === "string" && message) return message;
  }
  return "";
}

/**
 * A real SMPP server (an SMSC stand-in) on localhost: it accepts binds with `systemId`/`password`,
 * answers every submit_sm with a message id and writes each message to `<dir>/<n>.json`, so tests
 * in any process can read what the portal sent.
 */
export async function startSmppSink(
  dir: string,
  credentials: { systemId: string; password: string },
  listenPort = 0,
): Promise<{ port: number; received: ReceivedSms[]; close: () => Promise<void> }> {
  mkdirSync(dir, { recursive: true });
  const received: ReceivedSms[] = [];
  let count = 0;
  const sessions = new Set<Session>();
  const server = smpp.createServer((session) => {
    sessions.add(session);
    session.on("close", () => sessions.delete(session));
    let systemId = "";
    session.on("error", () => undefined);
    const bind = (pdu: PDU) => {
      const ok = pdu.system_id === credentials.systemId && pdu.password === credentials.password;
      systemId = String(pdu.system_id);
      session.send(pdu.response({ command_status: ok ? smpp.ESME_ROK : smpp.ESME_RBINDFAIL }));
      if (!ok) session.close();
    };
    session.on("bind_transmitter", bind);
    session.on("bind_transceiver", bind);
    session.on("submit_sm", (pdu: PDU) => {
      count += 1;
      const sms: ReceivedSms = {
        to: String(pdu.destination_addr),
        from: String(pdu.source_addr),
        text: textOf(pdu),
        systemId,
      };
      received.push(sms);
      writeFileSync(path.join(dir, `${Date.now()}-${count}.json`), JSON.stringify(sms));
      session.send(pdu.response({ message_id: `sink-${count}` }));
    });
    session.on("enquire_link", (pdu: PDU) => session.send(pdu.response()));
    session.on("unbind", (pdu: PDU) => {
      session.send(pdu.response());
      session.close();
    });
  });
  await new Promise<void>((resolve) => server.listen(listenPort, "127.0.0.1", () => resolve()));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    received,
    close: () =>
      new Promise((resolve) => {
        for (const session of sessions) session.destroy();
        server.close(() => resolve());
      }),
  };
}
