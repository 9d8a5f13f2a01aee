"""Drill scenario catalogue (data files with evaluation rubrics) and the pure scoring math
for drills and competitions: no database here."""
