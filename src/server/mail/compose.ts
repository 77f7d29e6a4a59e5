import "server-only";
import type { Locale } from "@/domain/locale";
import type { OutgoingMail } from "./transport";

type Composable = {
  to: string;
  locale: Locale;
  subject: string;
  /** Plain-text paragraphs; a newline inside one becomes a line break in the HTML part. */
  paragraphs: string[];
  /** The outbox idempotency key: the Message-ID stays the same when a lost send is retried. */
  messageKey: string;
  attachments?: OutgoingMail["attachments"];
};

/** One mail in two parts, plain text and a minimal HTML twin, from the same paragraphs. */
export function composeMail({
  to,
  locale,
  subject,
  paragraphs,
  messageKey,
  attachments,
}: Composable): OutgoingMail {
  return {
    to,
    subject,
    text: paragraphs.join("\n\n"),
    html: `<!doctype html><html lang="${locale}"><body>${paragraphs.map((paragraph) => `<p>${linkify(escapeHtml(paragraph)).replace(/\n/g, "<br>")}</p>`).join("")}</body></html>`,
    messageId: `<${messageKey.replace(/[^A-Za-z0-9.-]/g, ".")}@welkom.invalid>`,
    attachments,
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const linkify = (html: string) => html.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
