import { describe, expect, it } from "vitest";
import { initialRows, progress, remapRatingErrors, rubricTasks, toRatingsInput } from "./ratings";

const sections = [
  { key: "s1", title: "一", tasks: [{ key: "a", title: "A", maxPoints: "5.00" }, { key: "b", title: "B", maxPoints: "10.00" }] },
  { key: "s2", title: "二", tasks: [{ key: "c", title: "C", maxPoints: "5.00" }] },
];
const tasks = rubricTasks(sections);

describe("ratings form", () => {
  it("lists the tasks in rubric order and fills in one unit's saved ratings", () => {
    expect(tasks.map((t) => t.key)).toEqual(["a", "b", "c"]);
    const rows = initialRows(
      tasks,
      [
        { taskKey: "b", points: "7.50", rating: "S", note: "慢", unit: { id: "u1" } },
        { taskKey: "a", points: "1.00", unit: { id: "u2" } },
        { taskKey: "c", points: "4.00", unit: null },
      ],
      "u1",
    );
    expect(rows).toEqual([
      { taskKey: "a", points: null, rating: null, note: "" },
      { taskKey: "b", points: 7.5, rating: "S", note: "慢" },
      { taskKey: "c", points: null, rating: null, note: "" },
    ]);
    expect(initialRows(tasks, [{ taskKey: "c", points: "4.00", unit: null }], null)[2].points).toBe(4);
  });

  it("sends the rated rows only and leads errors back to their rows", () => {
    const rows = [
      { points: null },
      { points: 12, rating: "M" as const, note: "  " },
      { points: 3, note: " 好 " },
    ];
    const { ratings, rowOf } = toRatingsInput(rows, tasks);
    expect(ratings).toEqual([
      { taskKey: "b", points: "12", rating: "M", note: null },
      { taskKey: "c", points: "3", rating: null, note: "好" },
    ]);
    expect(rowOf).toEqual([1, 2]);
    const mapped = remapRatingErrors(
      [
        { field: ["input", "ratings", "0", "points"], code: "POINTS_OUT_OF_RANGE", message: "x" },
        { field: ["input", "ratings"], code: "DUPLICATE_TASK", message: "y" },
        { field: ["input", "unitId"], code: "UNIT_NOT_PARTICIPATING", message: "z" },
        { field: null, code: "Q", message: "q" },
      ],
      rowOf,
    );
    expect(mapped.map((e) => e.field)).toEqual([["input", "ratings", "1", "points"], ["input", "ratings"], ["input", "unitId"], null]);
  });

  it("counts progress", () => {
    expect(progress([{ points: 1.25 }, undefined, { points: null }, { points: 2 }])).toEqual({ rated: 2, total: 3.25 });
  });
});
