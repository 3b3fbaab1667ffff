// The engine's version: reports carry it, and the comparison says when two saves of a page
// were judged by different versions. Raise it when a change alters what the engine reports.
export const ENGINE_VERSION = '0.4.0';
