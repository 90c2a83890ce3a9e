"""The warehouse: schema versions, the idempotent loader, source state and read-only queries."""
