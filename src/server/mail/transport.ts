import "server-only";
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { env } from "@/env";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; content: string; contentType: string }[];
  /** Stable per event, so a resend after a lost acknowledgement can be recognised by the receiver. */
  messageId: string;
};

const holder = globalThis as unknown as { welkomMailer?: { url: string; transporter: Transporter } };

/** Nodemailer over SMTP_URL; null when no SMTP server is configured (development: mail waits in the outbox). */
function transporter(): Transporter | null {
  const url = env().SMTP_URL;
  if (!url) return null;
  if (holder.welkomMailer?.url !== url) {
    holder.welkomMailer = {
      url,
      transporter: nodemailer.createTransport({
        url,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      } as SMTPTransport.Options),
    };
  }
  return holder.welkomMailer.transporter;
}

export const mailConfigured = () => env().SMTP_URL !== undefined;

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const transport = transporter();
  if (!transport) throw new Error("SMTP_URL is not set");
  await transport.sendMail({ from: env().MAIL_FROM, ...mail, messageId: mail.messageId });
}
