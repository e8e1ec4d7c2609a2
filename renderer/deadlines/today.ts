/** This computer's calendar day, YYYY-MM-DD: the day a thing is published when the officer says "today". */
export function today(): string {
  const at = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
