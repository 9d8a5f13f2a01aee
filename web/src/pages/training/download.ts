// Workbook downloads (/exports/...) need the bearer token, which a plain link cannot send: fetch
// with the Authorization header, then save the blob under the server's file name.
import { getToken } from "../../services/auth";

/** The file name in a Content-Disposition header (RFC 6266: filename* wins over filename). */
export function dispositionFilename(header: string | null | undefined): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[2].trim());
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  if (plain) return (plain[2] ?? plain[1]).trim() || null;
  return null;
}

export class DownloadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

const STATUS_TEXTS: Record<number, string> = {
  401: "登录已失效，请重新登录",
  403: "您没有权限下载此文件",
  404: "文件不存在或无权查看",
};

/** Fetch `url` with the session's token and save it; the name falls back to `fallbackName`. */
export async function downloadWithToken(url: string, fallbackName: string): Promise<string> {
  const token = getToken();
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    let code: string | undefined;
    try {
      code = ((await response.json()) as { error?: string }).error;
    } catch {
      code = undefined;
    }
    throw new DownloadError(STATUS_TEXTS[response.status] ?? `下载失败（${response.status}）`, response.status, code);
  }
  const blob = await response.blob();
  const name = dispositionFilename(response.headers.get("content-disposition")) ?? fallbackName;
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return name;
}
