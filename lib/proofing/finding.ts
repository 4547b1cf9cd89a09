/** A finding of a rule over characters start..end of a segment, placed in the file's own offsets. */
import type { Segment } from "./mask";
import type { Finding } from "./types";

export function finding(
  seg: Segment,
  start: number,
  end: number,
  rule: Finding["rule"],
  message: string,
  fix?: string,
): Finding {
  return {
    rule,
    field: seg.field,
    start: seg.start + start,
    end: seg.start + end,
    message,
    ...(fix === undefined ? {} : { fix }),
  };
}
