import next from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      // the bench's framework-floor app builds into its own .next, and writes its own next-env.d.ts
      "scripts/bench/framework-floor/.next/**",
      "scripts/bench/framework-floor/next-env.d.ts",
      ".data/**",
      "node_modules/**",
      "db/migrations/**",
      "next-env.d.ts",
      "playwright-report/**",
      "test-results/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next-intl",
              importNames: ["useTranslations", "useFormatter"],
              allowTypeImports: true,
              message:
                "Use useTranslations and useFormatter from @/lib/i18n: they keep compiled messages and Intl's formatters across requests.",
            },
            {
              name: "next-intl/server",
              importNames: ["getTranslations"],
              allowTypeImports: true,
              message:
                "Use getTranslations from @/lib/i18n/get-translations: the desk's translator formats each compiled message directly.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
