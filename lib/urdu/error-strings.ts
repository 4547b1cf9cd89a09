/**
 * The error pages' words, part of `t` in strings.ts. They have a module of
 * their own because the error pages are client components: importing all of
 * strings.ts from two of them put every interface string into the
 * JavaScript of every page (2.8 KB compressed on a story).
 */
export const errorStrings = {
  errorTitle: "کچھ غلط ہو گیا",
  errorBody: "معذرت، یہ صفحہ اس وقت نہیں کھل سکا۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔",
  tryAgain: "دوبارہ کوشش کریں",
  backHome: "صفحۂ اول پر جائیں",
};
