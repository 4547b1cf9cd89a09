export type RuleId =
  | "arabic-letter"
  | "arabic-digit"
  | "invisible"
  | "tatweel"
  | "latin-punctuation"
  | "full-stop"
  | "double-space"
  | "space-before"
  | "space-after"
  | "title-length"
  | "summary-length";

/** One thing a rule found in a file: where (offsets into the file), what, and the safe fix if there is one. */
export interface Finding {
  rule: RuleId;
  field: string;
  start: number;
  end: number;
  message: string;
  /** What replaces the text from start to end; absent when only an editor can decide. */
  fix?: string;
}
