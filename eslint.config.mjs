import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      // process.env is read in one place only: lib/env.ts.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Import env from @/lib/env." }],
    },
  },
  { files: ["lib/env.ts"], rules: { "no-restricted-properties": "off" } },
];

export default config;
