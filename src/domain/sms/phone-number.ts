/**
 * The number an SMS gateway can deliver to, in international form without "+" (E.164 digits), or
 * null when a typed phone number cannot receive an SMS: a Belgian landline, or too short to be real.
 * Belgian numbers are typed nationally ("0470 12 34 56"), with 0032, or with +32.
 */
export function smsNumberOf(typed: string): string | null {
  const trimmed = typed.trim();
  const digits = trimmed.replace(/\D/g, "");
  let international: string;
  if (trimmed.startsWith("+")) international = digits;
  else if (digits.startsWith("00")) international = digits.slice(2);
  else if (digits.startsWith("0")) international = `32${digits.slice(1)}`;
  else return null;
  // "+32 (0)470 …": the national 0 written after the country code.
  if (international.startsWith("320")) international = `32${international.slice(3)}`;
  if (international.length < 8 || international.length > 15) return null;
  // Belgium: only 046x–049x (nine digits after 32) are mobile numbers.
  if (international.startsWith("32") && !/^324[6-9]\d{7}$/.test(international)) return null;
  return international;
}
