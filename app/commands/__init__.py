"""Sub-commands of the `destek` CLI, one module per area; each only parses options and calls a package."""
