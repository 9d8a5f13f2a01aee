// The report's downloads: /exports/... answer only with the bearer token in the Authorization
// header (downloads.py), so a plain link cannot open them: fetch, then save the file.
import { expireSession, getToken } from "../../services/token";

/** The file name of a Content-Disposition header (RFC 5987 filename* first), or null. */
export function filenameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[2].trim().replace(/^"|"$/g, ""));
    } catch {
      // a malformed encoding: try the plain filename
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  if (plain) return (plain[2] ?? plain[1]).trim();
  return null;
}

/** The text shown when a download is refused, from the server's {error, message}. */
export function refusalText(status: number, body: { error?: string; message?: string } | null): string {
  if (status === 403) return "您没有权限下载该报告";
  if (status === 404) return "报告不存在";
  if (status === 401) return "登录已失效，请重新登录";
  return body?.message ? `下载失败：${body.message}` : `下载失败（${status}）`;
}

export type Fetched = { blob: Blob; filename: string | null };

/** GET an export with the session's token; throws an Error with a zh_CN message when refused. */
export async function fetchExport(path: string): Promise<Fetched> {
  const token = getToken();
  let response: Response;
  try {
    response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new Error("无法连接服务器，请检查网络后重试");
  }
  if (response.status === 401) {
    expireSession();
    throw new Error(refusalText(401, null));
  }
  if (!response.ok) {
    let body: { error?: string; message?: string } | null = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    throw new Error(refusalText(response.status, body));
  }
  return { blob: await response.blob(), filename: filenameFromDisposition(response.headers.get("content-disposition")) };
}

/** Save a blob as a file through a temporary link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
