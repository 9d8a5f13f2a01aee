import type { CodegenConfig } from "@graphql-codegen/cli";

// Types for every graphql() document in src/ come from the committed ../schema.graphql:
// `npm run codegen` after changing a document or the schema.
const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "./src/gql/": {
      preset: "client",
      presetConfig: {
        // Pages read query results directly; no useFragment() unmasking step.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Custom scalars: timestamps and amounts arrive as strings; an Upload is the browser File sent
        // as a multipart request (urql's fetchExchange does that when a variable holds a File).
        scalars: {
          Date: "string",
          DateTime: "string",
          Time: "string",
          Decimal: "string",
          JSON: "unknown",
          Upload: "File",
        },
        strictScalars: true,
        skipTypename: false,
        dedupeFragments: true,
      },
    },
  },
};

export default config;
