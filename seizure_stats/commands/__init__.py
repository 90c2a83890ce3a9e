"""Sub-commands of the CLI, discovered by `seizure_stats.cli`."""
