"""pandera schemas of each stage's DataFrames: `schemas.figures` (figure records -> rows to load) and
`schemas.datasets` (structured dataset mappings)."""
