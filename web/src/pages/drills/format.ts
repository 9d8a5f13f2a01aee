// Dates and names as the drill pages show them.
import dayjs from "dayjs";

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format("YYYY-MM-DD HH:mm") : "—";
}

export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format("YYYY-MM-DD") : "—";
}

/** Today in the browser's time zone, "YYYY-MM-DD". */
export function today(): string {
  return dayjs().format("YYYY-MM-DD");
}

type Author = { username: string; person?: { name: string; unit?: { name: string } | null } | null };

export function authorName(author: Author): string {
  return author.person?.name ?? author.username;
}

export function authorUnit(author: Author): string | null {
  return author.person?.unit?.name ?? null;
}

/** The global ID of a drill as the path of its page. */
export function drillPath(id: string, page?: "report" | "evaluate"): string {
  const base = `/drills/${encodeURIComponent(id)}`;
  return page ? `${base}/${page}` : base;
}
