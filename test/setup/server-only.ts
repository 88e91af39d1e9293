// Stand-in for the `server-only` package in tests: importing the real one outside
// a React Server Components build throws by design.
export {};
