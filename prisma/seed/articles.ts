/** The articles this site ships with; their text files sit beside this file. */
export const SEED_ARTICLES = [
  { slug: "openai-board-reversal", file: "openai-board-reversal.txt", captureYear: 2023 },
] as const;
