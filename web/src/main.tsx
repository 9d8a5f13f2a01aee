import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { createRouter } from "./routes";
import { ClientProvider } from "./services/ClientProvider";

dayjs.locale("zh-cn");

const router = createRouter();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    {/* Buttons read exactly as written ("登录", not "登 录"): what users and tests look for. */}
    <ConfigProvider
      locale={zhCN}
      theme={{ token: { colorPrimary: "#1677ff" } }}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <ClientProvider>
          <RouterProvider router={router} />
        </ClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
