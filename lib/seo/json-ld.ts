/** JSON-LD as the text of its <script>: `<` escaped, so no text in a story can close the element early. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
