import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Just enough MIME to read what the portal sent: decoded headers, text parts and attachments. */
export type ParsedMail = {
  headers: Map<string, string>;
  subject: string;
  to: string;
  text: string;
  html: string;
  attachments: { filename: string; contentType: string; content: string }[];
};

export function readMailDir(dir: string): ParsedMail[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir)
      .filter((file) => file.endsWith(".eml"))
      .sort();
  } catch {
    return [];
  }
  return files.map((file) => parseMail(readFileSync(path.join(dir, file), "utf8")));
}

export function parseMail(raw: string): ParsedMail {
  const mail: ParsedMail = { headers: new Map(), subject: "", to: "", text: "", html: "", attachments: [] };
  const { headers } = walk(raw, mail);
  mail.headers = headers;
  mail.subject = decodeWords(headers.get("subject") ?? "");
  mail.to = headers.get("to") ?? "";
  return mail;
}

function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const normalised = raw.replace(/\r\n/g, "\n");
  const end = normalised.indexOf("\n\n");
  const head = end === -1 ? normalised : normalised.slice(0, end);
  const body = end === -1 ? "" : normalised.slice(end + 2);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\n[ \t]+/g, " ").split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function walk(raw: string, mail: ParsedMail): { headers: Map<string, string> } {
  const { headers, body } = splitEntity(raw);
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith("multipart/") && boundary) {
    const parts = body.split(`--${boundary}`).slice(1);
    for (const part of parts) {
      if (part.startsWith("--")) break;
      walk(part.replace(/^\n/, ""), mail);
    }
    return { headers };
  }
  const content = decodeBody(body, headers.get("content-transfer-encoding") ?? "7bit");
  const disposition = headers.get("content-disposition") ?? "";
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  if (filename || disposition.startsWith("attachment"))
    mail.attachments.push({ filename: filename ?? "", contentType: type, content });
  else if (type.startsWith("text/html")) mail.html += content;
  else if (type.startsWith("text/plain")) mail.text += content;
  return { headers };
}

function decodeBody(body: string, encoding: string): string {
  const kind = encoding.toLowerCase();
  if (kind === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (kind === "quoted-printable") return decodeQuotedPrintable(body.replace(/=\n/g, ""));
  return body;
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "=" && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeWords(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}
