// Projects that start processes (the emulator, Chromium) need more than jest's 5 s per test;
// `testTimeout` is a global option jest ignores inside a project's config.
jest.setTimeout(60000)
