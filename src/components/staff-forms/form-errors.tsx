/** A field's own message, beside it; the field names this id in its aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-red-800">
      {messages.join(" ")}
    </p>
  );
}
