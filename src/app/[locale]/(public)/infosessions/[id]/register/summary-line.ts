/**
 * One line of the registration form's error summary: "<label>: <messages>". Some labels are whole
 * sentences or questions ("Wie komt er?"); their closing mark is dropped so no line reads "….: " or "?: ".
 */
export function summaryLine(label: string, messages: readonly string[]): string {
  return `${label.trim().replace(/[.?!:;…]+$/u, "")}: ${messages.join(" ")}`;
}
