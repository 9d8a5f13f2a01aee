// The evaluator's form: one row per rubric task, sent as the ratings the evaluator has filled
// in, with the server's errors (which index the ratings sent) led back to the form's rows.
import type { UserErrorLike } from "../../components/userErrors";
import type { HseepRating } from "../../gql/graphql";

export type RubricTaskLike = { key: string; title: string; maxPoints: string };
export type RubricSectionLike = { key: string; title: string; tasks: readonly RubricTaskLike[] };
export type SavedRating = {
  taskKey: string;
  points: string;
  rating?: HseepRating | null;
  note?: string | null;
  unit?: { id: string } | null;
};

/** One form row; `ratings[i]` is the i-th task of the rubric in order. */
export type RatingRow = { taskKey: string; points: number | null; rating: HseepRating | null; note: string };

export function rubricTasks(sections: readonly RubricSectionLike[]): RubricTaskLike[] {
  return sections.flatMap((s) => s.tasks);
}

/** The form's rows for one unit (unitId null: the drill-wide coordination section). */
export function initialRows(
  tasks: readonly RubricTaskLike[],
  saved: readonly SavedRating[],
  unitId: string | null,
): RatingRow[] {
  const mine = new Map(
    saved.filter((r) => (r.unit?.id ?? null) === unitId).map((r) => [r.taskKey, r] as const),
  );
  return tasks.map((task) => {
    const r = mine.get(task.key);
    return {
      taskKey: task.key,
      points: r ? Number(r.points) : null,
      rating: r?.rating ?? null,
      note: r?.note ?? "",
    };
  });
}

export type RatingsInput = {
  ratings: { taskKey: string; points: string; rating: HseepRating | null; note: string | null }[];
  /** rowOf[k]: the form row of the k-th rating sent. */
  rowOf: number[];
};

/** The rows with points, as TaskRatingInput; a row without points is left out (not rated yet). */
export function toRatingsInput(rows: readonly (Partial<RatingRow> | undefined)[], tasks: readonly RubricTaskLike[]): RatingsInput {
  const ratings: RatingsInput["ratings"] = [];
  const rowOf: number[] = [];
  tasks.forEach((task, index) => {
    const row = rows[index];
    if (!row || row.points == null || Number.isNaN(row.points)) return;
    ratings.push({
      taskKey: task.key,
      points: String(Math.round(row.points * 100) / 100), // as shown: two decimals
      rating: row.rating ?? null,
      note: row.note?.trim() ? row.note.trim() : null,
    });
    rowOf.push(index);
  });
  return { ratings, rowOf };
}

/** ["input", "ratings", "2", "points"] -> ["input", "ratings", "<row of rating 2>", "points"]. */
export function remapRatingErrors(errors: readonly UserErrorLike[], rowOf: readonly number[]): UserErrorLike[] {
  return errors.map((error) => {
    const field = typeof error.field === "string" ? error.field.split(".") : error.field ? [...error.field] : null;
    if (!field) return error;
    const at = field[0] === "input" ? 1 : 0;
    if (field[at] !== "ratings" || field.length <= at + 1 || !/^\d+$/.test(field[at + 1])) return error;
    const row = rowOf[Number(field[at + 1])];
    if (row === undefined) return error;
    const mapped = [...field];
    mapped[at + 1] = String(row);
    return { ...error, field: mapped };
  });
}

/** How many of the rows have points, and their total. */
export function progress(rows: readonly (Partial<RatingRow> | undefined)[]): { rated: number; total: number } {
  let rated = 0;
  let total = 0;
  for (const row of rows) {
    if (row && row.points != null && !Number.isNaN(row.points)) {
      rated += 1;
      total += row.points;
    }
  }
  return { rated, total: Math.round(total * 100) / 100 };
}
