import "server-only";
import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import type { Locale } from "@/domain/locale";
import { loadMessages, type Messages } from "./messages";

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/**
 * A next-intl translator for code that runs outside a request (mail, SMS, the outbox worker, API
 * errors) or must not depend on one: the messages come from the same loader as the pages' own, so
 * no server module imports message files itself.
 */
export async function translatorFor<const N extends Namespace = never>(locale: Locale, namespace?: N) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace });
}
