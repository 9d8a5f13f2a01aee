/// <reference types="vitest/config" />
import { babelOptimizerPlugin } from "@graphql-codegen/client-preset";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Where `npm run dev` sends API calls: python server.py --demo (port 8000 unless told otherwise).
const api = process.env.LIANBING_API ?? "http://127.0.0.1:8000";

// Vendor code split by library so a page only loads what it uses: echarts (with zrender) is
// imported only by src/components/Chart.tsx, so only pages that chart fetch it.
function vendorChunk(id: string): string | undefined {
  const match = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
  if (!match) return undefined;
  const name = match[1].replace(/\\/g, "/");
  if (name === "echarts" || name === "zrender" || name === "echarts-for-react") return "echarts";
  if (["react", "react-dom", "scheduler", "react-router", "cookie", "set-cookie-parser"].includes(name))
    return "react";
  if (["urql", "@urql/core", "wonka", "graphql", "graphql-ws"].includes(name)) return "urql";
  if (
    name === "antd" ||
    name === "dayjs" ||
    name.startsWith("@ant-design/") ||
    name.startsWith("@rc-component/") ||
    name.startsWith("rc-") ||
    name === "@babel/runtime" ||
    name === "classnames" ||
    name === "@emotion/hash" ||
    name === "@emotion/unitless" ||
    name === "stylis" ||
    name === "scroll-into-view-if-needed" ||
    name === "compute-scroll-into-view" ||
    name === "throttle-debounce" ||
    name === "copy-to-clipboard" ||
    name === "toggle-selection" ||
    name === "resize-observer-polyfill"
  )
    return "antd";
  return undefined;
}

export default defineConfig({
  base: "/",
  plugins: [
    react({
      babel: {
        // graphql() calls become imports of the generated documents, so a chunk carries only
        // the documents its pages use (not the whole src/gql/gql.ts map).
        plugins: [[babelOptimizerPlugin, { artifactDirectory: "./src/gql", gqlTagName: "graphql" }]],
      },
    }),
  ],
  server: {
    proxy: {
      "/graphql": { target: api, ws: true, changeOrigin: true },
      "/exports": { target: api, changeOrigin: true },
      "/downloads": { target: api, changeOrigin: true },
      "/healthz": { target: api, changeOrigin: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks: vendorChunk,
      },
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    // The generated-case tests run hundreds of cases each: on a loaded 2-core CI machine one
    // can take several seconds, which is load, not a hang.
    testTimeout: 30_000,
  },
});
