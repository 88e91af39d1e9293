// The namespaces client components read (CLIENT_MESSAGE_NAMESPACES), from a locale's
// namespace files. No directive and no Node imports: the locale modules run it in the
// browser, and the test on the server.
import { CLIENT_MESSAGE_NAMESPACES } from "@/i18n/client-messages";
import { type Messages, pickMessages } from "@/lib/i18n/pick-messages";

export function pickClientMessages(files: Messages): Messages {
  return pickMessages(files, CLIENT_MESSAGE_NAMESPACES);
}
