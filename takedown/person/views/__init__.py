"""The person's pages. Thin: each parses the request and calls one plain function."""
