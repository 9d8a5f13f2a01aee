"""The assessment and reward module: the pure rules that turn score-ledger events into period
rollups, rankings and bulletins. The ledger table itself is models/assessment.py."""
