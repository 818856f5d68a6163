// The exit codes of the `cda` contract (DESIGN.md), as grep and gitleaks use them.
export const EXIT_CLEAN = 0;
export const EXIT_FOUND = 1;
export const EXIT_USAGE = 2;
