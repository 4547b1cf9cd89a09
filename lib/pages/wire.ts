/**
 * Page data crosses from getStaticProps to the page as JSON: Next keeps it
 * beside the rendered HTML in its cache. JSON has no dates, so a Date
 * rides as {"$date": ms} and comes back a Date: pages get the same typed
 * data lib/ made, not strings to parse.
 */

declare const carried: unique symbol;
/** `T` as the JSON text that carries it. */
export type Wire<T> = string & { readonly [carried]: T };

interface DateBox {
  $date: number;
}

const isDateBox = (value: unknown): value is DateBox =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Partial<DateBox>).$date === "number" &&
  Object.keys(value).length === 1;

export function toWire<T>(value: T): Wire<T> {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, json: unknown) {
    // JSON.stringify has already called Date#toJSON on `json`; the holder still has the Date.
    const raw = this[key];
    return raw instanceof Date ? ({ $date: raw.getTime() } satisfies DateBox) : json;
  }) as Wire<T>;
}

export function fromWire<T>(text: Wire<T>): T {
  return JSON.parse(text, (_key, value: unknown) => (isDateBox(value) ? new Date(value.$date) : value)) as T;
}
