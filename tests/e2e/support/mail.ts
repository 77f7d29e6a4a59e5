import { expect } from "@playwright/test";
import { readMailDir } from "../../support/eml";

/**
 * The path (and query) of the first link in the mail delivered to `address` that contains `part`,
 * as the SMTP sink received it: links with a token exist only in the sent mail, never in the database.
 */
export async function linkInMailTo(address: string, part: string): Promise<string> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run e2e through `npm test -- e2e`.");
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const mail = readMailDir(dir).find(
          (candidate) => candidate.to.includes(address) && candidate.text.includes(part),
        );
        link = mail?.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(part));
        return link;
      },
      { timeout: 20_000 },
    )
    .toBeTruthy();
  const url = new URL(link!);
  return `${url.pathname}${url.search}`;
}
