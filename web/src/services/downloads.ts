// The downloads (/exports/...: sign-in sheets, compliance tables, drill reports) answer only with
// the bearer token in the Authorization header (downloads.py), which a plain link cannot send:
// fetch with the token, then save the blob under the server's file name.
import { expireSession, getToken } from "./token";

/** The file name of a Content-Disposition header (RFC 6266: filename* wins), or null. */
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
  if (plain) return (plain[2] ?? plain[1]).trim() || null;
  return null;
}

/** The text shown when a download is refused, from the server's {error, message}. */
export function refusalText(status: number, body: { error?: string; message?: string } | null): string {
  if (status === 401) return "登录已失效，请重新登录";
  if (status === 403) return "您没有权限下载此文件";
  if (status === 404) return "文件不存在或无权查看";
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
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Fetch `path` with the session's token and save it (as `fallbackName` when the server names
 * none); returns the name it was saved under. */
export async function downloadWithToken(path: string, fallbackName: string): Promise<string> {
  const { blob, filename } = await fetchExport(path);
  const name = filename ?? fallbackName;
  saveBlob(blob, name);
  return name;
}
